namespace ForBedring.Meetings;

/// <summary>A concrete way out of a time plan that does not fit.</summary>
public enum AgendaWayOutKind
{
    /// <summary>A longer meeting, with the same time each.</summary>
    LongerMeeting = 0,

    /// <summary>The same meeting, with less time each to share.</summary>
    LessTimeEach = 1,

    /// <summary>The same meeting, with the members sharing in small groups at the same time instead of in plenary.</summary>
    SharingInGroups = 2,
}

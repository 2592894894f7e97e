namespace ForBedring.Actions;

/// <summary>Where an action stands.</summary>
public enum ActionStatus
{
    /// <summary>Planned, not started.</summary>
    Planned = 0,

    /// <summary>In progress.</summary>
    InProgress = 1,

    /// <summary>On hold.</summary>
    OnHold = 2,

    /// <summary>Done.</summary>
    Done = 3,

    /// <summary>Cancelled.</summary>
    Cancelled = 4,
}

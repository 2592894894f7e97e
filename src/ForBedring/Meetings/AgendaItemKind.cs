namespace ForBedring.Meetings;

/// <summary>
/// What an agenda item is in the guide's template, so the time plan can be checked (B3 sharing, B4 groups and
/// plenary, a break) and the meeting steps B1–B7 can follow the items. <see cref="Custom"/> for an item the leader adds.
/// </summary>
public enum AgendaItemKind
{
    /// <summary>An item the leader or the organisation adds; no rule of the time plan looks at it.</summary>
    Custom = 0,

    /// <summary>B1: the goals and frame of the meeting.</summary>
    Goals = 1,

    /// <summary>B2: the leader's reflections, open and wondering.</summary>
    Reflections = 2,

    /// <summary>B3: each leader shares their reflections, in plenary.</summary>
    Sharing = 3,

    /// <summary>B3: each leader shares their reflections, in small groups at the same time.</summary>
    SharingInGroups = 4,

    /// <summary>B4: dialogue in groups.</summary>
    GroupWork = 5,

    /// <summary>B4: the round around the table in plenary after the groups.</summary>
    Plenary = 6,

    /// <summary>B5: the actions started.</summary>
    ActionKickoff = 7,

    /// <summary>B6: what the team agreed on.</summary>
    Agreements = 8,

    /// <summary>B7: the way forward: who does what by when, and the next dates.</summary>
    WayForward = 9,

    /// <summary>The evaluation of the meeting.</summary>
    Evaluation = 10,

    /// <summary>A break.</summary>
    Break = 11,
}

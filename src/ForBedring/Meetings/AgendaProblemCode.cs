namespace ForBedring.Meetings;

/// <summary>What is wrong with a time plan (<see cref="AgendaProblem"/>).</summary>
public enum AgendaProblemCode
{
    /// <summary>The items do not fill the meeting exactly: <see cref="AgendaProblem.Actual"/> minutes of items, <see cref="AgendaProblem.Required"/> minutes of meeting.</summary>
    LengthMismatch = 0,

    /// <summary>One of the three parts has no items (A3.1); the item is null.</summary>
    PartMissing = 1,

    /// <summary>The items do not come in the parts' order (A3.1).</summary>
    PartOrder = 2,

    /// <summary>There is no B3 item, in plenary or in groups, for the members to share.</summary>
    SharingMissing = 3,

    /// <summary>B3 does not give every member present the time to share, with room for questions.</summary>
    SharingTooShort = 4,

    /// <summary>There is no B4 dialogue in groups.</summary>
    GroupWorkMissing = 5,

    /// <summary>The B4 dialogue in groups is shorter than the least time.</summary>
    GroupWorkTooShort = 6,

    /// <summary>There is no B4 plenary round.</summary>
    PlenaryMissing = 7,

    /// <summary>The B4 plenary round is shorter than the least time.</summary>
    PlenaryTooShort = 8,

    /// <summary>The summary and evaluation is shorter than the least time.</summary>
    SummaryTooShort = 9,

    /// <summary>The meeting is longer than the rules allow without a break, and has none.</summary>
    BreakMissing = 10,
}

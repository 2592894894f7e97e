namespace ForBedring.Actions;

/// <summary>What a talking point of an appraisal conversation (C4) is drawn from.</summary>
public enum TalkingPointKind
{
    /// <summary>A unit's released result: its respondents (the figures are in the evidence).</summary>
    UnitResult,

    /// <summary>A unit whose figures the release hid: said to be hidden, and why, with no figure.</summary>
    UnitHidden,

    /// <summary>A unit the leader's view does not hold: no figure.</summary>
    UnitNotInView,

    /// <summary>The unit's strongest released indicator.</summary>
    Strongest,

    /// <summary>The unit's weakest released indicator.</summary>
    Weakest,

    /// <summary>A focus area to keep (bevaringsområde).</summary>
    KeepArea,

    /// <summary>A focus area to improve (forbedringsområde).</summary>
    ImproveArea,

    /// <summary>An action the person owns (C5).</summary>
    OwnedAction,

    /// <summary>An action the person contributes to.</summary>
    ContributedAction,
}

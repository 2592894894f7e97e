namespace ForBedring.Results;

/// <summary>What a highlight points at.</summary>
public enum HighlightKind
{
    /// <summary>The unit's strongest indicator.</summary>
    Strongest = 0,

    /// <summary>The unit's weakest indicator.</summary>
    Weakest = 1,

    /// <summary>An indicator that changed since the previous round by at least the configured points (A1.2, A5.1).</summary>
    Changed = 2,

    /// <summary>An indicator that deviates from the unit above or from the enterprise (stands out).</summary>
    StandsOut = 3,

    /// <summary>An indicator weak or falling in two or more of the leadership team's units (A5.4, B4.2, B4.3).</summary>
    SharedTheme = 4,

    /// <summary>An action carried over from the previous cycle, read on its indicator in this round (the next cycle, C3); offered at A1.1.</summary>
    CarriedAction = 5,
}

namespace ForBedring.Results;

/// <summary>Whether a unit's figures are in a release, or why not.</summary>
public enum ReleaseStatus
{
    /// <summary>The unit's figures are released.</summary>
    Released = 0,

    /// <summary>The unit has fewer respondents than the round's threshold (<c>below_threshold</c>).</summary>
    BelowThreshold = 1,

    /// <summary>The unit has enough respondents, but its figures are hidden so that a smaller group cannot be derived (<c>protects_other_unit</c>).</summary>
    ProtectsOtherUnit = 2,

    /// <summary>The survey vendor withheld the unit's figures (<c>withheld</c>).</summary>
    Withheld = 3,
}

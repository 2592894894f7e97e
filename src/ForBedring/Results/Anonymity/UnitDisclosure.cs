namespace ForBedring.Results;

/// <summary>Why a unit's figures are, or are not, in a release (the engine's view; the public model wraps it).</summary>
internal enum UnitDisclosure : byte
{
    /// <summary>The unit's figures are released.</summary>
    Released = 0,

    /// <summary>The unit has fewer respondents than the threshold.</summary>
    BelowThreshold = 1,

    /// <summary>The unit has enough respondents, but releasing it would let a smaller group be derived.</summary>
    ProtectsOtherUnit = 2,

    /// <summary>The survey vendor withheld the unit's figures.</summary>
    Withheld = 3,
}

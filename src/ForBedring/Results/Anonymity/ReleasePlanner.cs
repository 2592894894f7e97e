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

/// <summary>
/// Decides which units of one organisation tree may be released so that no group of 1 to threshold−1 respondents
/// can be singled out by adding and subtracting released figures, hiding as few units as possible.
/// </summary>
internal static class ReleasePlanner
{
    /// <summary>Plans the release of a tree of units.</summary>
    /// <param name="parents">For each unit, the index of its parent, or −1 for a root. Units may come in any order.</param>
    /// <param name="respondents">For each unit, its respondents (covering the unit and everything below it), or −1 when the vendor withheld its figures.</param>
    /// <param name="threshold">The round's score threshold (at least 3).</param>
    /// <returns>For each unit, whether it is released or why not.</returns>
    public static UnitDisclosure[] Plan(ReadOnlySpan<int> parents, ReadOnlySpan<int> respondents, int threshold)
        => throw new NotImplementedException("Implemented by the anonymity engine.");
}

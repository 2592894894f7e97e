namespace ForBedring.Results;

/// <summary>
/// Checks any set of released figures, exactly, for a group of 1 to threshold−1 respondents that can be derived by
/// adding and subtracting them.
/// </summary>
public static class DisclosureAudit
{
    /// <summary>Audits released figures over cells of respondents.</summary>
    /// <param name="cells">The smallest groups of people that move together (for one tree: each unit's own staff).</param>
    /// <param name="figures">The released figures, each covering a set of cells.</param>
    /// <param name="threshold">The round's score threshold.</param>
    /// <returns>Whether the figures are safe, and every smallest group that can be derived when they are not.</returns>
    public static DisclosureAuditResult Check(IEnumerable<AuditCell> cells, IEnumerable<AuditFigure> figures, int threshold)
        => throw new NotImplementedException("Implemented by the anonymity engine.");
}

/// <summary>A smallest group of people that moves together, with its respondents.</summary>
/// <param name="Id">The cell's id.</param>
/// <param name="Respondents">Its respondents.</param>
public sealed record AuditCell(string Id, int Respondents);

/// <summary>One released figure and the cells it covers.</summary>
/// <param name="Label">What the figure is (for example the unit id and release).</param>
/// <param name="CellIds">The cells it covers.</param>
public sealed record AuditFigure(string Label, IReadOnlyList<string> CellIds);

/// <summary>A group of respondents that can be derived from released figures.</summary>
/// <param name="CellIds">The cells that make up the group.</param>
/// <param name="Respondents">How many respondents it has.</param>
public sealed record DisclosedGroup(IReadOnlyList<string> CellIds, int Respondents);

/// <summary>The outcome of <see cref="DisclosureAudit.Check"/>.</summary>
/// <param name="Leaks">Every derivable group below the threshold; empty when the figures are safe.</param>
public sealed record DisclosureAuditResult(IReadOnlyList<DisclosedGroup> Leaks)
{
    /// <summary>Gets a value indicating whether no group below the threshold can be derived.</summary>
    public bool IsSafe => Leaks.Count == 0;
}

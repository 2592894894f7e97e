namespace ForBedring.Results;

/// <summary>
/// Builds the audit's cells and figures from organisation trees, so that the model can audit one release, or two
/// releases of a round across a re-organisation, with <see cref="DisclosureAudit.Check"/>.
/// </summary>
/// <remarks>
/// Across a re-organisation the cells are the intersections of an old unit's own people with a new unit's own people
/// (the people who were in old unit a and are now in new unit b). Each released unit of either tree is a figure over
/// the cells whose own unit, in that tree, is the unit or lies below it. The re-release is refused when
/// <c>Check(cells, ForTree(old…) ∪ ForTree(new…))</c> is not safe.
/// </remarks>
internal static class AuditFigures
{
    /// <summary>Builds one cell per unit with known figures: its own people (withheld units' people are folded into the nearest known ancestor).</summary>
    /// <param name="unitIds">The units' ids (used as the cells' ids).</param>
    /// <param name="parents">For each unit, its parent's index or −1.</param>
    /// <param name="respondents">For each unit, its respondents or −1 when withheld.</param>
    /// <returns>The cells.</returns>
    public static AuditCell[] CellsOfTree(IReadOnlyList<string> unitIds, ReadOnlySpan<int> parents, ReadOnlySpan<int> respondents)
    {
        var own = ReleasePlanner.OwnPeople(parents, respondents);
        var cells = new List<AuditCell>();
        for (var v = 0; v < own.Length; v++)
        {
            if (respondents[v] >= 0)
            {
                cells.Add(new AuditCell(unitIds[v], own[v]));
            }
        }

        return cells.ToArray();
    }

    /// <summary>Builds the figures of one release: each released unit covers the cells whose unit is it or lies below it.</summary>
    /// <param name="label">A prefix for the figures' labels (for example the release's name); the label is "prefix:unitId".</param>
    /// <param name="unitIds">The units' ids.</param>
    /// <param name="parents">For each unit, its parent's index or −1.</param>
    /// <param name="released">For each unit, whether it is released.</param>
    /// <param name="cellUnits">For each cell, the unit (index in this tree) whose own people it holds, and the cell's id.</param>
    /// <returns>The figures, in unit order.</returns>
    public static AuditFigure[] ForTree(string label, IReadOnlyList<string> unitIds, ReadOnlySpan<int> parents, ReadOnlySpan<bool> released, IReadOnlyList<(string CellId, int Unit)> cellUnits)
    {
        var n = parents.Length;
        var covered = new List<string>[n];
        foreach (var (cellId, unit) in cellUnits)
        {
            // Walk up from the cell's unit: O(depth) per cell.
            for (var v = unit; v >= 0; v = parents[v])
            {
                if (released[v])
                {
                    (covered[v] ??= []).Add(cellId);
                }
            }
        }

        var figures = new List<AuditFigure>();
        for (var v = 0; v < n; v++)
        {
            if (released[v])
            {
                figures.Add(new AuditFigure(label + ":" + unitIds[v], (IReadOnlyList<string>?)covered[v] ?? Array.Empty<string>()));
            }
        }

        return figures.ToArray();
    }

    /// <summary>Maps each cell of <see cref="CellsOfTree"/> to its unit, for <see cref="ForTree"/>.</summary>
    /// <param name="unitIds">The units' ids.</param>
    /// <param name="respondents">For each unit, its respondents or −1 when withheld.</param>
    /// <returns>For each known unit, its cell's id and its index.</returns>
    public static (string CellId, int Unit)[] CellUnitsOfTree(IReadOnlyList<string> unitIds, ReadOnlySpan<int> respondents)
    {
        var list = new List<(string, int)>();
        for (var v = 0; v < respondents.Length; v++)
        {
            if (respondents[v] >= 0)
            {
                list.Add((unitIds[v], v));
            }
        }

        return list.ToArray();
    }
}

using ForBedring.Results;

namespace ForBedring.Tests.Results.Anonymity;

public sealed class AuditFiguresTests
{
    // Enterprise 40 → clinic 30 (withheld) → department 20; the clinic's leadership team 4 under the clinic.
    private static readonly string[] Ids = ["enterprise", "clinic", "department", "clinic-team"];
    private static readonly int[] Parents = [-1, 0, 1, 1];
    private static readonly int[] Respondents = [40, -1, 20, 4];

    [Fact]
    public void CellsOfTree_WithheldUnit_FoldsItsPeopleIntoTheNearestKnownAncestor()
    {
        var cells = AuditFigures.CellsOfTree(Ids, Parents, Respondents);

        // The enterprise's own cell: 40 − 20 − 4 = 16 (its own staff and the withheld clinic's 6).
        Assert.Equal([new AuditCell("enterprise", 16), new AuditCell("department", 20), new AuditCell("clinic-team", 4)], cells);
    }

    [Fact]
    public void ForTree_ReleasedUnits_CoverTheirOwnCellAndEveryCellBelow()
    {
        var figures = AuditFigures.ForTree("r1", Ids, Parents, [true, false, true, false], AuditFigures.CellUnitsOfTree(Ids, Respondents));

        Assert.Equal(
            [new AuditFigure("r1:enterprise", ["enterprise", "department", "clinic-team"]), new AuditFigure("r1:department", ["department"])],
            figures);
    }

    [Fact]
    public void CheckOverForTree_AgreesWithCheckTree()
    {
        bool[] released = [true, false, true, true];
        var cells = AuditFigures.CellsOfTree(Ids, Parents, Respondents);
        var figures = AuditFigures.ForTree("r1", Ids, Parents, released, AuditFigures.CellUnitsOfTree(Ids, Respondents));

        var leak = Assert.Single(DisclosureAudit.Check(cells, figures, 5).Leaks);

        Assert.Equal(["clinic-team"], leak.CellIds);
        Assert.Equal([(3, 4)], DisclosureAudit.CheckTree(Parents, Respondents, released, 5));
    }
}

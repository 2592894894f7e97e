using ForBedring.Results;

namespace ForBedring.Tests.Results.Anonymity;

public sealed class DisclosureAuditTests
{
    [Fact]
    public void Check_ClinicAndItsOnlyDepartmentBothReleased_ShowsTheClinicsOwnThree()
    {
        AuditCell[] cells = [new("clinic", 3), new("department", 9)];
        AuditFigure[] figures = [new("clinic", ["clinic", "department"]), new("department", ["department"])];

        var result = DisclosureAudit.Check(cells, figures, 5);

        Assert.False(result.IsSafe);
        var leak = Assert.Single(result.Leaks);
        Assert.Equal(["clinic"], leak.CellIds);
        Assert.Equal(3, leak.Respondents);
        Assert.Equal(["clinic"], leak.AddedFigures);
        Assert.Equal(["department"], leak.SubtractedFigures);
    }

    [Fact]
    public void Check_PlannedClinicRelease_IsSafe()
    {
        AuditCell[] cells = [new("clinic", 3), new("department", 9)];

        Assert.True(DisclosureAudit.Check(cells, [new AuditFigure("clinic", ["clinic", "department"])], 5).IsSafe);
    }

    [Fact]
    public void Check_DepartmentOf20MovesMinusTwoPeople_ShowsTheTwoWhoStayed()
    {
        // Before: clinic A (30 own) holds department D (20). After: D moved to clinic B (25 own), except two people
        // who stayed in A. Each release alone keeps the rule; together, old D − new D = the two.
        AuditCell[] cells = [new("a", 30), new("b", 25), new("d-moved", 18), new("d-stayed", 2)];
        AuditFigure[] before =
        [
            new("old:enterprise", ["a", "b", "d-moved", "d-stayed"]),
            new("old:A", ["a", "d-moved", "d-stayed"]),
            new("old:B", ["b"]),
            new("old:D", ["d-moved", "d-stayed"]),
        ];
        AuditFigure[] after =
        [
            new("new:enterprise", ["a", "b", "d-moved", "d-stayed"]),
            new("new:A", ["a", "d-stayed"]),
            new("new:B", ["b", "d-moved"]),
            new("new:D", ["d-moved"]),
        ];
        Assert.True(DisclosureAudit.Check(cells, before, 5).IsSafe);
        Assert.True(DisclosureAudit.Check(cells, after, 5).IsSafe);

        var both = DisclosureAudit.Check(cells, before.Concat(after), 5);

        var leak = Assert.Single(both.Leaks);
        Assert.Equal(["d-stayed"], leak.CellIds);
        Assert.Equal(2, leak.Respondents);
    }

    [Fact]
    public void Check_ReorganisationWhereTheMovedGroupIsLarge_IsSafe()
    {
        // The same move, but six people stay behind: old D − new D = 6 ≥ 5.
        AuditCell[] cells = [new("a", 30), new("b", 25), new("d-moved", 14), new("d-stayed", 6)];
        AuditFigure[] figures =
        [
            new("old:A", ["a", "d-moved", "d-stayed"]), new("old:B", ["b"]), new("old:D", ["d-moved", "d-stayed"]),
            new("new:A", ["a", "d-stayed"]), new("new:B", ["b", "d-moved"]), new("new:D", ["d-moved"]),
        ];

        Assert.True(DisclosureAudit.Check(cells, figures, 5).IsSafe);
    }

    [Fact]
    public void Check_GroupNeedingHalves_IsFoundByTheGeneralPath()
    {
        // x = (AB + AC − BC)/2 = A: a rational, not integer, combination singles out A's 2 people.
        AuditCell[] cells = [new("a", 2), new("b", 10), new("c", 10)];
        AuditFigure[] figures = [new("ab", ["a", "b"]), new("ac", ["a", "c"]), new("bc", ["b", "c"])];

        var leak = Assert.Single(DisclosureAudit.Check(cells, figures, 5).Leaks);

        Assert.Equal(["a"], leak.CellIds);
        Assert.Empty(leak.AddedFigures);
    }

    [Fact]
    public void Check_CellsWithoutRespondents_AreNeverPartOfAGroup()
    {
        // Clinic − department = only the empty cell: nothing below the threshold is shown.
        AuditCell[] cells = [new("clinic", 0), new("department", 9)];
        AuditFigure[] figures = [new("clinic", ["clinic", "department"]), new("department", ["department"])];

        Assert.True(DisclosureAudit.Check(cells, figures, 5).IsSafe);
    }

    [Fact]
    public void Check_SeveralLeaks_ListsThemSmallestFirst()
    {
        AuditCell[] cells = [new("x", 4), new("y", 1), new("z", 20)];
        AuditFigure[] figures = [new("all", ["x", "y", "z"]), new("yz", ["y", "z"]), new("z", ["z"])];

        var leaks = DisclosureAudit.Check(cells, figures, 5).Leaks;

        Assert.Equal([1, 4], leaks.Select(l => l.Respondents));
        Assert.Equal(["y"], leaks[0].CellIds);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Check_ReorganisationOfThreeHundredUnits_FindsOnlySmallGroupsThatEachReleaseAloneHides(int seed)
    {
        // Each release alone is planned safe; together (20 moves, merges and people moving) they may leak.
        var random = new Random(seed);
        var r = Reorganisation.Create(random, maxUnits: 300, steps: 20);
        var oldRelease = r.Release(r.OldParents, r.OldUnitOfCell, 5, naive: false);
        var newRelease = r.Release(r.NewParents, r.NewUnitOfCell, 5, naive: false);
        var cells = r.Weights.Select((w, c) => new AuditCell("c" + c.ToString(System.Globalization.CultureInfo.InvariantCulture), w)).ToArray();
        AuditFigure[] Figures(string label, int[] parents, int[] units, bool[] released)
            => Reorganisation.Figures(parents, units, released).Select((f, i) => new AuditFigure(label + i.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Select(c => cells[c].Id).ToArray())).ToArray();
        var before = Figures("old", r.OldParents, r.OldUnitOfCell, oldRelease);
        var after = Figures("new", r.NewParents, r.NewUnitOfCell, newRelease);

        Assert.True(DisclosureAudit.Check(cells, before, 5).IsSafe);
        Assert.True(DisclosureAudit.Check(cells, after, 5).IsSafe);
        var both = DisclosureAudit.Check(cells, before.Concat(after), 5);

        var weight = cells.ToDictionary(c => c.Id, c => c.Respondents);
        foreach (var leak in both.Leaks)
        {
            Assert.InRange(leak.Respondents, 1, 4);
            Assert.Equal(leak.Respondents, leak.CellIds.Sum(c => weight[c]));
        }

        // A realistic re-organisation of this size does leak when both releases are planned separately.
        Assert.NotEmpty(both.Leaks);
        Assert.Equal(
            both.Leaks.Select(l => (string.Join(",", l.CellIds), l.Respondents)),
            DisclosureAudit.Check(cells, after.Concat(before), 5).Leaks.Select(l => (string.Join(",", l.CellIds), l.Respondents)));
    }

    [Fact]
    public void Check_DuplicateCellId_Throws()
        => Assert.Throws<ArgumentException>(() => DisclosureAudit.Check([new("a", 1), new("a", 2)], [], 5));

    [Fact]
    public void Check_UnknownCellInAFigure_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => DisclosureAudit.Check([new("a", 1)], [new("f", ["a", "b"])], 5));
        Assert.Contains("\"b\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ThresholdBelowThree_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureAudit.Check([], [], 2));

    [Fact]
    public void AuditCell_NegativeRespondents_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new AuditCell("a", -1));

    [Fact]
    public void AuditFigure_SameCells_AreEqual()
    {
        var a = new AuditFigure("f", ["x", "y"]);
        var b = new AuditFigure("f", new List<string> { "x", "y" });

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new AuditFigure("f", ["y", "x"]));
    }

    [Fact]
    public void DisclosureAuditResult_SameLeaks_AreEqual()
    {
        var a = new DisclosureAuditResult([new DisclosedGroup(["x"], 2)]);
        var b = new DisclosureAuditResult(new List<DisclosedGroup> { new(new List<string> { "x" }, 2) });

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.IsSafe);
        Assert.True(new DisclosureAuditResult([]).IsSafe);
    }

    [Fact]
    public void CheckTree_ThresholdOnlyRelease_NamesTheClinic()
    {
        var leaks = DisclosureAudit.CheckTree([-1, 0], [12, 9], [true, true], 5);

        Assert.Equal([(0, 3)], leaks);
    }

    [Fact]
    public void CheckTree_ReleasedWithheldUnit_Throws()
        => Assert.Throws<ArgumentException>(() => DisclosureAudit.CheckTree([-1, 0], [12, -1], [true, true], 5));
}

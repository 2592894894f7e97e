using FsCheck.Xunit;
using ForBedring.Results;
using static ForBedring.Tests.Results.ResultsTestData;

namespace ForBedring.Tests.Results;

/// <summary>The release's own logic, with <see cref="NaiveAnonymity"/> standing in for the engine (see <see cref="ReleaseEngineTests"/> for the real one).</summary>
public sealed class ReleaseTests
{
    internal static Release Naive(SurveyResults results) => Release.Compute(results, NaiveAnonymity.Plan);

    [Fact]
    public void Compute_Hospital_GivesEachUnitFiguresOrAReason()
    {
        var release = Naive(Hospital());
        Assert.Equal(ReleaseStatus.BelowThreshold, release.Unit(U("kir-b"))!.Status);
        Assert.Equal(ReleaseStatus.Withheld, release.Unit(U("kir-c"))!.Status);
        Assert.Equal(ReleaseStatus.ProtectsOtherUnit, release.Unit(U("hf-lg"))!.Status);
        var med = release.Unit(U("med"))!;
        Assert.True(med.IsReleased);
        Assert.Equal(52, med.Respondents);
        Assert.Equal(68, med.ScoreOf(Ind("engasjement"))!.Score);
        Assert.All(release.Units.Where(u => !u.IsReleased), u => Assert.True(u.Respondents is null && u.Scores.Count == 0));
    }

    [Fact]
    public void Compute_PlannerReleasingTooSmallAUnit_IsOverruled()
    {
        var release = Release.Compute(Hospital(), (parents, _, _) => new UnitDisclosure[parents.Length]);
        Assert.Equal(ReleaseStatus.BelowThreshold, release.Unit(U("kir-b"))!.Status);
        Assert.Equal(ReleaseStatus.Withheld, release.Unit(U("kir-c"))!.Status);
    }

    [Property(MaxTest = 300)]
    public void Compute_AnyTree_ReleasesOnlyTheResultsOwnFiguresAtOrAboveTheThreshold(int seed)
    {
        var results = Random(seed);
        var release = Naive(results);
        Assert.Equal(results.Units.Select(u => u.Id), release.Units.Select(u => u.Id));
        foreach (var unit in release.Units)
        {
            var result = results.ResultOf(unit.Id)!;
            if (unit.IsReleased)
            {
                Assert.True(unit.Respondents >= results.Round.ScoreThreshold);
                Assert.Equal(result.Respondents, unit.Respondents);
                Assert.Equal(result.Scores, unit.Scores);
            }
            else
            {
                Assert.Equal(result.IsWithheld, unit.Status == ReleaseStatus.Withheld);
            }
        }
    }

    [Fact]
    public void SubtreeAndAncestors_FollowTheTree()
    {
        var release = Naive(Hospital());
        Assert.Equal([U("med"), U("med-lg"), U("med-a"), U("med-a1"), U("med-b")], release.Subtree(U("med")));
        Assert.Equal([U("med-a"), U("med"), U("hf")], release.Ancestors(U("med-a1")));
        Assert.Empty(release.Subtree(U("nope")));
    }

    private static (SurveyResults Before, SurveyResults After) Reorganised(int moved)
    {
        (string, double, double?)[] s = [("engasjement", 70, null)];
        var before = Build(("r", null, UnitKind.Enterprise, null, 30, 20, s), ("x", "r", UnitKind.Clinic, null, 10, 10, s));
        var after = Build(("r", null, UnitKind.Enterprise, null, 30, 20, s), ("x", "r", UnitKind.Clinic, null, 15, 10 + moved, s));
        return (before, after);
    }

    private static StaffMove[] Moves(int moved) =>
        [new(U("r"), U("r"), 10 - moved), new(U("r"), U("x"), moved), new(U("x"), U("x"), 10)];

    [Fact]
    public void ComputeAfterReorganisation_TwoMovedPeople_AreRefusedWithTheGroup()
    {
        var (before, after) = Reorganised(2);
        var earlier = Naive(before);
        var e = Assert.Throws<ReleaseRefusedException>(() => Release.ComputeAfterReorganisation(after, earlier, Moves(2), NaiveAnonymity.Plan, NaiveAnonymity.Audit));
        var leak = Assert.Single(e.Leaks);
        Assert.Equal(2, leak.Respondents);
        Assert.Equal(["r>x#1"], leak.CellIds);
    }

    [Fact]
    public void ComputeAfterReorganisation_FiveMovedPeople_IsReleased()
    {
        var (before, after) = Reorganised(5);
        var release = Release.ComputeAfterReorganisation(after, Naive(before), Moves(5), NaiveAnonymity.Plan, NaiveAnonymity.Audit);
        Assert.True(release.Unit(U("x"))!.IsReleased);
    }

    [Fact]
    public void ComputeAfterReorganisation_UnknownUnitInAMove_Throws()
    {
        var (before, after) = Reorganised(5);
        Assert.Throws<ArgumentException>(() => Release.ComputeAfterReorganisation(after, Naive(before), [new StaffMove(U("zz"), U("x"), 1)], NaiveAnonymity.Plan, NaiveAnonymity.Audit));
    }

    [Fact]
    public void NaiveAudit_SiblingDifference_IsFound()
    {
        // The audit stand-in itself: parent 12, children 5 and 5 released leaves 2 people derivable.
        var result = NaiveAnonymity.Audit(
            [new AuditCell("own", 2), new AuditCell("a", 5), new AuditCell("b", 5)],
            [new AuditFigure("p", ["own", "a", "b"]), new AuditFigure("a", ["a"]), new AuditFigure("b", ["b"])],
            5);
        Assert.Equal(["own"], Assert.Single(result.Leaks).CellIds);
    }
}

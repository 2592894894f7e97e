using ForBedring.Results;
using static ForBedring.Tests.Results.ResultsTestData;

namespace ForBedring.Tests.Results;

/// <summary>
/// The release end to end through the real anonymity engine (<c>ReleasePlanner</c>, <c>DisclosureAudit</c>), where the
/// other release tests use a naive stand-in planner and a brute-force audit.
/// </summary>
public sealed class ReleaseEngineTests
{
    [Fact]
    public void Compute_Hospital_IsSafeByTheAudit()
    {
        var results = Hospital();
        var release = Release.Compute(results);
        Assert.Equal(ReleaseStatus.BelowThreshold, release.Unit(U("kir-b"))!.Status);
        Assert.Equal(ReleaseStatus.Withheld, release.Unit(U("kir-c"))!.Status);
        Assert.All(release.Units.Where(u => u.IsReleased), u => Assert.True(u.Respondents >= 5));

        // Own-staff cells of the units with known figures; withheld and small units' people are in their parent's cell.
        var cells = results.Units.Select(u => new AuditCell(u.Id.Value, OwnRespondents(results, u.Id))).ToList();
        var figures = release.Units.Where(u => u.IsReleased).Select(u => new AuditFigure(u.Id.Value, release.Subtree(u.Id).Select(id => id.Value).ToList()));
        Assert.True(DisclosureAudit.Check(cells, figures, 5).IsSafe);
    }

    [Fact]
    public void ComputeAfterReorganisation_TwoMovedPeople_AreRefused()
    {
        (string, double, double?)[] s = [("engasjement", 70, null)];
        var before = Build(("r", null, UnitKind.Enterprise, null, 30, 20, s), ("x", "r", UnitKind.Clinic, null, 10, 10, s));
        var after = Build(("r", null, UnitKind.Enterprise, null, 30, 20, s), ("x", "r", UnitKind.Clinic, null, 15, 12, s));
        var e = Assert.Throws<ReleaseRefusedException>(() => Release.ComputeAfterReorganisation(after, Release.Compute(before), [new(U("r"), U("r"), 8), new(U("r"), U("x"), 2), new(U("x"), U("x"), 10)]));
        Assert.Contains(e.Leaks, l => l.Respondents == 2);
    }

    private static int OwnRespondents(SurveyResults results, UnitId id)
    {
        // Withheld units count as zero own respondents here: the test tree's withheld unit is a leaf.
        var own = results.ResultOf(id)!.Respondents ?? 0;
        return own - results.Children(id).Sum(c => results.ResultOf(c)!.Respondents ?? 0);
    }
}

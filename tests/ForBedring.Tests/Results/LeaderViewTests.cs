using FsCheck.Xunit;
using ForBedring.Results;
using static ForBedring.Tests.Results.ResultsTestData;

namespace ForBedring.Tests.Results;

public sealed class LeaderViewTests
{
    private static readonly Release Release = ReleaseTests.Naive(Hospital());

    [Fact]
    public void For_DepartmentLeader_SeesTheirUnitBelowAndTheCommonReportsAbove()
    {
        var view = LeaderView.For(Release, new PersonId("p-a"));
        Assert.Equal([U("hf"), U("med")], view.UnitsAbove.Select(u => u.Id));
        Assert.Equal([U("med-a"), U("med-a1")], view.OwnUnits.Select(u => u.Id));
        Assert.DoesNotContain(view.Units, u => u.Id == U("med-b") || u.Id == U("kir") || u.Id == U("med-lg"));
        Assert.True(view.IsOwn(U("med-a1")));
        Assert.False(view.IsOwn(U("med")));
    }

    [Fact]
    public void For_ClinicLeader_SeesTheLeadershipTeamAndEveryDepartment()
    {
        var view = LeaderView.For(Release, new PersonId("p-kir"));
        Assert.Equal([U("kir"), U("kir-a"), U("kir-b"), U("kir-c")], view.OwnUnits.Select(u => u.Id));
        Assert.Equal([U("hf")], view.UnitsAbove.Select(u => u.Id));
        Assert.All(view.Units.Where(u => !u.IsReleased), u => Assert.Empty(u.Scores));
    }

    [Fact]
    public void For_UnknownLeader_Throws()
        => Assert.Throws<ArgumentException>(() => LeaderView.For(Release, new PersonId("nobody")));

    [Fact]
    public void Type_HasNoPublicConstructor()
        => Assert.Empty(typeof(LeaderView).GetConstructors());

    [Fact]
    public void Render_ThreeLanguages_ShowFiguresAndReasons()
    {
        var view = LeaderView.For(Release, new PersonId("p-kir"));
        var nb = view.Render(TextLanguage.Bokmal);
        Assert.Contains("Felles rapporter", nb, StringComparison.Ordinal);
        Assert.Contains("kir-b: ikke vist: for få svar", nb, StringComparison.Ordinal);
        Assert.Contains("Engasjement: 71,0", nb, StringComparison.Ordinal);
        Assert.Contains("kir-c: ikkje vist: halde tilbake av leverandøren", view.Render(TextLanguage.Nynorsk), StringComparison.Ordinal);
        var en = view.Render(TextLanguage.English);
        Assert.Contains("Your area", en, StringComparison.Ordinal);
        Assert.Contains("Engagement: 71.0", en, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_IsAReleaseOfTheViewsUnits()
    {
        var view = LeaderView.For(Release, new PersonId("p-a"));
        var read = ReleaseJson.Read(view.ToJson());
        Assert.Equal(view.Units.Select(u => u.Id.Value).Order(StringComparer.Ordinal), read.Units.Select(u => u.Id.Value).Order(StringComparer.Ordinal));
    }

    [Property(MaxTest = 300)]
    public void For_AnyTreeAndLeader_HoldsExactlyTheLeadersAreaAndTheUnitsAbove(int seed)
    {
        var release = ReleaseTests.Naive(Random(seed));
        foreach (var leader in release.Units.Where(u => u.Leader is not null).Select(u => u.Leader!.Value).Distinct())
        {
            var view = LeaderView.For(release, leader);
            var led = release.Units.Where(u => u.Leader == leader).Select(u => u.Id).ToList();
            var own = led.SelectMany(release.Subtree).ToHashSet();
            var above = led.SelectMany(release.Ancestors).Where(a => !own.Contains(a)).ToHashSet();
            Assert.Equal(own.Select(x => x.Value).Order(StringComparer.Ordinal), view.OwnUnits.Select(u => u.Id.Value).Order(StringComparer.Ordinal));
            Assert.Equal(above.Select(x => x.Value).Order(StringComparer.Ordinal), view.UnitsAbove.Select(u => u.Id.Value).Order(StringComparer.Ordinal));
            Assert.All(view.Units, u => Assert.Equal(release.Unit(u.Id), u));
        }
    }
}

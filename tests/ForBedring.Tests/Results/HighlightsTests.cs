using FsCheck.Xunit;
using ForBedring.Prompts;
using ForBedring.Results;
using static ForBedring.Tests.Results.ResultsTestData;

namespace ForBedring.Tests.Results;

public sealed class HighlightsTests
{
    private static readonly Release Release = ReleaseTests.Naive(Hospital());

    private static Highlights For(string leader, HighlightOptions? options = null) => Highlights.For(LeaderView.For(Release, new PersonId(leader)), options);

    [Fact]
    public void For_DepartmentLeader_NamesStrongestAndWeakestWithEvidence()
    {
        var items = For("p-a").Items;
        var strongest = Assert.Single(items, h => h.Kind == HighlightKind.Strongest);
        Assert.Equal((U("med-a"), Ind("engasjement")), (strongest.Unit, strongest.Indicator));
        Assert.Equal(61, Assert.Single(strongest.Evidence).Score);
        Assert.Equal("Strongest in med-a: Engagement (61.0)", strongest.Text.English);
        Assert.Equal("Sterkest i med-a: Engasjement (61,0)", strongest.Text.Bokmal);
        Assert.Equal(Ind("samarbeidsklima"), Assert.Single(items, h => h.Kind == HighlightKind.Weakest).Indicator);
    }

    [Fact]
    public void For_DeviationFromTheUnitAboveAndTheEnterprise_StandsOut()
    {
        var standsOut = For("p-a").Items.Where(h => h.Kind == HighlightKind.StandsOut).ToList();
        Assert.Contains(standsOut, h => h.Indicator == Ind("engasjement") && h.Evidence[1].Unit == U("med") && h.Evidence[1].Score == 68);
        Assert.Contains(standsOut, h => h.Indicator == Ind("engasjement") && h.Evidence[1].Unit == U("hf"));
    }

    [Fact]
    public void For_ChangeBeyondTheThreshold_IsHighlighted()
    {
        Assert.DoesNotContain(For("p-a").Items, h => h.Kind == HighlightKind.Changed);
        var changed = Assert.Single(For("p-a", new HighlightOptions { ChangeThreshold = 2 }).Items, h => h.Kind == HighlightKind.Changed);
        Assert.Equal("Engagement in med-a changed by +2.0 points since the previous survey (59.0 → 61.0)", changed.Text.English);
    }

    [Fact]
    public void For_WeakInTwoUnits_IsASharedTheme()
    {
        var options = new HighlightOptions { WeakScore = 67 };
        var theme = Assert.Single(For("p-med", options).Items, h => h.Kind == HighlightKind.SharedTheme);
        Assert.Equal(Ind("samarbeidsklima"), theme.Indicator);
        Assert.Equal([U("med-a"), U("med-b")], theme.Evidence.Select(e => e.Unit));
        Assert.Equal([theme], For("p-med", options).SuggestionsFor(new PromptId("A5.4")));
        Assert.Empty(For("p-med", options).SuggestionsFor(new PromptId("A2.1")));
    }

    [Fact]
    public void SuggestionsFor_A12AndA51_OfferTheMatchingKinds()
    {
        var highlights = For("p-a");
        Assert.Contains(highlights.SuggestionsFor(new PromptId("A1.2")), h => h.Kind == HighlightKind.Strongest);
        Assert.All(highlights.SuggestionsFor(new PromptId("A5.1")), h => Assert.Contains(h.Kind, new[] { HighlightKind.StandsOut, HighlightKind.Changed }));
    }

    [Property(MaxTest = 200)]
    public void For_AnyTreeAndLeader_UsesOnlyReleasedFiguresOfTheView(int seed)
    {
        var release = ReleaseTests.Naive(Random(seed));
        foreach (var leader in release.Units.Where(u => u.Leader is not null).Select(u => u.Leader!.Value).Distinct())
        {
            var view = LeaderView.For(release, leader);
            foreach (var figure in Highlights.For(view, new HighlightOptions { ChangeThreshold = 1, DeviationThreshold = 1, WeakScore = 80 }).Items.SelectMany(h => h.Evidence))
            {
                var unit = Assert.Single(view.Units, u => u.Id == figure.Unit);
                Assert.True(unit.IsReleased);
                Assert.Equal(figure.Score, unit.ScoreOf(figure.Indicator)!.Score);
            }
        }
    }
}

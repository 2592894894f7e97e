using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForBedring.Actions;
using ForBedring.Results;
using ForBedring.Tests.TestSupport;
using NodaTime;

namespace ForBedring.Tests.Actions;

/// <summary>The Markdown of plans and reviews: typed text can never add an element.</summary>
public sealed partial class ActionsMarkdownTests
{
    private static readonly FocusArea Area = new(new FocusAreaId("F1"), FocusAreaKind.Improve, "Forbedre", [new TopicAreaId("samarbeidsklima")], []);
    private static readonly PersonId Owner = new("a");

    private static Gen<string> Hostile { get; } =
        Gen.Elements("<script>alert(1)</script>", "[lenke](http://x)", "![bilde](x.png)", "**fet** _kursiv_", "# Overskrift", "| a | b |", "`kode`",
                "- punkt", "1. liste", "> sitat", "<b>", "&amp;", "line\nbreak", "\\", "https://example.org", "*", "~~x~~", "---")
            .SelectMany(a => Gen.Elements("", " ", "x ", "\n").Select(b => b + a));

    private static Gen<(string, string, string)> Triples { get; } =
        from a in Hostile
        from b in Hostile
        from c in Hostile
        select (a, b, c);

    [Property(MaxTest = 200)]
    public Property PlanAndReview_HostileTexts_GiveTheSameElementsAsPlainTexts()
        => Prop.ForAll(Triples.ToArbitrary(), t =>
        {
            foreach (var language in new[] { TextLanguage.Bokmal, TextLanguage.Nynorsk, TextLanguage.English })
            {
                // The plain counterpart has the same lines (typed line breaks stay hard line breaks), with letters only.
                Assert.Equal(Tags(PlanMarkdown(Plain(t.Item1), Plain(t.Item2), Plain(t.Item3), language)), Tags(PlanMarkdown(t.Item1, t.Item2, t.Item3, language)));
                Assert.Equal(Tags(ReviewMarkdown(Plain(t.Item1), Plain(t.Item2), language)), Tags(ReviewMarkdown(t.Item1, t.Item2, language)));
            }
        });

    [Fact]
    public void Plan_SharedPlan_HasBothAreaHeadingsAndTheActionsDetails()
    {
        var markdown = PlanMarkdown("Hospitering", "Én dag i måneden.", "Alle har hospitert.", TextLanguage.Bokmal);

        Assert.Contains("# Ledergruppens felles handlingsplan", markdown, StringComparison.Ordinal);
        Assert.Contains("## Bevaringsområder", markdown, StringComparison.Ordinal);
        Assert.Contains("## Forbedringsområder", markdown, StringComparison.Ordinal);
        Assert.Contains("### T1 Hospitering", markdown, StringComparison.Ordinal);
        Assert.Contains("- Ansvarlig: a", markdown, StringComparison.Ordinal);
        Assert.Contains("- Ressurser: verneombud", markdown, StringComparison.Ordinal);
        Assert.Contains("Alle har hospitert\\.", markdown, StringComparison.Ordinal);
    }

    private static string PlanMarkdown(string title, string description, string success, TextLanguage language)
        => ActionsMarkdown.Plan(
            new ActionPlan(null, Owner, [Area], [new PlannedAction(new ActionId("T1"), title, Area.Id, Owner, new LocalDate(2027, 5, 1), description, success,
                resources: [new ActionResource(ResourceKind.SafetyRepresentative)], subSteps: [new ActionSubStep(description)])]),
            language);

    private static string ReviewMarkdown(string title, string happened, TextLanguage language)
    {
        var at = new LocalDate(2027, 2, 20).AtStartOfDayInZone(TestClock.Oslo).ToInstant();
        var action = new PlannedAction(new ActionId("T1"), title, Area.Id, Owner, new LocalDate(2027, 2, 27),
            updates: [new ActionUpdate(at, Owner, ActionStatus.InProgress, happened, nextStep: happened)]);
        var done = new PlannedAction(new ActionId("T2"), title, Area.Id, Owner, updates: [new ActionUpdate(at, Owner, ActionStatus.Done, happened, note: happened)]);
        return ActionsMarkdown.Review(StatusReviewReport.For([new ActionPlan(null, Owner, [Area], [action, done])], new LocalDate(2027, 3, 1), TestClock.Oslo), language);
    }

    private static string Plain(string text) => new(text.Select(c => c == '\n' ? c : 'x').ToArray());

    private static List<string> Tags(string markdown)
        => TagPattern().Matches(Markdig.Markdown.ToHtml(markdown)).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<([a-z0-9]+)")]
    private static partial Regex TagPattern();
}

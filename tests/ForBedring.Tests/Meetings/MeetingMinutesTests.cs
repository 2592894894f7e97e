using System.Text.RegularExpressions;
using ForBedring.Meetings;
using ForBedring.Process;
using ForBedring.Tests.TestSupport;
using Markdig;

namespace ForBedring.Tests.Meetings;

public sealed partial class MeetingMinutesTests
{
    [Fact]
    public void From_ProcessAfterTheMeeting_ReadsWhatItRecorded()
    {
        var p = CycleDriver.StartAt(ProcessStep.ActionPlanning);

        var minutes = MeetingMinutes.From(p, [new MinuteNote(0, "Godt oppmøte", ContributionKind.Observation)]);

        Assert.Equal(p.Agenda, minutes.Agenda);
        Assert.Equal(p.Shared, minutes.Shared);
        Assert.Equal(p.Absent, minutes.Absent);
        Assert.Equal(p.Actions.Where(a => a.Origin == ProcessStep.ActionKickoff), minutes.Actions);
        Assert.Equal(p.Agreements, minutes.Agreements);
        Assert.Equal(p.FollowUpTasks, minutes.Tasks);
        Assert.Equal(p.StatusReviewDates, minutes.ReviewDates);
        Assert.NotEmpty(minutes.GroupContributions);
    }

    [Fact]
    public void From_NoteOutsideTheAgenda_Throws()
    {
        var p = CycleDriver.StartAt(ProcessStep.ActionPlanning);

        Assert.Throws<ArgumentException>(() => MeetingMinutes.From(p, [new MinuteNote(99, "x")]));
    }

    [Theory]
    [InlineData(new[] { ContributionKind.Observation, ContributionKind.Wondering, ContributionKind.Conclusion }, true)]
    [InlineData(new[] { ContributionKind.Question }, true)]
    [InlineData(new[] { ContributionKind.Conclusion, ContributionKind.Wondering }, false)]
    [InlineData(new ContributionKind[0], false)]
    public void WasOpenBeforeConcluding_FollowsTheOrderOfKinds(ContributionKind[] kinds, bool open)
    {
        var p = CycleDriver.StartAt(ProcessStep.ActionPlanning);
        var notes = kinds.Select(k => new MinuteNote(1, "x", k)).Append(new MinuteNote(1, "untagged"));

        var minutes = MeetingMinutes.From(p, notes);

        Assert.Equal(kinds, minutes.KindsInOrder(1));
        Assert.Equal(open, minutes.WasOpenBeforeConcluding(1));
    }

    [Fact]
    public void Minutes_Markdown_EscapesEveryTypedText()
    {
        var p = CycleDriver.StartAt(ProcessStep.ActionPlanning);
        var notes = new[]
        {
            new MinuteNote(0, "<script>alert(1)</script>\n[lenke](javascript:x) ![bilde](http://x/y.png)", ContributionKind.Wondering, SampleTeam.Leader),
            new MinuteNote(0, "# Konklusjon *nå*", ContributionKind.Conclusion),
        };

        var md = MeetingMarkdown.Minutes(MeetingMinutes.From(p, notes), p.Team, TextLanguage.Bokmal);
        var html = Markdown.ToHtml(md, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Runden var åpen og undrende før den konkluderte.", md, StringComparison.Ordinal);
        Assert.Contains("<em>Undring</em>", html, StringComparison.Ordinal);
        Assert.Equal(0, HeadingRegex().Matches(html).Count(m => m.Value.Contains("Konklusjon", StringComparison.Ordinal)));
    }

    [Fact]
    public void StatusReview_Markdown_IsThePreparedReviewWithNames()
    {
        var p = CycleDriver.StartAt(ProcessStep.ActionPlanning);
        var date = new NodaTime.LocalDate(2027, 3, 1);

        var md = MeetingMarkdown.StatusReview(p, date, TextLanguage.English);

        Assert.Equal(ForBedring.Actions.ActionsMarkdown.Review(p.PrepareStatusReview(date), TextLanguage.English, p.Team), md);
        Assert.StartsWith("# ", md, StringComparison.Ordinal);
    }

    [GeneratedRegex("<h[1-6][^>]*>.*?</h[1-6]>")]
    private static partial Regex HeadingRegex();
}

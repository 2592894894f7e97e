using ForBedring.Actions;
using ForBedring.Meetings;
using ForBedring.Process;
using ForBedring.Prompts;
using ForBedring.Results;
using ForBedring.Tests.TestSupport;
using NodaTime;

namespace ForBedring.Tests.Process;

/// <summary>
/// A date made in another calendar is the same day in ISO wherever it enters the library: kept as ISO, compared
/// without NodaTime's "same calendar" error, and equal before and after a save and load.
/// </summary>
public sealed class OtherCalendarTests
{
    [Fact]
    public void JulianDates_EverywhereTheyEnter_KeptAsTheSameIsoDay()
    {
        var today = new LocalDate(2027, 3, 1);
        var julian = today.WithCalendar(CalendarSystem.Julian);

        Assert.Equal(today, new ActionDraft("Tiltak", dueDate: julian).DueDate);
        Assert.Equal(today, new ActionSubStep("Steg", julian).DueDate);
        Assert.Equal(today, new PlannedAction(new ActionId("T1"), "Tiltak", new FocusAreaId("F1"), dueDate: julian).DueDate);
        Assert.Equal(today, new ImprovementAction(new ActionId("T1"), "Tiltak", null, null, julian, false, ActionStatus.Planned, ProcessStep.ActionPlanning).DueDate);
        Assert.Equal(today, (new ImprovementAction(new ActionId("T1"), "Tiltak", null, null, null, false, ActionStatus.Planned, ProcessStep.ActionPlanning) with { DueDate = julian }).DueDate);
        Assert.Equal(today, new StatusReview(julian, []).Date);
        Assert.Equal(today, new FollowUpTask(SampleTeam.Leader, "Oppgave", julian).Due);
        Assert.Equal(today, new GroupRound(julian, [new MeetingGroup([SampleTeam.Leader, SampleTeam.Member(1)])]).Date);
        Assert.Equal(today, new DateAnswer(julian).Date);
        Assert.Equal(today, (new DateAnswer(today) with { Date = julian }).Date);
        Assert.Equal(today, new MeetingAgenda(julian.AtMidnight().InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Oslo"]), []).Start.Date);
        Assert.Equal(today, ActionRollup.Of([], julian).Date);
        Assert.Equal(today, StatusReviewReport.For([], julian, DateTimeZone.Utc, julian.PlusDays(-1)).PreviousReview!.Value.PlusDays(1));
        Assert.Equal(today, new CycleMeasures(new ProcessId("p"), "R", julian, new TeamMeasures(0, 0, 0, 0, 0, 0, 0)).On);
        Assert.Equal(today, ReviewSchedule.Every(4, julian, 2).First);
        Assert.Equal([today], ReviewSchedule.On([julian]).Dates);
        Assert.Equal(today, ReviewSchedule.On([today]).NextOnOrAfter(julian));
        Assert.All(new LocalDate?[] { new ActionDraft("x", dueDate: julian).DueDate, new DateAnswer(julian).Date }, d => Assert.Equal(CalendarSystem.Iso, d!.Value.Calendar));
    }

    [Fact]
    public void ProcessWithJulianMeetingHomeworkAndReviewDates_PlannedAsWithIso()
    {
        var d = new CycleDriver();
        d.WalkTo(ProcessStep.MeetingPlanning);
        var zone = d.Process.TimeZone;
        var start = d.Today.PlusDays(14).At(new LocalTime(9, 0)).WithCalendar(CalendarSystem.Julian).InZoneLeniently(zone);

        d.Process.PlanAgenda(d.Leader, new MeetingAgenda(start, [new AgendaItem(AgendaSection.Introduction, "Innledning", 30)]));

        Assert.Equal(CalendarSystem.Iso, d.Process.Agenda!.Start.Calendar);
        Assert.Equal(d.Today.PlusDays(14), d.Process.Agenda.Start.Date);
    }

    [Fact]
    public void ProcessWithJulianDueDatesAndQueryDates_ReviewsMeasuresAndStartsTheNextCycleAsWithIso()
    {
        var d = new CycleDriver();
        d.WalkTo(ProcessStep.ActionPlanning);
        var julianDue = d.Today.PlusDays(-3).WithCalendar(CalendarSystem.Julian);
        var id = d.Process.AddAction(d.Leader, new ActionDraft("Felles tiltak", owner: SampleTeam.Member(1), dueDate: julianDue, crossUnit: true));
        FocusArea[] areas = [new(new FocusAreaId("F1"), FocusAreaKind.Keep, "Bevare", [new TopicAreaId("samarbeidsklima")], []), new(new FocusAreaId("F2"), FocusAreaKind.Improve, "Forbedre", [new TopicAreaId("arbeidsforhold")], [])];
        d.Process.SetActionPlan(d.Leader, new ActionPlan(null, d.Leader, areas, [new PlannedAction(id, "Felles tiltak", areas[1].Id, SampleTeam.Member(1), julianDue, crossUnit: true)]));
        var julianToday = d.Today.WithCalendar(CalendarSystem.Julian);

        var review = d.Process.PrepareStatusReview(julianToday);
        var measures = d.Process.TeamMeasuresOn(julianToday);
        var next = d.Process.StartNext(new ProcessId("p-next"), "ForBedring 2028", d.Leader, NextCycleTests.NextRelease());

        Assert.Equal(d.Process.PrepareStatusReview(d.Today), review);
        Assert.Contains(review.Lines, l => l.Action.Id == id && l.IsOverdue);
        Assert.Equal(d.Process.TeamMeasuresOn(d.Today), measures);
        Assert.Equal((1, 0), (measures.SharedGoals, measures.SharedGoalsOnTrack));
        Assert.Equal(d.Process.Actions, ProcessBytes.RoundTripFor(d.Clock)(d.Process).Actions);
        Assert.Equal(ProcessBytes.RoundTripFor(d.Clock)(next.Process).CarriedFrom, next.Process.CarriedFrom);
    }
}

using ForBedring.Actions;
using ForBedring.Meetings;
using ForBedring.Process;
using ForBedring.Results;
using ForBedring.Tests.TestSupport;

namespace ForBedring.Tests.Process;

/// <summary>Schema 2's additions: action plans, minute notes, the review schedule and the group history.</summary>
public sealed partial class FollowUpProcessTests
{
    private static readonly FocusArea[] Areas =
    [
        new(new FocusAreaId("F1"), FocusAreaKind.Keep, "Bevare", [new TopicAreaId("samarbeidsklima")], []),
        new(new FocusAreaId("F2"), FocusAreaKind.Improve, "Forbedre", [], [new IndicatorId("q1")]),
    ];

    [Fact]
    public void SetActionPlan_UnknownUnitActionAndPeople_ListsEveryProblemAndChangesNothing()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.ActionPlanning);
        var version = d.Process.Version;
        var plan = new ActionPlan(new UnitId("nowhere"), SampleTeam.Stranger, Areas, [new PlannedAction(new ActionId("T99"), "x", Areas[1].Id, SampleTeam.Stranger)]);

        var e = Assert.Throws<ProcessRuleException>(() => d.Process.SetActionPlan(d.Leader, plan));

        Assert.Equal(
            [ConditionCodes.PlanUnknownUnit, ConditionCodes.PersonNotOnTeam, ConditionCodes.ActionUnknown, ConditionCodes.PersonNotOnTeam],
            e.Conditions.Select(c => c.Code));
        Assert.Equal(version, d.Process.Version);
        Assert.Empty(d.Process.ActionPlans);
    }

    [Fact]
    public void SetActionPlan_ThenReviews_ActionsTakeTheDetailsAndEveryReviewAppendsToTheirHistory()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.ActionPlanning).Satisfy();
        var p = d.Process;
        var id = p.Actions[0].Id;
        p.SetActionPlan(d.Leader, new ActionPlan(null, d.Leader, Areas, [new PlannedAction(id, "Hospitering", Areas[1].Id, SampleTeam.Member(2), d.Today.PlusDays(50))]));

        Assert.Equal("Hospitering", p.Actions[0].Title);
        Assert.Equal(SampleTeam.Member(2), p.Actions[0].Owner);
        Assert.True(p.Actions[0].CrossUnit);
        d.Advance().RecordReview(ActionStatus.InProgress);
        var review = new StatusReview(d.Today, [new ActionStatusUpdate(id, ActionStatus.Planned, "Tilbake til start.")]);
        var e = Assert.Throws<ProcessRuleException>(() => p.RecordStatusReview(d.Leader, review));
        Assert.Equal([ConditionCodes.ActionStatusNotAllowed], e.Conditions.Select(c => c.Code));
        p.RecordStatusReview(d.Leader, new StatusReview(d.Today, [new ActionStatusUpdate(id, ActionStatus.Done, "Alle har hospitert.", helpNeeded: false, progress: 100)]));

        var planned = Assert.IsType<PlannedAction>(p.FindPlannedAction(id));
        Assert.Equal([ActionStatus.InProgress, ActionStatus.Done], planned.Updates.Select(u => u.Status));
        Assert.Equal("Alle har hospitert.", planned.ClosingNote);
        Assert.Equal(ActionStatus.Done, p.Actions[0].Status);
    }

    [Fact]
    public void SetActionPlan_ActionAlreadyReviewed_BringsItsStatusIn()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.StatusReviews).Satisfy();
        var p = d.Process;
        var id = p.Actions[0].Id;

        p.SetActionPlan(d.Leader, new ActionPlan(null, d.Leader, Areas, [new PlannedAction(id, "Hospitering", Areas[1].Id, SampleTeam.Member(1), d.Today.PlusDays(50))]));

        var planned = p.FindPlannedAction(id)!;
        Assert.Equal(p.Actions[0].Status, planned.Status);
        Assert.Single(planned.Updates);
        Assert.Equal(p.StatusReviews[^1].Updates[0].Note, planned.Updates[0].Happened);
    }

    [Fact]
    public void RemoveAction_InAPlan_LeavesThePlanToo()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.ActionPlanning).Satisfy();
        var p = d.Process;
        var second = p.AddAction(d.Leader, new ActionDraft("Tavlemøter", owner: SampleTeam.Member(1), dueDate: d.Today.PlusDays(20)));
        p.SetActionPlan(d.Leader, new ActionPlan(new UnitId("u1"), SampleTeam.Member(1), Areas, [new PlannedAction(second, "Tavlemøter", Areas[1].Id)]));

        p.RemoveAction(d.Leader, second);

        Assert.Empty(Assert.Single(p.ActionPlans).Actions);
    }

    [Fact]
    public void RecordMinuteNote_ItemNotOnTheAgenda_IsRefused_AndEndMeetingKeepsTheGroups()
    {
        var d = new CycleDriver { GroupsInAdvance = true }.WalkTo(ProcessStep.Introduction);
        var p = d.Process;
        var e = Assert.Throws<ProcessRuleException>(() => p.RecordMinuteNote(d.Leader, new MinuteNote(p.Agenda!.Items.Count, "x")));
        Assert.Equal([ConditionCodes.MinutesNoSuchItem], e.Conditions.Select(c => c.Code));

        p.RecordMinuteNote(p.MinuteTaker!.Value, new MinuteNote(0, "Åpen innledning.", ContributionKind.Observation));
        d.WalkTo(ProcessStep.ActionPlanning);

        Assert.Equal("Åpen innledning.", Assert.Single(p.Minutes).Text);
        var round = Assert.Single(p.GroupHistory);
        Assert.Equal(p.Groups, round.Groups);
        Assert.Equal(p.Agenda!.Start.Date, round.Date);
    }

    [Fact]
    public void ScheduleStatusReviews_Schedule_SetsTheDatesAndKeepsTheSchedule()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.WayForward);
        var schedule = ReviewSchedule.Every(4, d.Today.PlusDays(7), 3);

        d.Process.ScheduleStatusReviews(d.Leader, schedule);

        Assert.Equal(schedule, d.Process.ReviewSchedule);
        Assert.Equal(schedule.Dates, d.Process.StatusReviewDates);
    }
}

/// <summary>D1–D5: the team's own measures.</summary>
public sealed class TeamMeasuresTests
{
    [Fact]
    public void TeamMeasuresOn_GoldenV2_CountsByTheDefinitions()
    {
        var process = Persistence.PersistenceTestData.Serializer().Deserialize(Persistence.PersistenceTestData.GoldenV2);

        var measures = process.TeamMeasuresOn(new NodaTime.LocalDate(2027, 3, 1));

        // T1 (cross-unit, shared plan) is on hold: started, not completed, not on track; T2 (unit plan) is done.
        Assert.Equal(new TeamMeasures(1, 0, 1, 0, process.Shared.Count, 1, 1), measures);
        Assert.Equal(0.0, measures.ShareOnTrack);
    }
}

using ForBedring.Actions;
using ForBedring.Meetings;
using ForBedring.Process;
using ForBedring.Results;
using ForBedring.Tests.TestSupport;
using NodaTime;

namespace ForBedring.Tests.Persistence;

/// <summary>
/// The fixed scenario that made <c>Golden/process-v2.json</c>: a cycle with groups in advance, minute notes, a review
/// schedule every fourth week, a unit plan and the shared plan for cross-unit actions with resources, sub-steps and an
/// indicator, an agenda laid out by the agenda builder, and two status reviews, one with help needed. Every field new in schema version 2 holds something.
/// </summary>
internal static class GoldenV2Scenario
{
    public static FollowUpProcess Run()
    {
        var (d, t2) = RunToSecondReview();
        var p = d.Process;
        var leader = d.Leader;
        p.RecordStatusReview(leader, new StatusReview(d.Today, [
            new ActionStatusUpdate(p.Actions[0].Id, ActionStatus.OnHold, "Satt på vent til bemanningen er på plass i april.", progress: 30),
            new ActionStatusUpdate(t2, ActionStatus.Done, "Tavlemøtene er faste; avvikene om overlapp er halvert.", progress: 100),
        ]));
        return p;
    }

    /// <summary>Runs the scenario up to the day of the second status review, not yet recorded; returns the driver and the unit plan's action.</summary>
    public static (CycleDriver Driver, ActionId UnitAction) RunToSecondReview()
    {
        var d = new CycleDriver { GroupsInAdvance = true, StatusReporter = SampleTeam.Member(2), PlanAgendaWith = BuiltAgenda };
        var p = d.Process;
        var leader = d.Leader;
        var m1 = SampleTeam.Member(1);
        var m2 = SampleTeam.Member(2);
        var m3 = SampleTeam.Member(3);

        d.WalkTo(ProcessStep.Introduction);
        p.RecordMinuteNote(p.MinuteTaker!.Value, new MinuteNote(0, "Lederen innledet: målet er åpen dialog, ikke konklusjoner ennå.", ContributionKind.Observation, leader));
        d.WalkTo(ProcessStep.Summary);
        p.RecordMinuteNote(p.MinuteTaker!.Value, new MinuteNote(4, "Hvorfor skiller «arbeidsmengde» seg så mye mellom seksjonene?", ContributionKind.Wondering, m3));
        p.RecordMinuteNote(leader, new MinuteNote(7, "Vi prioriterer samarbeid på tvers & arbeidsmengde."));
        d.Satisfy().Advance();
        p.ScheduleStatusReviews(leader, ReviewSchedule.Every(4, d.Today.PlusDays(14), 6));
        d.WalkTo(ProcessStep.ActionPlanning);

        var t2 = p.AddAction(m1, new ActionDraft("Faste tavlemøter i seksjon 1"));
        d.Satisfy();
        var shared = new ActionPlan(
            null,
            leader,
            [
                new FocusArea(new FocusAreaId("F1"), FocusAreaKind.Keep, "Godt samarbeidsklima", [new TopicAreaId("samarbeidsklima")], []),
                new FocusArea(new FocusAreaId("F2"), FocusAreaKind.Improve, "Samarbeid på tvers", [], [new IndicatorId("q17")]),
            ],
            [
                new PlannedAction(
                    p.Actions[0].Id,
                    "Felles tiltak for samarbeid på tvers",
                    new FocusAreaId("F2"),
                    m1,
                    d.Today.PlusDays(120),
                    description: "Hospitering mellom seksjonene én dag i måneden.",
                    successMeasure: "Alle seksjoner har hospitert innen juni; q17 opp i neste måling.",
                    indicator: new IndicatorId("q17"),
                    contributors: [m2],
                    units: [new UnitId("u1"), new UnitId("u2")],
                    resources: [new ActionResource(ResourceKind.HumanResources), new ActionResource(ResourceKind.Other, "Fagutviklingssykepleier")],
                    subSteps: [new ActionSubStep("Lag hospiteringsplan", d.Today.PlusDays(30)), new ActionSubStep("Avtal med tillitsvalgte", done: true)],
                    crossUnit: true),
            ]);
        var unit = new ActionPlan(
            new UnitId("u1"),
            m1,
            [
                new FocusArea(new FocusAreaId("F1"), FocusAreaKind.Keep, "Faglig stolthet", [new TopicAreaId("arbeidsforhold")], []),
                new FocusArea(new FocusAreaId("F2"), FocusAreaKind.Improve, "Arbeidsmengde", [new TopicAreaId("arbeidsforhold")], [new IndicatorId("q12"), new IndicatorId("q13")]),
            ],
            [new PlannedAction(t2, "Faste tavlemøter i seksjon 1", new FocusAreaId("F2"), m1, d.Today.PlusDays(60), resources: [new ActionResource(ResourceKind.SafetyRepresentative)])]);
        p.SetActionPlan(leader, shared);
        p.SetActionPlan(leader, unit);
        d.WalkTo(ProcessStep.StatusReviews);

        d.Clock.Advance(Duration.FromDays(14));
        p.RecordStatusReview(m2, new StatusReview(d.Today, [
            new ActionStatusUpdate(p.Actions[0].Id, ActionStatus.InProgress, "Hospiteringsplanen er laget.", "Første hospitering i mars.", helpNeeded: false, progress: 20),
            new ActionStatusUpdate(t2, ActionStatus.InProgress, "Tavlemøter startet, men tiden strekker ikke til.", "Flytte møtet til 08:15.", helpNeeded: true, progress: 40),
        ]));
        d.Clock.Advance(Duration.FromDays(28));
        return (d, t2);
    }

    /// <summary>The agenda the builder lays out for the whole team, so every item has a kind and a guide reference.</summary>
    public static MeetingAgenda BuiltAgenda(CycleDriver d)
        => new AgendaBuilder().Build(d.Team.Members.Count, d.Today.PlusDays(10).At(new LocalTime(9, 0)).InZoneStrictly(d.Process.TimeZone), 180).Agenda;
}

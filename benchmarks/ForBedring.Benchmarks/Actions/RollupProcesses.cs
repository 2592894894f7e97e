using ForBedring.Actions;
using ForBedring.Benchmarks.Persistence;
using ForBedring.Meetings;
using ForBedring.Process;
using ForBedring.Prompts;
using ForBedring.Results;
using NodaTime;

namespace ForBedring.Benchmarks.Actions;

/// <summary>
/// Processes for the roll-up: the realistic team taken through the meeting to its action plans with 25 actions (a
/// shared plan for the cross-unit ones and one unit plan), adopted and reviewed once with a mix of statuses, or left
/// at action planning.
/// </summary>
internal static class RollupProcesses
{
    public const int ActionsPerTeam = 25;

    private static readonly TopicAreaId[] Topics = [new("samarbeidsklima"), new("arbeidsforhold"), new("sikkerhetsklima"), new("lederatferd")];

    public static FollowUpProcess Build(IClock clock, int variant)
    {
        var p = RealisticProcess.Build(clock);
        var l = p.Team.Leader.Id;
        var members = p.Team.Members;
        foreach (var member in members.Skip(1))
        {
            p.RecordSharing(l, member.Id);
        }

        p.CompleteSharing(l);
        p.FormGroups(l, [new MeetingGroup(members.Take(5).Select(m => m.Id)), new MeetingGroup(members.Skip(5).Select(m => m.Id))]);
        p.AnswerPrompt(l, new PromptId("B4.1"), new TextAnswer("Samarbeid på tvers."));
        p.AnswerPrompt(l, new PromptId("B4.2"), new TextAnswer("Arbeidsmengde."));
        p.AnswerPrompt(l, new PromptId("B4.3"), new YesNoAnswer(true));
        p.CompleteGroupDialogue(l);
        p.CompletePlenaryRound(l);
        var due = new LocalDate(2027, 1, 1);
        var ids = new List<ActionId>();
        for (var i = 0; i < ActionsPerTeam; i++)
        {
            ids.Add(p.AddAction(l, new ActionDraft($"Tiltak {i}", owner: members[i % members.Count].Id, dueDate: due.PlusDays(((i * 7) + variant) % 90), crossUnit: i % 5 == 0)));
        }

        p.CompleteActionKickoff(l);
        p.RecordAgreement(l, "Vi prioriterer samarbeid.");
        p.CompleteSummary(l);
        p.AssignFollowUpTask(l, new FollowUpTask(members[0].Id, "Utkast til plan", new LocalDate(2027, 1, 20)));
        p.ScheduleStatusReviews(l, ReviewSchedule.Every(4, new LocalDate(2027, 2, 1), 6));
        p.EndMeeting(l);

        FocusArea[] areas =
        [
            new(new FocusAreaId("F1"), FocusAreaKind.Keep, "Bevare", [Topics[variant % 4]], []),
            new(new FocusAreaId("F2"), FocusAreaKind.Improve, "Forbedre", [Topics[(variant + 1) % 4], Topics[(variant + 2) % 4]], [new IndicatorId("q1")]),
        ];
        var actions = p.Actions.Select((a, i) => new PlannedAction(a.Id, a.Title, areas[i % 3 == 0 ? 0 : 1].Id, a.Owner, a.DueDate, crossUnit: a.CrossUnit)).ToList();
        p.SetActionPlan(l, new ActionPlan(null, l, areas, actions.Where(a => a.CrossUnit)));
        p.SetActionPlan(l, new ActionPlan(members[2].Unit, members[2].Id, areas, actions.Where(a => !a.CrossUnit)));
        if (variant % 3 == 2)
        {
            return p; // left at action planning
        }

        p.RecordResourceReview(l, new ResourceReview([SupportResource.HumanResources]));
        p.AnswerPrompt(l, new PromptId("C4"), new TextAnswer("Ja, i medarbeidersamtalene."));
        p.AnswerPrompt(l, new PromptId("C7"), new PersonAnswer(members[3].Id));
        p.AdoptActionPlan(l);
        ActionStatus[] statuses = [ActionStatus.InProgress, ActionStatus.Done, ActionStatus.OnHold, ActionStatus.InProgress, ActionStatus.Cancelled, ActionStatus.Planned];
        var today = clock.GetCurrentInstant().InZone(p.TimeZone).Date;
        p.RecordStatusReview(l, new StatusReview(today, ids.Select((id, i) => new ActionStatusUpdate(id, statuses[(i + variant) % statuses.Length], "Status."))));
        return p;
    }
}

using System.Globalization;
using System.Text;
using ForBedring.Actions;
using ForBedring.Meetings;
using ForBedring.Process;
using ForBedring.Prompts;
using NodaTime;

namespace ForBedring.Tests.Process.Model;

/// <summary>One generated command: the action, who gives it, and the arguments its method takes.</summary>
/// <remarks>Only the arguments of <see cref="Action"/>'s method are set. <see cref="ToString"/> reads well in a counterexample.</remarks>
internal sealed record Command(ProcessAction Action, PersonId Actor)
{
    public PromptId Prompt { get; init; }

    public Answer? Answer { get; init; }

    /// <summary>A member, timekeeper, owner: the person the command is about.</summary>
    public PersonId Person { get; init; }

    /// <summary>The minute-taker.</summary>
    public PersonId Person2 { get; init; }

    public LocalDate Date { get; init; }

    public IReadOnlyList<LocalDate>? Dates { get; init; }

    public MeetingAgenda? Agenda { get; init; }

    public IReadOnlyList<MeetingGroup>? Groups { get; init; }

    public ReportDistribution? Reports { get; init; }

    public ActionDraft? Draft { get; init; }

    public ActionId ActionId { get; init; }

    public StatusReview? Review { get; init; }

    public ResourceReview? Resources { get; init; }

    public string? Text { get; init; }

    public ActionPlan? Plan { get; init; }

    public MinuteNote? Note { get; init; }

    /// <summary>The homework's answers, by prompt.</summary>
    public IReadOnlyDictionary<PromptId, Answer>? Answers { get; init; }

    /// <summary>Whether the generator meant it as the next step of a valid cycle (for statistics only).</summary>
    public bool Happy { get; init; }

    /// <summary>Runs the command on the real process.</summary>
    /// <returns>The new action's id for <see cref="ProcessAction.AddAction"/>; otherwise null.</returns>
    public ActionId? RunOn(FollowUpProcess p)
    {
        switch (Action)
        {
            case ProcessAction.AnswerPrompt: p.AnswerPrompt(Actor, Prompt, Answer!); break;
            case ProcessAction.CompleteSelfReflection: p.CompleteSelfReflection(Actor); break;
            case ProcessAction.CompleteStrategicFocus: p.CompleteStrategicFocus(Actor); break;
            case ProcessAction.PlanAgenda: p.PlanAgenda(Actor, Agenda!); break;
            case ProcessAction.AssignMeetingRoles: p.AssignMeetingRoles(Actor, Person, Person2); break;
            case ProcessAction.FormGroups: p.FormGroups(Actor, Groups!); break;
            case ProcessAction.AttachPresentation: p.AttachPresentation(Actor, Text!); break;
            case ProcessAction.CompleteMeetingPlan: p.CompleteMeetingPlan(Actor); break;
            case ProcessAction.SendReports: p.SendReports(Actor, Reports!); break;
            case ProcessAction.AssignHomework: p.AssignHomework(Actor, Date); break;
            case ProcessAction.CollectHomework: p.CollectHomework(Actor); break;
            case ProcessAction.RecordAbsence: p.RecordAbsence(Actor, Person); break;
            case ProcessAction.StartMeeting: p.StartMeeting(Actor); break;
            case ProcessAction.GiveIntroduction: p.GiveIntroduction(Actor); break;
            case ProcessAction.ShareLeaderReflections: p.ShareLeaderReflections(Actor); break;
            case ProcessAction.RecordSharing: p.RecordSharing(Actor, Person); break;
            case ProcessAction.CompleteSharing: p.CompleteSharing(Actor); break;
            case ProcessAction.CompleteGroupDialogue: p.CompleteGroupDialogue(Actor); break;
            case ProcessAction.CompletePlenaryRound: p.CompletePlenaryRound(Actor); break;
            case ProcessAction.AddAction: return p.AddAction(Actor, Draft!);
            case ProcessAction.CompleteActionKickoff: p.CompleteActionKickoff(Actor); break;
            case ProcessAction.RecordAgreement: p.RecordAgreement(Actor, Text!); break;
            case ProcessAction.CompleteSummary: p.CompleteSummary(Actor); break;
            case ProcessAction.AssignFollowUpTask: p.AssignFollowUpTask(Actor, new FollowUpTask(Person, Text!, Date)); break;
            case ProcessAction.ScheduleStatusReviews: p.ScheduleStatusReviews(Actor, Dates!); break;
            case ProcessAction.EndMeeting: p.EndMeeting(Actor); break;
            case ProcessAction.UpdateAction: p.UpdateAction(Actor, ActionId, Draft!); break;
            case ProcessAction.RemoveAction: p.RemoveAction(Actor, ActionId); break;
            case ProcessAction.RecordResourceReview: p.RecordResourceReview(Actor, Resources!); break;
            case ProcessAction.AdoptActionPlan: p.AdoptActionPlan(Actor); break;
            case ProcessAction.RecordStatusReview: p.RecordStatusReview(Actor, Review!); break;
            case ProcessAction.BeginTeamDevelopment: p.BeginTeamDevelopment(Actor); break;
            case ProcessAction.RecordCollaborationCommitment: p.RecordCollaborationCommitment(Actor, Person, Text!); break;
            case ProcessAction.RecordTeamDevelopment: p.RecordTeamDevelopment(Actor, Text!); break;
            case ProcessAction.CloseCycle: p.CloseCycle(Actor); break;
            case ProcessAction.SubmitHomework: p.SubmitHomework(Actor, Answers!); break;
            case ProcessAction.SetActionPlan: p.SetActionPlan(Actor, Plan!); break;
            case ProcessAction.RecordMinuteNote: p.RecordMinuteNote(Actor, Note!); break;
            default: throw new InvalidOperationException("Unknown action " + Action);
        }

        return null;
    }

    public override string ToString()
    {
        var b = new StringBuilder().Append(Action).Append('(').Append(Actor.Value);
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                b.Append(", ").Append(name).Append('=').Append(Convert.ToString(value, CultureInfo.InvariantCulture));
            }
        }

        switch (Action)
        {
            case ProcessAction.AnswerPrompt: Add("prompt", Prompt); Add("answer", Describe.Answer(Answer)); break;
            case ProcessAction.PlanAgenda: Add("agenda", Describe.Agenda(Agenda)); break;
            case ProcessAction.AssignMeetingRoles: Add("timekeeper", Person); Add("minuteTaker", Person2); break;
            case ProcessAction.FormGroups: Add("groups", Describe.Groups(Groups!)); break;
            case ProcessAction.SendReports: Add("reports", string.Join(",", Reports!.MemberReports.Keys)); break;
            case ProcessAction.AssignHomework: Add("due", Date); break;
            case ProcessAction.RecordAbsence or ProcessAction.RecordSharing or ProcessAction.RecordCollaborationCommitment: Add("member", Person); break;
            case ProcessAction.AddAction: Add("draft", Describe.Draft(Draft!)); break;
            case ProcessAction.AssignFollowUpTask: Add("owner", Person); Add("due", Date); break;
            case ProcessAction.ScheduleStatusReviews: Add("dates", string.Join(",", Dates!)); break;
            case ProcessAction.UpdateAction: Add("action", ActionId); Add("draft", Describe.Draft(Draft!)); break;
            case ProcessAction.RemoveAction: Add("action", ActionId); break;
            case ProcessAction.RecordStatusReview: Add("review", Describe.Review(Review!)); break;
            case ProcessAction.SetActionPlan:
                Add("unit", Plan!.Unit?.Value ?? "shared");
                Add("responsible", Plan.Responsible);
                Add("actions", string.Join(",", Plan.Actions.Select(a => a.Id.Value + "/" + (a.Owner?.Value ?? "-"))));
                break;
            case ProcessAction.RecordMinuteNote: Add("item", Note!.ItemIndex); Add("by", Note.By?.Value); break;
            case ProcessAction.SubmitHomework: Add("answers", string.Join(";", Answers!.Select(a => a.Key.Value + "=" + Describe.Answer(a.Value)))); break;
        }

        return b.Append(')').Append(Happy ? " [happy]" : string.Empty).ToString();
    }
}

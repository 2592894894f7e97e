using System.Globalization;
using System.Text;
using ForBedring.Actions;
using ForBedring.Meetings;
using ForBedring.Process;
using ForBedring.Prompts;
using ForBedring.Results;
using ForBedring.Tests.TestSupport;
using NodaTime;

namespace ForBedring.Tests.Process.Model;

/// <summary>
/// A small reference model of the follow-up process, written from the guide and the documented rules, independent of
/// the library's code (it does not use <c>ProcessDefinition</c>, the Stateless machine or <c>BuiltInPrompts</c>).
/// For a command it predicts every unmet condition code (as a multiset); with none it applies the change.
/// </summary>
internal sealed class ProcessModel
{
    private const ProcessStep A1 = ProcessStep.SelfReflection;
    private const ProcessStep A2 = ProcessStep.StrategicFocus;
    private const ProcessStep A3 = ProcessStep.MeetingPlanning;
    private const ProcessStep A4 = ProcessStep.ReportDistribution;
    private const ProcessStep A5 = ProcessStep.Homework;
    private const ProcessStep Ready = ProcessStep.ReadyForMeeting;
    private const ProcessStep B1 = ProcessStep.Introduction;
    private const ProcessStep B2 = ProcessStep.LeaderReflections;
    private const ProcessStep B3 = ProcessStep.MembersSharing;
    private const ProcessStep B4 = ProcessStep.GroupDialogue;
    private const ProcessStep B4Plenary = ProcessStep.PlenaryRound;
    private const ProcessStep B5 = ProcessStep.ActionKickoff;
    private const ProcessStep B6 = ProcessStep.Summary;
    private const ProcessStep B7 = ProcessStep.WayForward;
    private const ProcessStep C1 = ProcessStep.ActionPlanning;
    private const ProcessStep C2 = ProcessStep.StatusReviews;
    private const ProcessStep D = ProcessStep.TeamDevelopment;
    private const ProcessStep Closed = ProcessStep.Closed;

    /// <summary>Who may do what, where, and where it leads: the model's own copy of the documented table.</summary>
    public static readonly IReadOnlyDictionary<ProcessAction, (Role Role, ProcessStep[] Steps, ProcessStep? Target)> Table =
        new Dictionary<ProcessAction, (Role, ProcessStep[], ProcessStep?)>
        {
            // AnswerPrompt: wherever a prompt of the catalogue is open (see IsAllowed).
            [ProcessAction.AnswerPrompt] = (Role.Respondent, [], null),
            [ProcessAction.CompleteSelfReflection] = (Role.Leader, [A1], A2),
            [ProcessAction.CompleteStrategicFocus] = (Role.Leader, [A2], A3),
            [ProcessAction.PlanAgenda] = (Role.Leader, [A3, A4, A5, Ready], null),
            [ProcessAction.AssignMeetingRoles] = (Role.Leader, [A3, A4, A5, Ready], null),
            [ProcessAction.FormGroups] = (Role.Leader, [A3, A4, A5, Ready, B1, B2, B3, B4], null),
            [ProcessAction.AttachPresentation] = (Role.Leader, [A3, A4, A5, Ready], null),
            [ProcessAction.CompleteMeetingPlan] = (Role.Leader, [A3], A4),
            [ProcessAction.SendReports] = (Role.Leader, [A4], A5),
            [ProcessAction.AssignHomework] = (Role.Leader, [A5], null),
            [ProcessAction.SubmitHomework] = (Role.Member, [A5, Ready], null),
            [ProcessAction.CollectHomework] = (Role.Leader, [A5], Ready),
            [ProcessAction.RecordAbsence] = (Role.Recorder, [A5, Ready, B1, B2, B3], null),
            [ProcessAction.StartMeeting] = (Role.Leader, [Ready], B1),
            [ProcessAction.GiveIntroduction] = (Role.Leader, [B1], B2),
            [ProcessAction.ShareLeaderReflections] = (Role.Leader, [B2], B3),
            [ProcessAction.RecordSharing] = (Role.Recorder, [B3], null),
            [ProcessAction.CompleteSharing] = (Role.Leader, [B3], B4),
            [ProcessAction.CompleteGroupDialogue] = (Role.Leader, [B4], B4Plenary),
            [ProcessAction.CompletePlenaryRound] = (Role.Leader, [B4Plenary], B5),
            [ProcessAction.AddAction] = (Role.Anyone, [B5, C1, C2, D], null),
            [ProcessAction.CompleteActionKickoff] = (Role.Leader, [B5], B6),
            [ProcessAction.RecordAgreement] = (Role.Recorder, [B6], null),
            [ProcessAction.CompleteSummary] = (Role.Leader, [B6], B7),
            [ProcessAction.AssignFollowUpTask] = (Role.Recorder, [B7], null),
            [ProcessAction.ScheduleStatusReviews] = (Role.Leader, [B7, C1, C2, D], null),
            [ProcessAction.EndMeeting] = (Role.Leader, [B7], C1),
            [ProcessAction.UpdateAction] = (Role.Anyone, [C1, C2, D], null),
            [ProcessAction.RemoveAction] = (Role.Leader, [C1], null),
            [ProcessAction.RecordResourceReview] = (Role.Leader, [C1], null),
            [ProcessAction.AdoptActionPlan] = (Role.Leader, [C1], C2),
            [ProcessAction.RecordStatusReview] = (Role.StatusReporter, [C2, D], null),
            [ProcessAction.BeginTeamDevelopment] = (Role.Leader, [C2], D),
            [ProcessAction.RecordCollaborationCommitment] = (Role.MemberOrLeader, [D], null),
            [ProcessAction.RecordTeamDevelopment] = (Role.Leader, [D], null),
            [ProcessAction.CloseCycle] = (Role.Leader, [D], Closed),
            [ProcessAction.SetActionPlan] = (Role.Leader, [C1, C2, D], null),
            [ProcessAction.RecordMinuteNote] = (Role.Recorder, [B1, B2, B3, B4, B4Plenary, B5, B6, B7], null),
        };

    /// <summary>The plans: their unit (null for the shared plan) and the ids of their actions, in order.</summary>
    private readonly List<(UnitId? Unit, List<ActionId> Ids)> _plans = [];

    /// <summary>How many updates each plan action's history holds.</summary>
    private readonly Dictionary<ActionId, int> _planUpdates = [];

    private int _minutes;
    private int _groupRounds;

    private readonly LeadershipTeam _team;
    private readonly Func<Instant> _now;
    private readonly List<(PromptId Prompt, PersonId? Respondent, Answer Answer, PersonId By, Instant At)> _answers = [];
    private readonly List<ModelAction> _actions = [];
    private readonly List<string> _agreements = [];
    private readonly List<FollowUpTask> _tasks = [];
    private readonly List<StatusReview> _reviews = [];
    private readonly List<(PersonId Member, string Text)> _commitments = [];
    private readonly List<string> _notes = [];
    private readonly List<string> _history = [];
    private IReadOnlyList<LocalDate> _reviewDates = [];

    public ProcessModel(LeadershipTeam team, Func<Instant> now)
    {
        _team = team;
        _now = now;
    }

    public enum Role
    {
        Leader,
        Recorder,
        Anyone,
        StatusReporter,
        MemberOrLeader,
        Respondent,
        Member,
    }

    public ProcessStep Step { get; private set; } = A1;

    public long Version { get; private set; }

    public LeadershipTeam Team => _team;

    public PersonId Leader => _team.Leader.Id;

    public IEnumerable<PersonId> Members => _team.Members.Select(m => m.Id);

    public MeetingAgenda? Agenda { get; private set; }

    public PersonId? Timekeeper { get; private set; }

    public PersonId? MinuteTaker { get; private set; }

    public IReadOnlyList<MeetingGroup> Groups { get; private set; } = [];

    public List<PersonId> Absent { get; } = [];

    public List<PersonId> Shared { get; } = [];

    public LocalDate? HomeworkDue { get; private set; }

    public int ActionSequence { get; private set; }

    public IReadOnlyList<ModelAction> Actions => _actions;

    public int Agreements => _agreements.Count;

    public int Tasks => _tasks.Count;

    public IReadOnlyList<LocalDate> ReviewDates => _reviewDates;

    public bool ResourcesReviewed => _resources is not null;

    public IReadOnlyList<StatusReview> Reviews => _reviews;

    public int Notes => _notes.Count;

    public LocalDate Today => _now().InZone(TestClock.Oslo).Date;

    public IEnumerable<PersonId> Present => Members.Where(m => !Absent.Contains(m));

    public PersonId? StatusReporter => (AnswerOf("C7", null) as PersonAnswer)?.Person;

    public bool InOtherPlan(ActionId id, UnitId? unit) => _plans.Any(p => p.Unit != unit && p.Ids.Contains(id));

    public bool HasCommitment(PersonId member) => _commitments.Any(c => c.Member == member);

    private ResourceReview? _resources;
    private ReportDistribution? _reports;
    private Instant? _reportsSentAt;
    private string? _presentation;

    public static ProcessPhase PhaseOf(ProcessStep step) => step switch
    {
        <= Ready => ProcessPhase.Preparation,
        <= B7 => ProcessPhase.Meeting,
        <= C2 => ProcessPhase.ActionDevelopment,
        D => ProcessPhase.TeamDevelopment,
        _ => ProcessPhase.Closed,
    };

    /// <summary>The guide's rule for answers: from the prompt's own step until its phase ends.</summary>
    public static bool IsOpen(GuidePrompt prompt, ProcessStep step) => step >= prompt.Step && PhaseOf(step) == PhaseOf(prompt.Step) && step != Closed;

    public static bool IsAllowed(ProcessAction action, ProcessStep step)
        => action == ProcessAction.AnswerPrompt ? GuidePrompts.All.Any(p => IsOpen(p, step)) : Table[action].Steps.Contains(step);

    public bool IsOnTeam(PersonId person) => person == Leader || Members.Contains(person);

    public bool IsMember(PersonId person) => Members.Contains(person);

    public bool IsRecorder(PersonId person) => person == Leader || person == MinuteTaker;

    public Answer? AnswerOf(string prompt, PersonId? respondent)
        => _answers.FirstOrDefault(a => a.Prompt.Value == prompt && a.Respondent == respondent).Answer;

    public bool AgendaComplete
        => Agenda is { } a
           && Enum.GetValues<AgendaSection>().All(s => a.Items.Any(i => i.Section == s))
           && a.Items.Zip(a.Items.Skip(1)).All(x => x.First.Section <= x.Second.Section);

    /// <summary>The actions possible now for someone with the right role.</summary>
    public IReadOnlyList<ProcessAction> Available()
        => Enum.GetValues<ProcessAction>().Where(a => IsAllowed(a, Step) && GuardCodes(a).Count == 0).ToList();

    /// <summary>The codes <c>CanPerform(action, actor, out reasons)</c> gives: the actor's, then the step's.</summary>
    public List<string> CanPerformCodes(ProcessAction action, PersonId? actor)
    {
        var codes = actor is { } a ? ActorCodes(action, a, null) : [];
        codes.AddRange(StepCodes(action));
        return codes;
    }

    /// <summary>Every condition code the command breaks; empty when it is valid.</summary>
    public List<string> Predict(Command c)
    {
        var codes = ActorCodes(c.Action, c.Actor, c.Action == ProcessAction.RecordCollaborationCommitment ? c.Person : null);
        var step = StepCodes(c.Action);
        codes.AddRange(step);
        if (!step.Contains("process.not-in-step"))
        {
            codes.AddRange(ArgumentCodes(c));
        }

        return codes;
    }

    private List<string> ActorCodes(ProcessAction action, PersonId actor, PersonId? subject)
    {
        if (!IsOnTeam(actor))
        {
            return ["actor.not-on-team"];
        }

        var codes = new List<string>();
        switch (Table[action].Role)
        {
            case Role.Leader when actor != Leader:
                codes.Add("actor.not-leader");
                break;
            case Role.Recorder when !IsRecorder(actor):
                codes.Add("actor.not-recorder");
                break;
            case Role.StatusReporter when actor != Leader && actor != StatusReporter:
                codes.Add("actor.not-status-reporter");
                break;
            case Role.Member when !IsMember(actor):
                codes.Add("actor.not-member");
                break;
            case Role.MemberOrLeader when subject is { } member && actor != Leader && actor != member:
                codes.Add("actor.not-member-or-leader");
                break;
        }

        return codes;
    }

    private List<string> StepCodes(ProcessAction action) => IsAllowed(action, Step) ? GuardCodes(action) : ["process.not-in-step"];

    /// <summary>The guide's rules for leaving a step.</summary>
    public List<string> GuardCodes(ProcessAction action)
    {
        var codes = new List<string>();

        // Leaving a step needs its required prompts; B4's are required when the plenary round ends.
        if (Table[action].Target is not null && Step != B4)
        {
            Unanswered(Step, codes);
        }

        switch (action)
        {
            case ProcessAction.CompleteMeetingPlan:
                MeetingPlan(codes);
                break;
            case ProcessAction.CollectHomework:
                if (HomeworkDue is null)
                {
                    codes.Add("homework.not-assigned");
                }

                break;
            case ProcessAction.StartMeeting:
                MeetingPlan(codes);
                if (_reports is null)
                {
                    codes.Add("reports.not-sent");
                }

                if (!Present.Any())
                {
                    codes.Add("meeting.nobody-present");
                }

                break;
            case ProcessAction.CompleteSharing:
                codes.AddRange(Present.Where(m => !Shared.Contains(m)).Select(_ => "sharing.missing"));
                break;
            case ProcessAction.CompleteGroupDialogue:
                if (Groups.Count == 0)
                {
                    codes.Add("groups.missing");
                }
                else
                {
                    codes.AddRange(Present.Where(m => !Groups.Any(g => g.Members.Contains(m))).Select(_ => "groups.person-missing"));
                }

                break;
            case ProcessAction.CompletePlenaryRound:
                Unanswered(B4, codes);
                break;
            case ProcessAction.CompleteSummary:
                if (Agreements == 0)
                {
                    codes.Add("summary.nothing-agreed");
                }

                break;
            case ProcessAction.EndMeeting:
                if (Agreements == 0)
                {
                    codes.Add("summary.nothing-agreed");
                }

                if (Tasks == 0)
                {
                    codes.Add("way-forward.no-tasks");
                }

                if (!_reviewDates.Any(d => d >= Today))
                {
                    codes.Add("way-forward.no-dates");
                }

                break;
            case ProcessAction.AdoptActionPlan:
                if (_actions.Count == 0)
                {
                    codes.Add("plan.no-actions");
                }

                foreach (var a in _actions.Where(a => a.IsOpen))
                {
                    if (a.Owner is null)
                    {
                        codes.Add("plan.action-without-owner");
                    }

                    if (a.Due is null)
                    {
                        codes.Add("plan.action-without-due-date");
                    }
                }

                if (_resources is null)
                {
                    codes.Add("plan.resources-not-reviewed");
                }

                break;
            case ProcessAction.BeginTeamDevelopment:
                if (_reviews.Count == 0)
                {
                    codes.Add("status.no-review");
                }

                break;
            case ProcessAction.CloseCycle:
                codes.AddRange(Members.Where(m => !HasCommitment(m)).Select(_ => "team.commitment-missing"));
                if (_notes.Count == 0)
                {
                    codes.Add("team.development-missing");
                }

                break;
        }

        return codes;
    }

    private void MeetingPlan(List<string> codes)
    {
        if (Step != A3)
        {
            Unanswered(A3, codes);
        }

        if (Agenda is not { } agenda)
        {
            codes.Add("agenda.missing");
        }
        else
        {
            codes.AddRange(Enum.GetValues<AgendaSection>().Where(s => !agenda.Items.Any(i => i.Section == s)).Select(_ => "agenda.part-missing"));
            if (!agenda.Items.Zip(agenda.Items.Skip(1)).All(x => x.First.Section <= x.Second.Section))
            {
                codes.Add("agenda.part-order");
            }
        }

        // A3.4: a timekeeper and a minute-taker who are not the chair and take part; one person may do both.
        if (Timekeeper is not { } timekeeper)
        {
            codes.Add("roles.timekeeper-missing");
        }
        else if (timekeeper == Leader)
        {
            codes.Add("roles.timekeeper-is-chair");
        }
        else if (Absent.Contains(timekeeper))
        {
            codes.Add("roles.absent");
        }

        if (MinuteTaker is not { } minuteTaker)
        {
            codes.Add("roles.minute-taker-missing");
        }
        else if (minuteTaker == Leader)
        {
            codes.Add("roles.minute-taker-is-chair");
        }
        else if (Absent.Contains(minuteTaker) && minuteTaker != Timekeeper)
        {
            codes.Add("roles.absent");
        }

        if (AnswerOf("A3.5", Leader) is YesNoAnswer { Value: true } && Groups.Count == 0)
        {
            codes.Add("groups.missing");
        }
    }

    private void Unanswered(ProcessStep step, List<string> codes)
    {
        foreach (var prompt in GuidePrompts.All.Where(p => p.Step == step))
        {
            var missing = prompt.Audience switch
            {
                PromptAudience.Leader => AnswerOf(prompt.Id, Leader) is null ? 1 : 0,
                PromptAudience.WholeTeam => AnswerOf(prompt.Id, null) is null ? 1 : 0,
                _ => Present.Count(m => AnswerOf(prompt.Id, m) is null),
            };
            codes.AddRange(Enumerable.Repeat("prompt.unanswered", missing));
        }
    }

    private List<string> ArgumentCodes(Command c)
    {
        var codes = new List<string>();
        switch (c.Action)
        {
            case ProcessAction.AnswerPrompt:
                AnswerCodes(c, codes);
                break;
            case ProcessAction.PlanAgenda:
                NotPast(c.Agenda!.Start.Date, codes);
                HomeworkBeforeMeeting(HomeworkDue, c.Agenda.Start.Date, codes);
                break;
            case ProcessAction.AssignMeetingRoles:
                OnTeam(c.Person, codes);
                OnTeam(c.Person2, codes);
                if (c.Person == Leader)
                {
                    codes.Add("roles.timekeeper-is-chair");
                }

                if (c.Person2 == Leader)
                {
                    codes.Add("roles.minute-taker-is-chair");
                }

                break;
            case ProcessAction.FormGroups:
                if (c.Groups!.Count == 0)
                {
                    codes.Add("groups.none");
                }

                var seen = new HashSet<PersonId>();
                foreach (var person in c.Groups.SelectMany(g => g.Members))
                {
                    OnTeam(person, codes);
                    if (!seen.Add(person))
                    {
                        codes.Add("groups.person-twice");
                    }
                }

                break;
            case ProcessAction.SendReports:
                codes.AddRange(Members.Where(m => !c.Reports!.MemberReports.ContainsKey(m)).Select(_ => "reports.member-missing"));
                codes.AddRange(c.Reports!.MemberReports.Keys.Where(k => !IsMember(k)).Select(_ => "person.not-a-member"));
                break;
            case ProcessAction.AssignHomework:
                NotPast(c.Date, codes);
                HomeworkBeforeMeeting(c.Date, Agenda?.Start.Date, codes);
                break;
            case ProcessAction.SubmitHomework:
                if (HomeworkDue is null)
                {
                    codes.Add("homework.not-assigned");
                }

                foreach (var pair in c.Answers!)
                {
                    var prompt = GuidePrompts.All.FirstOrDefault(p => p.PromptId == pair.Key && p.Audience == PromptAudience.EachMember);
                    if (prompt is null)
                    {
                        codes.Add("homework.not-a-question");
                    }
                    else
                    {
                        ValidationCodes(prompt, pair.Value, codes);
                    }
                }

                codes.AddRange(GuidePrompts.All.Where(p => p.Audience == PromptAudience.EachMember && !c.Answers.ContainsKey(p.PromptId)).Select(_ => "prompt.unanswered"));
                break;
            case ProcessAction.RecordAbsence:
                if (!IsMember(c.Person))
                {
                    codes.Add("person.not-a-member");
                }
                else if (Shared.Contains(c.Person))
                {
                    codes.Add("absence.already-shared");
                }
                else if (Absent.Contains(c.Person))
                {
                    codes.Add("absence.already-recorded");
                }
                else
                {
                    if (Present.Count() == 1)
                    {
                        codes.Add("absence.last-present");
                    }

                    if (PhaseOf(Step) == ProcessPhase.Meeting && (c.Person == Timekeeper || c.Person == MinuteTaker))
                    {
                        codes.Add("absence.role-holder");
                    }
                }

                break;
            case ProcessAction.RecordSharing:
                if (!IsMember(c.Person))
                {
                    codes.Add("person.not-a-member");
                }
                else if (Absent.Contains(c.Person))
                {
                    codes.Add("sharing.absent");
                }
                else if (Shared.Contains(c.Person))
                {
                    codes.Add("sharing.already");
                }

                break;
            case ProcessAction.AddAction:
                DraftCodes(c.Draft!, codes);
                if (_actions.Count >= FollowUpProcess.MaxActions)
                {
                    codes.Add("plan.full");
                }

                break;
            case ProcessAction.AssignFollowUpTask:
                OnTeam(c.Person, codes);
                NotPast(c.Date, codes);
                break;
            case ProcessAction.ScheduleStatusReviews:
                if (c.Dates!.Count == 0)
                {
                    codes.Add("schedule.empty");
                }

                codes.AddRange(c.Dates.GroupBy(d => d).Where(g => g.Count() > 1).Select(_ => "schedule.date-twice"));
                foreach (var date in c.Dates.Distinct().Where(d => !_reviewDates.Contains(d)))
                {
                    NotPast(date, codes);
                }

                break;
            case ProcessAction.UpdateAction:
                KnownAction(c.ActionId, codes);
                DraftCodes(c.Draft!, codes);
                break;
            case ProcessAction.RemoveAction:
                KnownAction(c.ActionId, codes);
                break;
            case ProcessAction.RecordStatusReview:
                ReviewCodes(c.Review!, codes);
                break;
            case ProcessAction.RecordCollaborationCommitment:
                if (!IsMember(c.Person))
                {
                    codes.Add("person.not-a-member");
                }

                break;
            case ProcessAction.SetActionPlan:
                var plan = c.Plan!;
                if (plan.Unit is { } unit && unit != _team.Unit && _team.Leader.Unit != unit && !_team.Members.Any(x => x.Unit == unit))
                {
                    codes.Add("plan.unknown-unit");
                }

                OnTeam(plan.Responsible, codes);
                foreach (var a in plan.Actions)
                {
                    if (!_actions.Any(x => x.Id == a.Id))
                    {
                        codes.Add("action.unknown");
                    }

                    if (_plans.Any(p => p.Unit != plan.Unit && p.Ids.Contains(a.Id)))
                    {
                        codes.Add("plan.action-in-other-plan");
                    }

                    foreach (var person in a.Contributors.Concat(a.Owner is { } o ? [o] : []))
                    {
                        OnTeam(person, codes);
                    }
                }

                break;
            case ProcessAction.RecordMinuteNote:
                if (Agenda is null || c.Note!.ItemIndex >= Agenda.Items.Count)
                {
                    codes.Add("minutes.no-such-item");
                }

                if (c.Note!.By is { } by)
                {
                    OnTeam(by, codes);
                }

                break;
        }

        return codes;
    }

    private void AnswerCodes(Command c, List<string> codes)
    {
        var prompt = GuidePrompts.All.FirstOrDefault(p => p.PromptId == c.Prompt);
        if (prompt is null)
        {
            codes.Add("prompt.unknown");
            return;
        }

        if (!IsOpen(prompt, Step))
        {
            codes.Add("prompt.not-now");
        }

        if (IsOnTeam(c.Actor) && !CanRespond(prompt, c.Actor))
        {
            codes.Add("prompt.wrong-respondent");
        }

        if (prompt.Audience == PromptAudience.EachMember && HomeworkDue is null)
        {
            codes.Add("homework.not-assigned");
        }

        ValidationCodes(prompt, c.Answer!, codes);
    }

    /// <summary>The codes of an answer that does not fit its prompt.</summary>
    private void ValidationCodes(GuidePrompt prompt, Answer answer, List<string> codes)
    {
        if (answer.Kind != prompt.Kind)
        {
            codes.Add("answer.wrong-kind");
            return;
        }

        switch (answer)
        {
            case TopicAreasAnswer topics:
                if (topics.Items.Count < prompt.MinChoices)
                {
                    codes.Add("answer.too-few");
                }

                if (topics.Items.Count > prompt.MaxChoices)
                {
                    codes.Add("answer.too-many");
                }

                codes.AddRange(topics.Items.GroupBy(i => i).Where(g => g.Count() > 1).Select(_ => "answer.duplicate"));
                codes.AddRange(topics.Items.Distinct().Where(i => !TopicAreaCatalog.ForBedring.Contains(i)).Select(_ => "answer.unknown-topic-area"));
                break;
            case PersonAnswer { Person: null } when !prompt.AllowNobody:
                codes.Add("answer.nobody-not-allowed");
                break;
            case PersonAnswer { Person: { } person } when !IsOnTeam(person):
                codes.Add("answer.person-not-on-team");
                break;
        }
    }

    private bool CanRespond(GuidePrompt prompt, PersonId actor) => prompt.Audience switch
    {
        PromptAudience.Leader => actor == Leader,
        PromptAudience.EachMember => IsMember(actor),
        _ => IsRecorder(actor),
    };

    private void DraftCodes(ActionDraft draft, List<string> codes)
    {
        if (draft.Owner is { } owner)
        {
            OnTeam(owner, codes);
        }

        // After adoption an action keeps its owner and due date (C5).
        if (Step is C2 or D)
        {
            if (draft.Owner is null)
            {
                codes.Add("plan.action-without-owner");
            }

            if (draft.DueDate is null)
            {
                codes.Add("plan.action-without-due-date");
            }
        }
    }

    private static void HomeworkBeforeMeeting(LocalDate? due, LocalDate? meeting, List<string> codes)
    {
        if (due is { } d && meeting is { } m && d > m)
        {
            codes.Add("homework.after-meeting");
        }
    }

    /// <summary>The date the read-back meeting was held: the day it was started.</summary>
    public LocalDate? MeetingDate { get; private set; }

    private void KnownAction(ActionId id, List<string> codes)
    {
        if (!_actions.Any(a => a.Id == id))
        {
            codes.Add("action.unknown");
        }
    }

    private void ReviewCodes(StatusReview review, List<string> codes)
    {
        if (review.Date > Today)
        {
            codes.Add("review.date-future");
        }

        if (MeetingDate is { } held && review.Date < held)
        {
            codes.Add("review.before-meeting");
        }

        if (_reviews.Count > 0 && review.Date < _reviews[^1].Date)
        {
            codes.Add("review.before-last");
        }

        codes.AddRange(review.Updates.GroupBy(u => u.Action).Where(g => g.Count() > 1).Select(_ => "review.action-twice"));
        foreach (var update in review.Updates)
        {
            var action = _actions.FirstOrDefault(a => a.Id == update.Action);
            if (action is null)
            {
                codes.Add("action.unknown");
            }
            else if (!action.IsOpen)
            {
                codes.Add("review.action-closed");
            }
        }

        // A plan action, once started, never goes back to planned (ActionLifecycle).
        foreach (var update in review.Updates)
        {
            if (_plans.Any(p => p.Ids.Contains(update.Action))
                && _actions.First(a => a.Id == update.Action).Status is ActionStatus.InProgress or ActionStatus.OnHold
                && update.Status == ActionStatus.Planned)
            {
                codes.Add("action-status.not-allowed");
            }
        }

        codes.AddRange(_actions.Where(a => a.IsOpen && !review.Updates.Any(u => u.Action == a.Id)).Select(_ => "review.action-missing"));
    }

    private void OnTeam(PersonId person, List<string> codes)
    {
        if (!IsOnTeam(person))
        {
            codes.Add("person.not-on-team");
        }
    }

    private void NotPast(LocalDate date, List<string> codes)
    {
        if (date < Today)
        {
            codes.Add("date.past");
        }
    }

    /// <summary>Applies a command the model says is valid.</summary>
    /// <returns>The id of a new action, or null.</returns>
    public ActionId? Apply(Command c)
    {
        var from = Step;
        var now = _now();
        string? subject = null;
        ActionId? added = null;
        switch (c.Action)
        {
            case ProcessAction.AnswerPrompt:
                var prompt = GuidePrompts.All.Single(p => p.PromptId == c.Prompt);
                PersonId? respondent = prompt.Audience == PromptAudience.WholeTeam ? null : c.Actor;
                var i = _answers.FindIndex(a => a.Prompt == c.Prompt && a.Respondent == respondent);
                var given = (c.Prompt, respondent, c.Answer!, c.Actor, now);
                if (i >= 0)
                {
                    _answers[i] = given;
                }
                else
                {
                    _answers.Add(given);
                }

                subject = c.Prompt.Value;
                break;
            case ProcessAction.PlanAgenda: Agenda = c.Agenda; break;
            case ProcessAction.AssignMeetingRoles: Timekeeper = c.Person; MinuteTaker = c.Person2; break;
            case ProcessAction.FormGroups: Groups = c.Groups!; break;
            case ProcessAction.AttachPresentation: _presentation = c.Text; break;
            case ProcessAction.SendReports: _reports = c.Reports; _reportsSentAt = now; break;
            case ProcessAction.AssignHomework: HomeworkDue = c.Date; subject = Describe.Date(c.Date); break;
            case ProcessAction.RecordAbsence: Absent.Add(c.Person); subject = c.Person.Value; break;
            case ProcessAction.StartMeeting: MeetingDate ??= Today; break;
            case ProcessAction.SubmitHomework:
                foreach (var pair in c.Answers!.OrderBy(a => a.Key.Value, StringComparer.Ordinal))
                {
                    var k = _answers.FindIndex(a => a.Prompt == pair.Key && a.Respondent == c.Actor);
                    var handedIn = (pair.Key, (PersonId?)c.Actor, pair.Value, c.Actor, now);
                    if (k >= 0)
                    {
                        _answers[k] = handedIn;
                    }
                    else
                    {
                        _answers.Add(handedIn);
                    }
                }

                subject = c.Actor.Value;
                break;
            case ProcessAction.RecordSharing: Shared.Add(c.Person); subject = c.Person.Value; break;
            case ProcessAction.AddAction:
                ActionSequence++;
                added = new ActionId("T" + ActionSequence.ToString(CultureInfo.InvariantCulture));
                _actions.Add(new ModelAction(added.Value, c.Draft!.Title, c.Draft.Owner, c.Draft.DueDate, c.Draft.CrossUnit, ActionStatus.Planned, Step));
                subject = added.Value.Value;
                break;
            case ProcessAction.RecordAgreement: _agreements.Add(c.Text!); break;
            case ProcessAction.AssignFollowUpTask: _tasks.Add(new FollowUpTask(c.Person, c.Text!, c.Date)); subject = c.Person.Value; break;
            case ProcessAction.ScheduleStatusReviews: _reviewDates = [.. _reviewDates.Where(d => d < Today).Union(c.Dates!).OrderBy(d => d)]; break;
            case ProcessAction.UpdateAction:
                var index = _actions.FindIndex(a => a.Id == c.ActionId);
                _actions[index] = _actions[index] with { Title = c.Draft!.Title, Owner = c.Draft.Owner, Due = c.Draft.DueDate, CrossUnit = c.Draft.CrossUnit };
                subject = c.ActionId.Value;
                break;
            case ProcessAction.RemoveAction:
                _actions.RemoveAll(a => a.Id == c.ActionId);
                _plans.ForEach(p => p.Ids.Remove(c.ActionId));
                _planUpdates.Remove(c.ActionId);
                subject = c.ActionId.Value;
                break;
            case ProcessAction.SetActionPlan:
                var plan = c.Plan!;
                var ids = plan.Actions.Select(a => a.Id).ToList();
                var existing = _plans.FindIndex(p => p.Unit == plan.Unit);
                var before = existing >= 0 ? _plans[existing].Ids : [];
                foreach (var gone in before.Where(x => !ids.Contains(x)))
                {
                    _planUpdates.Remove(gone);
                }

                foreach (var a in plan.Actions)
                {
                    var k = _actions.FindIndex(x => x.Id == a.Id);
                    _actions[k] = _actions[k] with { Title = a.Title, Owner = a.Owner, Due = a.DueDate, CrossUnit = a.CrossUnit || plan.Unit is null };
                    if (!before.Contains(a.Id))
                    {
                        // An action that reviews already took on brings its status in as one update.
                        _planUpdates[a.Id] = _actions[k].Status == ActionStatus.Planned ? 0 : 1;
                    }
                }

                if (existing >= 0)
                {
                    _plans[existing] = (plan.Unit, ids);
                }
                else
                {
                    _plans.Add((plan.Unit, ids));
                }

                subject = plan.Unit?.Value;
                break;
            case ProcessAction.RecordMinuteNote: _minutes++; subject = c.Note!.ItemIndex.ToString(CultureInfo.InvariantCulture); break;
            case ProcessAction.EndMeeting:
                if (Groups.Count > 0)
                {
                    _groupRounds++;
                }

                break;
            case ProcessAction.RecordResourceReview: _resources = c.Resources; break;
            case ProcessAction.RecordStatusReview:
                _reviews.Add(c.Review!);
                for (var k = 0; k < _actions.Count; k++)
                {
                    if (c.Review!.Updates.FirstOrDefault(u => u.Action == _actions[k].Id) is { } update)
                    {
                        if (_planUpdates.TryGetValue(_actions[k].Id, out var n))
                        {
                            _planUpdates[_actions[k].Id] = n + 1;
                        }

                        _actions[k] = _actions[k] with { Status = update.Status };
                    }
                }

                subject = Describe.Date(c.Review!.Date);
                break;
            case ProcessAction.RecordCollaborationCommitment:
                var at = _commitments.FindIndex(x => x.Member == c.Person);
                if (at >= 0)
                {
                    _commitments[at] = (c.Person, c.Text!);
                }
                else
                {
                    _commitments.Add((c.Person, c.Text!));
                }

                subject = c.Person.Value;
                break;
            case ProcessAction.RecordTeamDevelopment: _notes.Add(c.Text!); break;
        }

        if (Table[c.Action].Target is { } target)
        {
            Step = target;
        }

        Version++;
        _history.Add($"v{Version} {now} {c.Actor.Value} {c.Action} {from}->{Step} subject={subject ?? "-"}");
        return added;
    }

    /// <summary>Everything the model tracks, in the format of <see cref="Describe.Process"/>.</summary>
    public string Snapshot()
    {
        var b = new StringBuilder();
        b.Append("step=").Append(Step).Append(" version=").Append(Version).Append(" history=").Append(_history.Count).AppendLine();
        b.Append("last=").AppendLine(_history.Count == 0 ? "-" : _history[^1]);
        foreach (var a in _answers)
        {
            b.Append("answer ").Append(a.Prompt.Value).Append('/').Append(a.Respondent?.Value ?? "team").Append(" by ").Append(a.By.Value)
                .Append(" at ").Append(a.At).Append(": ").AppendLine(Describe.Answer(a.Answer));
        }

        b.Append("agenda=").AppendLine(Describe.Agenda(Agenda));
        b.Append("timekeeper=").Append(Timekeeper?.Value ?? "-").Append(" minuteTaker=").Append(MinuteTaker?.Value ?? "-")
            .Append(" presentation=").AppendLine(_presentation ?? "-");
        b.Append("groups=").AppendLine(Describe.Groups(Groups));
        b.Append("reports=").Append(_reports is null ? "-" : _reports.CommonReport + ":" + string.Join(",", _reports.MemberReports.OrderBy(r => r.Key.Value, StringComparer.Ordinal).Select(r => r.Key.Value + "=" + r.Value)))
            .Append(" sentAt=").AppendLine(_reportsSentAt?.ToString() ?? "-");
        b.Append("homework=").AppendLine(Describe.Date(HomeworkDue));
        b.Append("absent=").Append(Describe.Ids(Absent)).Append(" shared=").AppendLine(Describe.Ids(Shared));
        b.Append("actions=").AppendLine(string.Join(" ", _actions.Select(a => $"{a.Id.Value}({a.Title}|owner={a.Owner?.Value ?? "-"}|due={Describe.Date(a.Due)}|cross={a.CrossUnit}|{a.Status}|origin={a.Origin})")));
        b.Append("agreements=").AppendLine(string.Join("|", _agreements));
        b.Append("tasks=").AppendLine(string.Join(" ", _tasks.Select(t => t.Owner.Value + ":" + t.Description + ":" + Describe.Date(t.Due))));
        b.Append("reviewDates=").AppendLine(string.Join(",", _reviewDates.Select(d => Describe.Date(d))));
        b.Append("resources=").AppendLine(_resources is null ? "-" : string.Join(",", _resources.Resources));
        b.Append("reviews=").AppendLine(string.Join(" ", _reviews.Select(Describe.Review)));
        b.Append("commitments=").AppendLine(string.Join(" ", _commitments.Select(c => c.Member.Value + ":" + c.Text)));
        b.Append("notes=").AppendLine(string.Join("|", _notes));
        b.Append("statusReporter=").AppendLine(StatusReporter?.Value ?? "-");
        b.Append("plans=").AppendLine(string.Join(" ", _plans.Select(p => (p.Unit?.Value ?? "shared") + "{" + string.Join(",", p.Ids.Select(id => id.Value + ":" + _actions.First(a => a.Id == id).Status + ":" + _planUpdates[id].ToString(CultureInfo.InvariantCulture))) + "}")));
        b.Append("minutes=").Append(_minutes).Append(" groupRounds=").Append(_groupRounds).AppendLine();
        return b.ToString();
    }
}

/// <summary>An action as the model tracks it.</summary>
internal sealed record ModelAction(ActionId Id, string Title, PersonId? Owner, LocalDate? Due, bool CrossUnit, ActionStatus Status, ProcessStep Origin)
{
    public bool IsOpen => Status is not (ActionStatus.Done or ActionStatus.Cancelled);
}

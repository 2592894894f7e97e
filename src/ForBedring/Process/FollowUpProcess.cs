using ForBedring.Actions;
using ForBedring.Internal;
using ForBedring.Meetings;
using ForBedring.Prompts;
using ForBedring.Results;
using NodaTime;
using Stateless;

namespace ForBedring.Process;

/// <summary>
/// One leadership team's follow-up of one survey round, through the guide's four phases: preparation (A), the
/// read-back meeting (B), action development (C) and leadership-team development (D).
/// </summary>
/// <remarks>
/// <para>
/// The only mutable type of the library. It changes only through its intention-named methods; each checks every rule
/// first and either throws one <see cref="ProcessRuleException"/> naming every unmet condition, leaving the process
/// unchanged, or applies the change, appends a <see cref="HistoryEntry"/> and increments <see cref="Version"/>.
/// </para>
/// <para>
/// Not thread-safe: a host loads a process per request, performs one command and saves it with the version it
/// loaded; the store's version check handles concurrent requests.
/// </para>
/// </remarks>
public sealed partial class FollowUpProcess
{
    /// <summary>The most actions an action plan can hold.</summary>
    public const int MaxActions = 200;

    private readonly IClock _clock;
    private ProcessState _state;
    private ProcessStep _firedStep;
    private Instant? _commandTime;

    private FollowUpProcess(ProcessState state, IClock clock, PromptCatalog prompts, TopicAreaCatalog topicAreas)
    {
        _state = state;
        _clock = clock;
        Prompts = prompts;
        TopicAreas = topicAreas;
    }

    /// <summary>Gets the process's id.</summary>
    public ProcessId Id => _state.Id;

    /// <summary>Gets the name of the survey round the process follows up, such as <c>ForBedring 2026</c>.</summary>
    public string Round => _state.Round;

    /// <summary>Gets the leadership team.</summary>
    public LeadershipTeam Team => _state.Team;

    /// <summary>Gets the time zone of the team's meetings and deadlines (Europe/Oslo by default).</summary>
    public DateTimeZone TimeZone => _state.TimeZone;

    /// <summary>Gets when the process was started.</summary>
    public Instant StartedAt => _state.StartedAt;

    /// <summary>Gets who started the process.</summary>
    public PersonId StartedBy => _state.StartedBy;

    /// <summary>Gets the step the process is at.</summary>
    public ProcessStep Step => _state.Step;

    /// <summary>Gets the phase the process is in.</summary>
    public ProcessPhase Phase => ProcessSteps.PhaseOf(_state.Step);

    /// <summary>Gets the number of accepted commands; the store's optimistic concurrency compares it.</summary>
    public long Version => _state.Version;

    /// <summary>Gets the prompts the process asks.</summary>
    public PromptCatalog Prompts { get; }

    /// <summary>Gets the survey's topic areas, which topic-area answers choose from.</summary>
    public TopicAreaCatalog TopicAreas { get; }

    /// <summary>Gets every accepted command, oldest first.</summary>
    public IReadOnlyList<HistoryEntry> History => _state.History;

    /// <summary>Gets every answer given, in the order first given (a revision keeps its place).</summary>
    public IReadOnlyList<PromptAnswer> Answers => _state.Answers;

    /// <summary>Gets the meeting's agenda and time plan (A3.1, A3.3), or null before it is planned.</summary>
    public MeetingAgenda? Agenda => _state.Agenda;

    /// <summary>Gets the timekeeper (A3.4), or null.</summary>
    public PersonId? Timekeeper => _state.Timekeeper;

    /// <summary>Gets the minute-taker (A3.4), or null.</summary>
    public PersonId? MinuteTaker => _state.MinuteTaker;

    /// <summary>Gets the reference to the presentation (A3.6), or null.</summary>
    public string? Presentation => _state.Presentation;

    /// <summary>Gets the groups for the group dialogue (A3.5, B4); empty until formed.</summary>
    public IReadOnlyList<MeetingGroup> Groups => _state.Groups;

    /// <summary>Gets the reports sent (A4), or null before they are sent.</summary>
    public ReportDistribution? Reports => _state.Reports;

    /// <summary>Gets when the reports were sent, or null.</summary>
    public Instant? ReportsSentAt => _state.ReportsSentAt;

    /// <summary>Gets the homework's due date (A5), or null before it is sent out.</summary>
    public LocalDate? HomeworkDue => _state.HomeworkDue;

    /// <summary>Gets the members recorded as not taking part in the meeting.</summary>
    public IReadOnlyList<PersonId> Absent => _state.Absent;

    /// <summary>Gets the members who have shared their reflections in the meeting (B3), in the order they shared.</summary>
    public IReadOnlyList<PersonId> Shared => _state.Shared;

    /// <summary>Gets the action plan's actions, in the order they were added.</summary>
    public IReadOnlyList<ImprovementAction> Actions => _state.Actions;

    /// <summary>Gets what the team agreed on (B6).</summary>
    public IReadOnlyList<string> Agreements => _state.Agreements;

    /// <summary>Gets who does what by when before the next meeting (B7).</summary>
    public IReadOnlyList<FollowUpTask> FollowUpTasks => _state.Tasks;

    /// <summary>Gets the dates when ForBedring is next on the leadership meetings' agenda (B7, C2), in order.</summary>
    public IReadOnlyList<LocalDate> StatusReviewDates => _state.ReviewDates;

    /// <summary>Gets the review of other resources to involve (C6), or null before it is done.</summary>
    public ResourceReview? ResourceReview => _state.Resources;

    /// <summary>Gets the status reviews held (C2, C3), oldest first.</summary>
    public IReadOnlyList<StatusReview> StatusReviews => _state.Reviews;

    /// <summary>Gets each member's contribution to collaboration across units (D4).</summary>
    public IReadOnlyList<CollaborationCommitment> Commitments => _state.Commitments;

    /// <summary>Gets the records of the team's joint development (D5).</summary>
    public IReadOnlyList<string> TeamDevelopmentNotes => _state.DevelopmentNotes;

    /// <summary>Gets the action plans (C1): each unit's own plan and the team's shared plan for cross-unit actions (B5, A5.4).</summary>
    public IReadOnlyList<ActionPlan> ActionPlans => _state.Plans;

    /// <summary>Gets the plans' actions counted per focus area kind and topic area, for a roll-up.</summary>
    internal PlanTally PlanTally => _state.PlanTally;

    /// <summary>Gets the review schedule set at the way forward (B7), or null when the dates were given as a plain list or not yet.</summary>
    public ReviewSchedule? ReviewSchedule => _state.Schedule;

    /// <summary>Gets the minutes (referat) the minute-taker recorded during the meeting, in order.</summary>
    public IReadOnlyList<MinuteNote> Minutes => _state.Minutes;

    /// <summary>Gets the team's group history (A3.5): the groups of earlier meetings, kept across cycles, and this meeting's once it has ended.</summary>
    public IReadOnlyList<GroupRound> GroupHistory => _state.GroupHistory;

    /// <summary>
    /// C2, C3: prepares the status review for a leadership meeting on <paramref name="date"/> from the action plans: per open
    /// action the fixed structure, and what is overdue, due soon, without an update, without an owner, and closed since
    /// the previous review (the last one recorded before the date). Reads only; record the review with
    /// <see cref="RecordStatusReview"/>.
    /// </summary>
    /// <param name="date">The meeting's date.</param>
    /// <param name="options">What counts as due soon and stale; the defaults when null.</param>
    /// <returns>The prepared review.</returns>
    public StatusReviewReport PrepareStatusReview(LocalDate date, StatusReviewOptions? options = null)
    {
        date = DayKey.Iso(date);
        LocalDate? previous = null;
        foreach (var review in _state.Reviews)
        {
            if (review.Date < date)
            {
                previous = review.Date;
            }
        }

        return StatusReviewReport.For(_state.Plans, date, _state.TimeZone, previous, options, StatusReporter);
    }

    /// <summary>
    /// D1–D5: measures of the team itself on <paramref name="date"/>. Cross-unit actions count as started when in progress,
    /// on hold or done; shared goals are the actions of the shared plan, on track when done, or planned or in progress and
    /// not past their due date; members who reported are those who recorded a status review or a plan action update;
    /// meeting evaluations are the minute notes against items of the agenda's summary and evaluation part.
    /// </summary>
    /// <param name="date">The date due dates are judged against.</param>
    /// <returns>The measures.</returns>
    public TeamMeasures TeamMeasuresOn(LocalDate date)
    {
        date = DayKey.Iso(date);
        var cross = _state.Actions.Where(a => a.CrossUnit).ToList();
        var shared = _state.Plans.Where(p => p.IsShared).SelectMany(p => p.Actions).ToList();
        var reporters = _state.History.Where(h => h.Action == ProcessAction.RecordStatusReview).Select(h => h.By)
            .Concat(_state.Plans.SelectMany(p => p.Actions).SelectMany(a => a.Updates).Select(u => u.By))
            .Where(_state.Team.IsMember)
            .Distinct()
            .Count();
        var evaluations = _state.Agenda is { } agenda
            ? _state.Minutes.Count(m => m.ItemIndex < agenda.Items.Count && agenda.Items[m.ItemIndex].Section == AgendaSection.SummaryAndEvaluation)
            : 0;
        return new TeamMeasures(
            cross.Count(a => a.Status is ActionStatus.InProgress or ActionStatus.OnHold or ActionStatus.Done),
            cross.Count(a => a.Status == ActionStatus.Done),
            shared.Count,
            shared.Count(a => a.Status == ActionStatus.Done || (a.Status is ActionStatus.Planned or ActionStatus.InProgress && !(a.DueDate < date))),
            _state.Shared.Count,
            reporters,
            evaluations);
    }

    /// <summary>Gets the status reporter chosen at C7, or null when none is chosen.</summary>
    public PersonId? StatusReporter => (FindAnswer(BuiltInPromptIds.StatusReporter, null)?.Answer as PersonAnswer)?.Person;

    /// <summary>Gets the actions that can be performed now by someone with the right role (their state rules hold).</summary>
    public IReadOnlyList<ProcessAction> AvailableActions
    {
        get
        {
            using var scope = ProcessMachine.Enter(this);
            return ProcessActions.All.Where(a => scope.Machine.CanFire(a)).ToReadOnly();
        }
    }

    internal ProcessState State => _state;

    /// <summary>Gets the time of the command being performed, read once from the clock so that all its checks agree.</summary>
    private Instant Now => _commandTime ?? _clock.GetCurrentInstant();

    private LocalDate Today => Now.InZone(_state.TimeZone).Date;

    /// <summary>Starts the follow-up of a survey round for a leadership team, at the first step (A1).</summary>
    /// <param name="id">The process's id.</param>
    /// <param name="round">The name of the survey round, such as <c>ForBedring 2026</c>.</param>
    /// <param name="team">The leadership team.</param>
    /// <param name="startedBy">Who starts it: the leader or someone from HR.</param>
    /// <param name="clock">The clock that dates the history.</param>
    /// <param name="prompts">The prompts to ask; <see cref="PromptCatalog.Default"/> when null.</param>
    /// <param name="topicAreas">The survey's topic areas; <see cref="TopicAreaCatalog.ForBedring"/> when null.</param>
    /// <param name="timeZone">The time zone of meetings and deadlines; Europe/Oslo when null.</param>
    /// <returns>The new process, at <see cref="ProcessStep.SelfReflection"/> with version 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="team"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException">The id or the person is the default value, the round's name is invalid, or the time zone is not a TZDB zone.</exception>
    public static FollowUpProcess Start(
        ProcessId id,
        string round,
        LeadershipTeam team,
        PersonId startedBy,
        IClock clock,
        PromptCatalog? prompts = null,
        TopicAreaCatalog? topicAreas = null,
        DateTimeZone? timeZone = null)
    {
        if (id.Value.Length == 0)
        {
            throw new ArgumentException("A process needs an id.", nameof(id));
        }

        if (startedBy.Value.Length == 0)
        {
            throw new ArgumentException("A process needs to know who started it.", nameof(startedBy));
        }

        Guard.NotNull(clock, nameof(clock));
        if (timeZone is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone.Id) is null)
        {
            throw new ArgumentException($"The time zone '{timeZone.Id}' is not in the TZDB database, so a saved process could not be read back.", nameof(timeZone));
        }

        var state = new ProcessState
        {
            Id = id,
            Round = Guard.Text(round, nameof(round), 200),
            Team = Guard.NotNull(team, nameof(team)),
            TimeZone = timeZone ?? DateTimeZoneProviders.Tzdb["Europe/Oslo"],
            StartedAt = clock.GetCurrentInstant(),
            StartedBy = startedBy,
            Step = ProcessStep.SelfReflection,
        };
        return new FollowUpProcess(state, clock, prompts ?? PromptCatalog.Default, topicAreas ?? TopicAreaCatalog.ForBedring);
    }

    /// <summary>Finds an answer.</summary>
    /// <param name="prompt">The prompt.</param>
    /// <param name="respondent">Whose answer: the leader or a member; null for the whole team's.</param>
    /// <returns>The answer, or null when none is given.</returns>
    public PromptAnswer? FindAnswer(PromptId prompt, PersonId? respondent)
    {
        foreach (var answer in _state.Answers)
        {
            if (answer.Prompt == prompt && answer.Respondent == respondent)
            {
                return answer;
            }
        }

        return null;
    }

    /// <summary>Gets the prompts a person can answer now that they have not answered yet.</summary>
    /// <param name="person">The leader or a member.</param>
    /// <returns>The open prompts, in the order they are asked.</returns>
    public IReadOnlyList<Prompt> OpenPromptsFor(PersonId person)
        => Prompts.Prompts
            .Where(p => ProcessDefinition.IsAnswerable(p, Step) && CanRespond(p, person) && FindAnswer(p.Id, RespondentFor(p, person)) is null)
            .Where(p => p.Audience != PromptAudience.EachMember || _state.HomeworkDue is not null || p.Step != ProcessStep.Homework)
            .ToArray();

    /// <summary>Tells whether an action can be performed now by someone with the right role, and if not, why.</summary>
    /// <param name="action">The action.</param>
    /// <param name="reasons">Every unmet condition, with the sentences a leader reads; empty when it can.</param>
    /// <returns>Whether it can be performed.</returns>
    /// <remarks>Conditions on the command's own arguments (which answer, which person) are checked when it is performed.</remarks>
    public bool CanPerform(ProcessAction action, out IReadOnlyList<UnmetCondition> reasons)
    {
        reasons = CheckStep(action);
        return reasons.Count == 0;
    }

    /// <summary>Tells whether a person can perform an action now, and if not, why.</summary>
    /// <param name="action">The action.</param>
    /// <param name="actor">The person.</param>
    /// <param name="reasons">Every unmet condition; empty when they can.</param>
    /// <returns>Whether they can perform it.</returns>
    public bool CanPerform(ProcessAction action, PersonId actor, out IReadOnlyList<UnmetCondition> reasons)
    {
        var list = new List<UnmetCondition>();
        CheckActor(action, actor, null, list);
        list.AddRange(CheckStep(action));
        reasons = list;
        return list.Count == 0;
    }

    internal static FollowUpProcess FromState(ProcessState state, IClock clock, PromptCatalog prompts, TopicAreaCatalog topicAreas)
        => new(state, clock, prompts, topicAreas);

    private static PersonId? RespondentFor(Prompt prompt, PersonId actor)
        => prompt.Audience == PromptAudience.WholeTeam ? null : actor;

    private bool IsRecorder(PersonId person) => person == _state.Team.Leader.Id || person == _state.MinuteTaker;

    private bool CanRespond(Prompt prompt, PersonId person) => prompt.Audience switch
    {
        PromptAudience.Leader => person == _state.Team.Leader.Id,
        PromptAudience.EachMember => _state.Team.IsMember(person),
        _ => IsRecorder(person),
    };

    private List<UnmetCondition> CheckStep(ProcessAction action)
    {
        var list = new List<UnmetCondition>();
        using var scope = ProcessMachine.Enter(this);
        if (!scope.Machine.CanFire(action, out var unmet))
        {
            // Stateless leaves the list null when the action is not configured at this step at all.
            if (unmet is null || unmet.Count == 0)
            {
                list.Add(Condition(ConditionCodes.ProcessNotInStep, null, RuleMessages.NotInStep, ProcessActions.NameOf(action), ProcessSteps.NameOf(Step)));
            }
            else
            {
                list.AddRange(StateConditions(action));
            }
        }

        return list;
    }

    private void CheckActor(ProcessAction action, PersonId actor, PersonId? subject, List<UnmetCondition> list)
    {
        if (!_state.Team.Contains(actor))
        {
            list.Add(Condition(ConditionCodes.ActorNotOnTeam, null, RuleMessages.NotOnTeam, actor));
            return;
        }

        var name = ProcessActions.NameOf(action);
        var leader = _state.Team.Leader.Id;
        switch (ProcessDefinition.Of(action).Role)
        {
            case ActorRole.Leader when actor != leader:
                list.Add(Condition(ConditionCodes.ActorNotLeader, null, RuleMessages.RoleLeader, name));
                break;
            case ActorRole.Recorder when !IsRecorder(actor):
                list.Add(Condition(ConditionCodes.ActorNotRecorder, "A3.4", RuleMessages.RoleRecorder, name));
                break;
            case ActorRole.StatusReporter when actor != leader && actor != StatusReporter:
                list.Add(Condition(ConditionCodes.ActorNotStatusReporter, "C7", RuleMessages.RoleStatusReporter, name));
                break;
            case ActorRole.Member when !_state.Team.IsMember(actor):
                list.Add(Condition(ConditionCodes.ActorNotMember, "A5", RuleMessages.NotAMember, NameOf(actor)));
                break;
            case ActorRole.MemberOrLeader when subject is { } member && actor != leader && actor != member:
                list.Add(Condition(ConditionCodes.ActorNotMemberOrLeader, null, RuleMessages.RoleMemberOrLeader, name, NameOf(member)));
                break;
        }
    }

    /// <summary>Runs a command: checks who, when and what, then applies it atomically.</summary>
    private void Execute(
        ProcessAction action,
        PersonId actor,
        string? subject,
        Action<List<UnmetCondition>> checkArguments,
        Func<ProcessState, ProcessState> apply,
        PersonId? subjectPerson = null)
    {
        _commandTime = _clock.GetCurrentInstant();
        try
        {
            var conditions = new List<UnmetCondition>();
            CheckActor(action, actor, subjectPerson, conditions);
            var stepConditions = CheckStep(action);
            conditions.AddRange(stepConditions);
            if (!stepConditions.Any(c => c.Code == ConditionCodes.ProcessNotInStep))
            {
                checkArguments(conditions);
            }

            if (conditions.Count > 0)
            {
                throw new ProcessRuleException(_state.Step, action, actor, conditions);
            }

            var next = apply(_state);
            var from = _state.Step;
            _firedStep = from;
            using (var scope = ProcessMachine.Enter(this))
            {
                scope.Machine.Fire(action);
            }

            var version = _state.Version + 1;
            _state = next with
            {
                Step = _firedStep,
                Version = version,
                History = next.History.Append(new HistoryEntry(version, Now, actor, action, from, _firedStep, subject)),
            };
        }
        finally
        {
            _commandTime = null;
        }
    }

    /// <summary>Tells the state machine whether an action's guard holds now.</summary>
    internal bool GuardHolds(ProcessAction action) => StateConditions(action).Count == 0;

    /// <summary>Receives the step the state machine moved to.</summary>
    internal void OnMachineFired(ProcessStep step) => _firedStep = step;

    private static UnmetCondition Condition(string code, string? guide, LocalizedText text, params object[] args)
        => new(code, guide, text.Fill(args));

    private string NameOf(PersonId person) => _state.Team.Find(person)?.Name ?? person.Value;
}

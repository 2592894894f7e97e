using ForBedring.Actions;
using ForBedring.Meetings;
using NodaTime;

namespace ForBedring.Process;

/// <summary>
/// Everything a follow-up process knows, as one immutable value. A command builds the next state from the current
/// one and swaps it in only when every check has passed, so a rejected command changes nothing.
/// </summary>
internal sealed record ProcessState
{
    private readonly IReadOnlyList<ActionPlan> _plans = [];

    public required ProcessId Id { get; init; }

    public required string Round { get; init; }

    public required LeadershipTeam Team { get; init; }

    public required DateTimeZone TimeZone { get; init; }

    public required Instant StartedAt { get; init; }

    public required PersonId StartedBy { get; init; }

    public ProcessStep Step { get; init; }

    public long Version { get; init; }

    public IReadOnlyList<PromptAnswer> Answers { get; init; } = [];

    public MeetingAgenda? Agenda { get; init; }

    public PersonId? Timekeeper { get; init; }

    public PersonId? MinuteTaker { get; init; }

    public string? Presentation { get; init; }

    public IReadOnlyList<MeetingGroup> Groups { get; init; } = [];

    public ReportDistribution? Reports { get; init; }

    public Instant? ReportsSentAt { get; init; }

    public LocalDate? HomeworkDue { get; init; }

    public IReadOnlyList<PersonId> Absent { get; init; } = [];

    public IReadOnlyList<PersonId> Shared { get; init; } = [];

    public IReadOnlyList<ImprovementAction> Actions { get; init; } = [];

    public int ActionSequence { get; init; }

    public IReadOnlyList<string> Agreements { get; init; } = [];

    public IReadOnlyList<FollowUpTask> Tasks { get; init; } = [];

    public IReadOnlyList<LocalDate> ReviewDates { get; init; } = [];

    public ResourceReview? Resources { get; init; }

    public IReadOnlyList<StatusReview> Reviews { get; init; } = [];

    public IReadOnlyList<CollaborationCommitment> Commitments { get; init; } = [];

    public IReadOnlyList<string> DevelopmentNotes { get; init; } = [];

    public IReadOnlyList<ActionPlan> Plans
    {
        get => _plans;
        init
        {
            _plans = value;
            PlanTally = PlanTally.Of(value);
        }
    }

    /// <summary>Gets the plans' actions counted for a roll-up, whenever <see cref="Plans"/> is set.</summary>
    public PlanTally PlanTally { get; private init; } = PlanTally.Empty;

    public ReviewSchedule? Schedule { get; init; }

    public IReadOnlyList<MinuteNote> Minutes { get; init; } = [];

    public IReadOnlyList<GroupRound> GroupHistory { get; init; } = [];

    public CycleOrigin? CarriedFrom { get; init; }

    public IReadOnlyList<HistoryEntry> History { get; init; } = [];
}

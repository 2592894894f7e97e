using ForBedring.Process;
using ForBedring.Results;
using NodaTime;

namespace ForBedring.Actions;

/// <summary>
/// The roll-up across leadership teams (an enterprise: up to thousands of teams and tens of thousands of actions),
/// read from the teams' processes only: how many teams are in each phase, have held the read-back meeting and have
/// adopted a plan; the actions by status, overdue, by focus area kind and topic area, and across units. Optionally
/// only the teams of a part of the organisation.
/// </summary>
/// <remarks>
/// Definitions: a team has <em>held the read-back meeting</em> when its process is past the way forward (B7); it has
/// <em>adopted a plan</em> when its process is past action planning (C1). An action is <em>overdue</em> when it is open
/// and its due date is before the roll-up date. Focus area kinds and topic areas count the actions in plans, by the
/// focus area each belongs to (an action in an area tied to two topic areas counts for both). One pass over the
/// processes; the work per action is a few field reads and increments (the plans' counts per focus area kind and topic
/// area are kept by each process as its plans are set, and added once per team), and it allocates per topic area, not
/// per team or action.
/// </remarks>
public sealed record ActionRollup
{
    private readonly int[] _teamsByPhase;
    private readonly int[] _actionsByStatus;
    private readonly int[] _actionsByFocusKind;

    private ActionRollup(int teams, int[] byPhase, int held, int adopted, int[] byStatus, int overdue, int crossUnit, int[] byFocusKind, IReadOnlyDictionary<TopicAreaId, int> byTopic, LocalDate date)
    {
        Teams = teams;
        _teamsByPhase = byPhase;
        HeldReadBackMeeting = held;
        AdoptedPlan = adopted;
        _actionsByStatus = byStatus;
        Overdue = overdue;
        CrossUnit = crossUnit;
        _actionsByFocusKind = byFocusKind;
        ActionsByTopicArea = byTopic;
        Date = date;
    }

    /// <summary>Gets the date the roll-up was made for (overdue is judged against it).</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the number of teams counted.</summary>
    public int Teams { get; }

    /// <summary>Gets the number of teams that have held the read-back meeting.</summary>
    public int HeldReadBackMeeting { get; }

    /// <summary>Gets the number of teams that have adopted their action plan.</summary>
    public int AdoptedPlan { get; }

    /// <summary>Gets the number of actions.</summary>
    public int Actions => _actionsByStatus.Sum();

    /// <summary>Gets the number of open actions that are overdue.</summary>
    public int Overdue { get; }

    /// <summary>Gets the number of cross-unit actions.</summary>
    public int CrossUnit { get; }

    /// <summary>Gets the number of plan actions per topic area of their focus area.</summary>
    public IReadOnlyDictionary<TopicAreaId, int> ActionsByTopicArea { get; }

    /// <summary>Counts the teams in a phase.</summary>
    /// <param name="phase">The phase.</param>
    /// <returns>The number of teams.</returns>
    public int TeamsIn(ProcessPhase phase) => (int)phase is var i && i >= 0 && i < _teamsByPhase.Length ? _teamsByPhase[i] : 0;

    /// <summary>Counts the actions with a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The number of actions.</returns>
    public int ActionsWith(ActionStatus status) => (int)status is var i && i >= 0 && i < _actionsByStatus.Length ? _actionsByStatus[i] : 0;

    /// <summary>Counts the plan actions in focus areas of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The number of actions.</returns>
    public int ActionsIn(FocusAreaKind kind) => (int)kind is var i && i >= 0 && i < _actionsByFocusKind.Length ? _actionsByFocusKind[i] : 0;

    /// <summary>Rolls up the processes.</summary>
    /// <param name="processes">The teams' processes.</param>
    /// <param name="date">The date overdue is judged against.</param>
    /// <param name="units">When given, only the teams whose unit (<see cref="LeadershipTeam.Unit"/>) is in it.</param>
    /// <returns>The roll-up.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="processes"/> or a process is null.</exception>
    public static ActionRollup Of(IEnumerable<FollowUpProcess> processes, LocalDate date, IReadOnlyCollection<UnitId>? units = null)
    {
        if (processes is null)
        {
            throw new ArgumentNullException(nameof(processes));
        }

        var counter = new RollupCounter(date, units is null ? null : new HashSet<UnitId>(units));
        if (processes is FollowUpProcess[] array)
        {
            // An array is walked by index, without an enumerator.
            for (var i = 0; i < array.Length; i++)
            {
                counter.Add(array[i] ?? throw new ArgumentNullException(nameof(processes), "A process is null."));
            }
        }
        else
        {
            foreach (var process in processes)
            {
                counter.Add(process ?? throw new ArgumentNullException(nameof(processes), "A process is null."));
            }
        }

        return new ActionRollup(
            counter.Teams,
            counter.ByPhase,
            counter.Held,
            counter.Adopted,
            counter.ByStatus,
            counter.Overdue,
            counter.CrossUnit,
            counter.ByFocusKind,
            new System.Collections.ObjectModel.ReadOnlyDictionary<TopicAreaId, int>(counter.TopicCounts()),
            Internal.DayKey.Iso(date));
    }

    /// <summary>Tells whether two values are equal, their counts compared one by one.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ActionRollup? other) =>
        other is not null && Date == other.Date && Teams == other.Teams && HeldReadBackMeeting == other.HeldReadBackMeeting && AdoptedPlan == other.AdoptedPlan
        && Overdue == other.Overdue && CrossUnit == other.CrossUnit && _teamsByPhase.SequenceEqual(other._teamsByPhase)
        && _actionsByStatus.SequenceEqual(other._actionsByStatus) && _actionsByFocusKind.SequenceEqual(other._actionsByFocusKind)
        && ActionsByTopicArea.Count == other.ActionsByTopicArea.Count
        && ActionsByTopicArea.All(kv => other.ActionsByTopicArea.TryGetValue(kv.Key, out var n) && n == kv.Value);

    /// <inheritdoc/>
    public override int GetHashCode() => (Teams * 31) + Actions;
}

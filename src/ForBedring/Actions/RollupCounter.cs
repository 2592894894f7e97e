using ForBedring.Internal;
using ForBedring.Process;
using ForBedring.Results;
using NodaTime;

namespace ForBedring.Actions;

/// <summary>
/// Counts the roll-up of <see cref="ActionRollup"/>, one team at a time. The work per action is a few field reads and
/// increments: status, cross-unit, and overdue by the action's ISO day number against the roll-up date's (no calendar
/// check per action). The plans are not walked: the process counted their actions per focus area kind and topic area
/// when they were set (<see cref="PlanTally"/>), and the counter adds those few numbers per team, finding each topic
/// area among the handful seen so far (an index only beyond sixteen). It allocates per topic area, never per action or
/// per team.
/// </summary>
internal sealed class RollupCounter
{
    private static readonly int[] PhaseByStep = BuildPhaseTable();

    private readonly int _today;
    private readonly HashSet<UnitId>? _filter;
    private const int LinearKeys = 16;
    private readonly Dictionary<string, int> _topicIndex = new(StringComparer.Ordinal);
    private int _topicCount;
    private string[] _topicKeys = new string[8];
    private int[] _topicCounts = new int[8];

    /// <summary>Initializes a new instance of the <see cref="RollupCounter"/> class.</summary>
    /// <param name="date">The date overdue is judged against.</param>
    /// <param name="filter">When not null, only the teams whose unit is in it are counted.</param>
    public RollupCounter(LocalDate date, HashSet<UnitId>? filter)
    {
        _today = DayKey.Of(date);
        _filter = filter;
    }

    /// <summary>Gets the teams per phase, indexed by <see cref="ProcessPhase"/>.</summary>
    public int[] ByPhase { get; } = new int[(int)ProcessPhase.Closed + 1];

    /// <summary>Gets the actions per status, indexed by <see cref="ActionStatus"/>.</summary>
    public int[] ByStatus { get; } = new int[(int)ActionStatus.Cancelled + 1];

    /// <summary>Gets the plan actions per focus area kind, indexed by <see cref="FocusAreaKind"/>.</summary>
    public int[] ByFocusKind { get; } = new int[(int)FocusAreaKind.Improve + 1];

    /// <summary>Gets the number of teams counted.</summary>
    public int Teams { get; private set; }

    /// <summary>Gets the number of teams past the way forward.</summary>
    public int Held { get; private set; }

    /// <summary>Gets the number of teams past action planning.</summary>
    public int Adopted { get; private set; }

    /// <summary>Gets the number of open actions due before the date.</summary>
    public int Overdue { get; private set; }

    /// <summary>Gets the number of cross-unit actions.</summary>
    public int CrossUnit { get; private set; }

    /// <summary>Counts a team's process, unless the filter leaves its unit out.</summary>
    /// <param name="process">The process.</param>
    public void Add(FollowUpProcess process)
    {
        if (_filter is not null && !_filter.Contains(process.Team.Unit))
        {
            return;
        }

        Teams++;
        var step = process.Step;
        ByPhase[PhaseOf(step)]++;
        if (step > ProcessStep.WayForward)
        {
            Held++;
        }

        if (step > ProcessStep.ActionPlanning)
        {
            Adopted++;
        }

        CountActions(process.Actions);
        CountPlans(process.PlanTally);
    }

    /// <summary>Copies the plan actions per topic area counted so far.</summary>
    /// <returns>The counts, one per topic area that has any.</returns>
    public Dictionary<TopicAreaId, int> TopicCounts()
    {
        var result = new Dictionary<TopicAreaId, int>(_topicCount);
        for (var i = 0; i < _topicCount; i++)
        {
            result.Add(new TopicAreaId(_topicKeys[i]), _topicCounts[i]);
        }

        return result;
    }

    private static int PhaseOf(ProcessStep step)
    {
        var i = (int)step;
        return (uint)i < (uint)PhaseByStep.Length && PhaseByStep[i] >= 0 ? PhaseByStep[i] : (int)ProcessSteps.PhaseOf(step);
    }

    private static int[] BuildPhaseTable()
    {
        var steps = ProcessSteps.All;
        var table = new int[steps.Count == 0 ? 0 : (int)steps.Max() + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = -1;
        }

        foreach (var step in steps)
        {
            if (step >= 0)
            {
                table[(int)step] = (int)ProcessSteps.PhaseOf(step);
            }
        }

        return table;
    }

    private void CountActions(IReadOnlyList<ImprovementAction> actions)
    {
        var byStatus = ByStatus;
        var today = _today;
        int overdue = 0, crossUnit = 0;
        for (int i = 0, n = actions.Count; i < n; i++)
        {
            var action = actions[i];
            byStatus[(int)action.Status]++;
            if (action.CrossUnit)
            {
                crossUnit++;
            }

            if (action.DueDay < today && action.IsOpen)
            {
                overdue++;
            }
        }

        Overdue += overdue;
        CrossUnit += crossUnit;
    }

    private void CountPlans(PlanTally tally)
    {
        // The process counted its plans' actions per kind and topic area when the plans were set: add those here.
        ByFocusKind[(int)FocusAreaKind.Keep] += tally.Keep;
        ByFocusKind[(int)FocusAreaKind.Improve] += tally.Improve;
        var keys = tally.TopicKeys;
        var counts = tally.TopicCounts;
        for (var t = 0; t < keys.Length; t++)
        {
            // The index first: finding a new topic area may grow the counts array.
            var index = TopicIndex(keys[t]);
            _topicCounts[index] += counts[t];
        }
    }

    private int TopicIndex(string key)
    {
        // A survey's catalogue has a handful of topic areas: look among them first (the built-in catalogue's ids are
        // the same strings in every process, so the comparison usually ends at the reference), the index only beyond.
        var known = _topicCount;
        var keys = _topicKeys;
        for (var i = 0; i < known && i < LinearKeys; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        if (known > LinearKeys && _topicIndex.TryGetValue(key, out var index))
        {
            return index;
        }

        index = known;
        if (index == _topicKeys.Length)
        {
            Array.Resize(ref _topicKeys, index * 2);
            Array.Resize(ref _topicCounts, index * 2);
        }

        if (index >= LinearKeys)
        {
            _topicIndex.Add(key, index);
        }

        _topicKeys[index] = key;
        _topicCount = index + 1;
        return index;
    }
}

using ForBedring.Process;
using ForBedring.Results;
using NodaTime;

namespace ForBedring.Actions;

/// <summary>
/// Counts the roll-up of <see cref="ActionRollup"/>, one team at a time. The work per action is a few array increments:
/// the process's actions are counted by status, overdue and cross-unit with no lookup; a plan's focus areas are copied
/// once per plan into scratch arrays of ids and keys (length, first, middle and last character), each plan action finds
/// its area there by its key without a data-dependent branch (or, when two areas of the plan share a key, by an ordinal
/// comparison of the ids), and the kinds and topic areas are added once per focus area (not per action), through a topic index whose
/// hash reads a few characters, not the whole id. It allocates per topic area (and when a plan has more focus areas
/// than any before it), never per action or per team.
/// </summary>
internal sealed class RollupCounter
{
    private static readonly int[] PhaseByStep = BuildPhaseTable();

    private readonly LocalDate _date;
    private readonly HashSet<UnitId>? _filter;
    private readonly Dictionary<string, int> _topicIndex = new(TopicKeyComparer.Instance);
    private string[] _topicKeys = new string[8];
    private int[] _topicCounts = new int[8];

    /// <summary>Initializes a new instance of the <see cref="RollupCounter"/> class.</summary>
    /// <param name="date">The date overdue is judged against.</param>
    /// <param name="filter">When not null, only the teams whose unit is in it are counted.</param>
    public RollupCounter(LocalDate date, HashSet<UnitId>? filter)
    {
        _date = date;
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
        var plans = process.ActionPlans;
        for (int p = 0, n = plans.Count; p < n; p++)
        {
            CountPlan(plans[p]);
        }
    }

    /// <summary>Copies the plan actions per topic area counted so far.</summary>
    /// <returns>The counts, one per topic area that has any.</returns>
    public Dictionary<TopicAreaId, int> TopicCounts()
    {
        var result = new Dictionary<TopicAreaId, int>(_topicIndex.Count);
        for (var i = 0; i < _topicIndex.Count; i++)
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
        var date = _date;
        int overdue = 0, crossUnit = 0;
        for (int i = 0, n = actions.Count; i < n; i++)
        {
            var action = actions[i];
            byStatus[(int)action.Status]++;
            if (action.CrossUnit)
            {
                crossUnit++;
            }

            if (action.IsOpen && action.DueDate is { } due && due < date)
            {
                overdue++;
            }
        }

        Overdue += overdue;
        CrossUnit += crossUnit;
    }

    private void CountPlan(ActionPlan plan)
    {
        // The plan counted its actions per focus area when it was made (and checked): add whole areas here.
        var areas = plan.FocusAreas;
        var counts = plan.ActionCountsByFocusArea;
        for (var f = 0; f < counts.Length; f++)
        {
            var c = counts[f];
            if (c == 0)
            {
                continue;
            }

            var area = areas[f];
            ByFocusKind[(int)area.Kind] += c;
            var topics = area.TopicAreas;
            for (int t = 0, k = topics.Count; t < k; t++)
            {
                // The index first: finding a new topic area may grow the counts array.
                var index = TopicIndex(topics[t].Value);
                _topicCounts[index] += c;
            }
        }
    }

    private int TopicIndex(string key)
    {
        if (_topicIndex.TryGetValue(key, out var index))
        {
            return index;
        }

        index = _topicIndex.Count;
        if (index == _topicKeys.Length)
        {
            Array.Resize(ref _topicKeys, index * 2);
            Array.Resize(ref _topicCounts, index * 2);
        }

        _topicIndex.Add(key, index);
        _topicKeys[index] = key;
        return index;
    }

    /// <summary>
    /// Compares topic area ids ordinally, hashing only their length and three characters: the ids come from a survey's
    /// small catalog, so collisions cost little, and the hash does not read the whole id for every focus area.
    /// </summary>
    private sealed class TopicKeyComparer : IEqualityComparer<string>
    {
        public static readonly TopicKeyComparer Instance = new();

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string obj)
        {
            var n = obj.Length;
            return n == 0 ? 0 : (n * 31) ^ (obj[0] << 7) ^ (obj[n >> 1] << 14) ^ (obj[n - 1] << 21);
        }
    }
}

using ForBedring.Actions;
using ForBedring.Internal;
using ForBedring.Prompts;
using ForBedring.Results;
using NodaTime;

namespace ForBedring.Process;

/// <content>The next cycle: a new process for the team that carries the open actions over.</content>
public sealed partial class FollowUpProcess
{
    /// <summary>Gets where this process's carried-over actions came from, or null for a team's first cycle.</summary>
    public CycleOrigin? CarriedFrom => _state.CarriedFrom;

    /// <summary>
    /// Starts the next cycle for this process's team when the next round's results arrive: a new process at its first
    /// step (A1) that carries over every open action (planned, in progress, on hold) with its ids, details and whole
    /// history of updates, the plans that hold one (with all their focus areas, only the open actions), and the team's
    /// group history. Done and cancelled actions stay behind. This process is not changed (close it with
    /// <see cref="CloseCycle"/> where the guide allows). Each carried action's indicator is read against
    /// <paramref name="release"/> for its units: a unit plan's unit; for the shared plan or an action in no plan, the
    /// action's participating units or else the team's unit.
    /// </summary>
    /// <param name="id">The new process's id.</param>
    /// <param name="round">The new round's name.</param>
    /// <param name="by">Who starts it.</param>
    /// <param name="release">The new round's release.</param>
    /// <param name="previousRelease">The previous round's release, for the previous scores; when null, the new release's previous figures are used.</param>
    /// <param name="tolerance">The least change, in points, that reads as up or down (<see cref="IndicatorReading.DefaultTolerance"/> by default).</param>
    /// <returns>The new process and the readings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="round"/> or <paramref name="release"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is the default value, the new id is this process's or an earlier cycle's, or the round is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is out of range.</exception>
    public NextCycle StartNext(ProcessId id, string round, PersonId by, Release release, Release? previousRelease = null, double tolerance = IndicatorReading.DefaultTolerance)
        => StartNext(id, round, by, release, previousRelease, tolerance, _clock, Prompts, TopicAreas);

    /// <summary>Starts the next cycle with a host's clock, prompts and topic areas.</summary>
    internal NextCycle StartNext(ProcessId id, string round, PersonId by, Release release, Release? previousRelease, double tolerance, IClock clock, PromptCatalog prompts, TopicAreaCatalog topicAreas)
    {
        Guard.NotNull(release, nameof(release));
        if (id == _state.Id || (_state.CarriedFrom?.Measures.Any(m => m.Process == id) ?? false))
        {
            throw new ArgumentException($"The next cycle needs an id of its own: {id} is this cycle's or an earlier one's.", nameof(id));
        }

        var next = Start(id, round, _state.Team, by, clock, prompts, topicAreas, _state.TimeZone);
        var started = next._state.StartedAt.InZone(_state.TimeZone).Date;
        var open = _state.Actions.Where(a => a.IsOpen).ToList();
        var openIds = new HashSet<ActionId>(open.Select(a => a.Id));
        var plans = _state.Plans
            .Where(p => p.Actions.Any(a => openIds.Contains(a.Id)))
            .Select(p => new ActionPlan(p.Unit, p.Responsible, p.FocusAreas, p.Actions.Where(a => openIds.Contains(a.Id))))
            .ToReadOnly();
        next._state = next._state with
        {
            Actions = open.ToReadOnly(),
            ActionSequence = _state.ActionSequence,
            Plans = plans,
            GroupHistory = _state.GroupHistory,
            CarriedFrom = new CycleOrigin(_state.Id, _state.Round, _state.ActionSequence, [.. TeamMeasuresOverCycles(started)]),
        };
        return new NextCycle(next, open.Select(a => a.Id).ToReadOnly(), next.ReadCarriedActions(release, previousRelease, tolerance));
    }

    /// <summary>
    /// D1–D5 over cycles: the leadership team's measures in each earlier cycle (read on the day the next one started,
    /// kept in <see cref="CycleOrigin.Measures"/> and saved with the process), and this cycle's on <paramref name="date"/>
    /// (<see cref="TeamMeasuresOn"/>), oldest first.
    /// </summary>
    /// <param name="date">The date this cycle's measures are read on.</param>
    /// <returns>One entry per cycle, this one last.</returns>
    public IReadOnlyList<CycleMeasures> TeamMeasuresOverCycles(LocalDate date)
        => [.. _state.CarriedFrom?.Measures ?? [], new CycleMeasures(_state.Id, _state.Round, date, TeamMeasuresOn(date))];

    /// <summary>
    /// Reads each carried-over action's indicator (the one its plan names) against a round's release, for its units: a
    /// unit plan's unit; for the shared plan or an action in no plan, the action's participating units or else the
    /// team's unit. Up, down or unchanged when both figures are released; hidden when either is not; not measured when
    /// the action names no indicator or a round has no figure for it. Every action is carried except those this cycle
    /// added (ids <c>T</c>n with n past <see cref="CycleOrigin.ActionSequence"/>); none for a team's first cycle.
    /// </summary>
    /// <param name="release">The new round's release.</param>
    /// <param name="previousRelease">The previous round's release, for the previous scores; when null, the new release's previous figures are used.</param>
    /// <param name="tolerance">The least change, in points, that reads as up or down (<see cref="IndicatorReading.DefaultTolerance"/> by default).</param>
    /// <returns>One reading per carried action and unit, in the order of the actions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="release"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is out of range.</exception>
    public IReadOnlyList<IndicatorReading> ReadCarriedActions(Release release, Release? previousRelease = null, double tolerance = IndicatorReading.DefaultTolerance)
    {
        Guard.NotNull(release, nameof(release));
        IndicatorReading.CheckTolerance(tolerance);

        Func<UnitId, ReleasedUnit?>? before = previousRelease is null ? null : previousRelease.Unit;
        return CarriedTargets().Select(t => IndicatorReading.Read(t.Action, t.Title, t.Unit, t.Indicator, release.Unit, before, tolerance)).ToReadOnly();
    }

    /// <summary>
    /// Finds the highlights of a leader's view of the new round (<see cref="Results.Highlights.For"/>) and adds one for
    /// each carried-over action whose indicator can be looked for in the view: how it moved (up, down, unchanged), or that
    /// it cannot be read because the unit's result is hidden or a round has no figure. The previous figure is the
    /// leader's view of the previous round when given (as <see cref="StartNext(ProcessId, string, PersonId, Release, Release?, double)"/> reads the previous release), otherwise
    /// the previous score the new view holds. Only units the views hold are read, and only from their released figures.
    /// </summary>
    /// <param name="view">The leader's view of the new round.</param>
    /// <param name="previousView">The same leader's view of the previous round, or null.</param>
    /// <param name="tolerance">The least change, in points, that reads as up or down, as given to <see cref="StartNext(ProcessId, string, PersonId, Release, Release?, double)"/>.</param>
    /// <param name="options">The thresholds of the view's own highlights; the defaults when null.</param>
    /// <param name="catalog">The indicators' names in the view's own highlights (the carried actions' sentences name the indicator by its id, as <see cref="CarryOverSummary"/> does); the ForBedring catalogue when null.</param>
    /// <returns>The highlights, the carried-over actions (<see cref="HighlightKind.CarriedAction"/>) last: one per carried action that names an indicator and unit the view holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is null.</exception>
    /// <exception cref="ArgumentException">The view is of someone not on the team, or <paramref name="previousView"/> is another leader's.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is out of range.</exception>
    public Highlights HighlightsFor(LeaderView view, LeaderView? previousView = null, double tolerance = IndicatorReading.DefaultTolerance, HighlightOptions? options = null, IndicatorCatalog? catalog = null)
    {
        IndicatorReading.CheckTolerance(tolerance);

        var highlights = Highlights.For(view, options, catalog);
        if (_state.Team.Find(view.Leader) is null)
        {
            throw new ArgumentException($"The view is {view.Leader}'s, who is not on the team {_state.Team.Name}.", nameof(view));
        }

        if (previousView is not null && previousView.Leader != view.Leader)
        {
            throw new ArgumentException($"The previous view is {previousView.Leader}'s, not {view.Leader}'s.", nameof(previousView));
        }

        var units = view.Units.ToDictionary(u => u.Id);
        var earlier = previousView?.Units.ToDictionary(u => u.Id);
        Func<UnitId, ReleasedUnit?>? before = earlier is null ? null : u => earlier.TryGetValue(u, out var found) ? found : null;
        var carried = new List<Highlight>();
        foreach (var target in CarriedTargets())
        {
            if (target.Indicator is not { } indicator || !units.ContainsKey(target.Unit))
            {
                continue;
            }

            var reading = IndicatorReading.Read(target.Action, target.Title, target.Unit, indicator, u => units.TryGetValue(u, out var found) ? found : null, before, tolerance);
            IReadOnlyList<HighlightFigure> evidence = reading is { Score: { } score, Previous: { } previous }
                ? new System.Collections.ObjectModel.ReadOnlyCollection<HighlightFigure>([new HighlightFigure(target.Unit, indicator, score, previous)])
                : [];
            carried.Add(new Highlight(HighlightKind.CarriedAction, target.Unit, indicator, CarryOverSummary.Describe(reading), evidence));
        }

        return highlights.Append(carried);
    }

    private IEnumerable<(ActionId Action, string Title, UnitId Unit, IndicatorId? Indicator)> CarriedTargets()
    {
        if (_state.CarriedFrom is not { } origin)
        {
            yield break;
        }

        foreach (var action in _state.Actions)
        {
            if (!IsCarried(action.Id, origin))
            {
                continue;
            }

            var plan = _state.Plans.FirstOrDefault(p => p.FindAction(action.Id) is not null);
            var planned = plan?.FindAction(action.Id);
            IReadOnlyList<UnitId> units = plan?.Unit is { } unit
                ? [unit]
                : planned is { Units.Count: > 0 } ? planned.Units : [_state.Team.Unit];
            foreach (var u in units)
            {
                yield return (action.Id, planned?.Title ?? action.Title, u, planned?.Indicator);
            }
        }
    }

    // A cycle's commands number its actions T1, T2 … on from the previous cycle's last (AddAction), so an action is new
    // in this cycle exactly when its id is T<n> with n past the carried sequence; every other action came with the origin.
    private static bool IsCarried(ActionId id, CycleOrigin origin)
        => !(id.Value.Length > 1 && id.Value[0] == 'T'
            && int.TryParse(id.Value.Substring(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && n > origin.ActionSequence);
}

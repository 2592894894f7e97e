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
    /// <exception cref="ArgumentException">An id is the default value, the new id is this process's, or the round is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is out of range.</exception>
    public NextCycle StartNext(ProcessId id, string round, PersonId by, Release release, Release? previousRelease = null, double tolerance = IndicatorReading.DefaultTolerance)
        => StartNext(id, round, by, release, previousRelease, tolerance, _clock, Prompts, TopicAreas);

    /// <summary>Starts the next cycle with a host's clock, prompts and topic areas.</summary>
    internal NextCycle StartNext(ProcessId id, string round, PersonId by, Release release, Release? previousRelease, double tolerance, IClock clock, PromptCatalog prompts, TopicAreaCatalog topicAreas)
    {
        Guard.NotNull(release, nameof(release));
        if (id == _state.Id)
        {
            throw new ArgumentException("The next cycle needs an id of its own.", nameof(id));
        }

        var next = Start(id, round, _state.Team, by, clock, prompts, topicAreas, _state.TimeZone);
        var open = _state.Actions.Where(a => a.IsOpen).ToList();
        var openIds = new HashSet<ActionId>(open.Select(a => a.Id));
        var plans = _state.Plans
            .Where(p => p.Actions.Any(a => openIds.Contains(a.Id)))
            .Select(p => new ActionPlan(p.Unit, p.Responsible, p.FocusAreas, p.Actions.Where(a => openIds.Contains(a.Id))))
            .ToReadOnly();
        var readings = new List<IndicatorReading>();
        foreach (var action in open)
        {
            var plan = plans.FirstOrDefault(p => p.FindAction(action.Id) is not null);
            var planned = plan?.FindAction(action.Id);
            IReadOnlyList<UnitId> units = plan?.Unit is { } unit
                ? [unit]
                : planned is { Units.Count: > 0 } ? planned.Units : [_state.Team.Unit];
            foreach (var u in units)
            {
                readings.Add(IndicatorReading.Read(action.Id, planned?.Title ?? action.Title, u, planned?.Indicator, release, previousRelease, tolerance));
            }
        }

        next._state = next._state with
        {
            Actions = open.ToReadOnly(),
            ActionSequence = _state.ActionSequence,
            Plans = plans,
            GroupHistory = _state.GroupHistory,
            CarriedFrom = new CycleOrigin(_state.Id, _state.Round, _state.ActionSequence),
        };
        return new NextCycle(next, open.Select(a => a.Id).ToReadOnly(), readings.ToReadOnly());
    }
}

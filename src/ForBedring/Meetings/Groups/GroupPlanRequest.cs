using ForBedring.Internal;
using NodaTime;

namespace ForBedring.Meetings;

/// <summary>
/// A3.5: what the group planner is asked to do — split the members present into groups for one meeting or several
/// meetings ahead, given the team's earlier groups, people fixed together or apart, and people kept out (the leader).
/// </summary>
/// <remarks>
/// Immutable. The same request (including <see cref="Seed"/>) always gives the same plan, unless a
/// <see cref="TimeLimit"/> ends the search before its iteration budget is spent.
/// </remarks>
public sealed class GroupPlanRequest
{
    private IReadOnlyList<GroupRound> _history = Array.Empty<GroupRound>();
    private IReadOnlyList<IReadOnlyList<PersonId>> _together = Array.Empty<IReadOnlyList<PersonId>>();
    private IReadOnlyList<IReadOnlyList<PersonId>> _apart = Array.Empty<IReadOnlyList<PersonId>>();
    private IReadOnlyList<PersonId> _keptOut = Array.Empty<PersonId>();
    private int _maxIterations = DefaultMaxIterations;
    private Duration? _timeLimit;

    /// <summary>Creates a request.</summary>
    /// <param name="members">The members present (with units and clinics where known).</param>
    /// <param name="sizing">The group size or number of groups.</param>
    /// <param name="meetings">How many meetings to plan, 1–52.</param>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> or <paramref name="sizing"/> is null.</exception>
    /// <exception cref="ArgumentException">A member is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="meetings"/> is out of range.</exception>
    public GroupPlanRequest(IEnumerable<GroupMember> members, GroupSizing sizing, int meetings = 1)
    {
        if (meetings is < 1 or > 52)
        {
            throw new ArgumentOutOfRangeException(nameof(meetings), meetings, "Plan 1 to 52 meetings.");
        }

        Members = ValueList.Copy(members, nameof(members));
        Sizing = Guard.NotNull(sizing, nameof(sizing));
        Meetings = meetings;
    }

    /// <summary>The iteration budget used when none is given.</summary>
    public const int DefaultMaxIterations = 20_000;

    /// <summary>Gets the members present.</summary>
    public IReadOnlyList<GroupMember> Members { get; }

    /// <summary>Gets the group size or number of groups.</summary>
    public GroupSizing Sizing { get; }

    /// <summary>Gets how many meetings to plan.</summary>
    public int Meetings { get; }

    /// <summary>Gets the team's earlier groups (kept with the team across cycles); people no longer present are ignored.</summary>
    /// <exception cref="ArgumentException">The value is null or holds null.</exception>
    public IReadOnlyList<GroupRound> History
    {
        get => _history;
        init => _history = ValueList.Copy(value, nameof(History));
    }

    /// <summary>Gets the sets of people who sit in the same group at every meeting (sets that share a person are joined).</summary>
    /// <exception cref="ArgumentException">The value is null or holds null.</exception>
    public IReadOnlyList<IReadOnlyList<PersonId>> Together
    {
        get => _together;
        init => _together = CopySets(value, nameof(Together));
    }

    /// <summary>Gets the sets of people of whom no two sit in the same group.</summary>
    /// <exception cref="ArgumentException">The value is null or holds null.</exception>
    public IReadOnlyList<IReadOnlyList<PersonId>> Apart
    {
        get => _apart;
        init => _apart = CopySets(value, nameof(Apart));
    }

    /// <summary>Gets the people kept out of the groups, such as the leader who chairs.</summary>
    /// <exception cref="ArgumentException">The value is null.</exception>
    public IReadOnlyList<PersonId> KeptOut
    {
        get => _keptOut;
        init => _keptOut = ValueList.Copy(value, nameof(KeptOut));
    }

    /// <summary>Gets the seed of the planner's pseudo-random choices; the same seed gives the same plan.</summary>
    public int Seed { get; init; }

    /// <summary>Gets the search's budget in iterations (each one move), 1–10,000,000; the search may stop earlier when it cannot improve.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int MaxIterations
    {
        get => _maxIterations;
        init => _maxIterations = value is >= 1 and <= 10_000_000
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxIterations), value, "The budget is 1 to 10,000,000 iterations.");
    }

    /// <summary>
    /// Gets an optional cap on the search's time. When it ends the search, the plan depends on the machine's speed and
    /// so may differ between runs with the same seed; without it the plan depends only on the request.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public Duration? TimeLimit
    {
        get => _timeLimit;
        init => _timeLimit = value is null || value.Value > Duration.Zero
            ? value
            : throw new ArgumentOutOfRangeException(nameof(TimeLimit), value, "The time limit is positive.");
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<IReadOnlyList<PersonId>> CopySets(IEnumerable<IEnumerable<PersonId>>? sets, string paramName)
    {
        var outer = ValueList.Copy(sets, paramName);
        return outer.Select(s => ValueList.Copy(s, paramName, static p => p.Value.Length > 0)).ToList().AsReadOnly();
    }
}

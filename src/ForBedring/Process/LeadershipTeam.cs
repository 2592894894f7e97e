using System.Collections.ObjectModel;
using ForBedring.Internal;

namespace ForBedring.Process;

/// <summary>A leadership team (ledergruppe): the leader who chairs it and the members, each leading a unit.</summary>
public sealed record LeadershipTeam
{
    /// <summary>The largest team the process accepts.</summary>
    public const int MaxMembers = 60;

    /// <summary>Creates a leadership team.</summary>
    /// <param name="unit">The team's own unit (leaders answer the survey as members of it).</param>
    /// <param name="name">The team's name.</param>
    /// <param name="leader">The leader who chairs the team.</param>
    /// <param name="members">The members, in the order they are shown; at least one, at most <see cref="MaxMembers"/>.</param>
    /// <exception cref="ArgumentNullException">An argument or a member is null.</exception>
    /// <exception cref="ArgumentException">The unit is the default value, the name is invalid, there are no or too many members, or a person occurs twice.</exception>
    public LeadershipTeam(UnitId unit, string name, TeamMember leader, IEnumerable<TeamMember> members)
    {
        if (unit.Value.Length == 0)
        {
            throw new ArgumentException("A leadership team needs a unit id.", nameof(unit));
        }

        Unit = unit;
        Name = Guard.Text(name, nameof(name), 200);
        Leader = leader ?? throw new ArgumentNullException(nameof(leader));
        var list = ValueList.Copy(members, nameof(members));
        if (list.Count is 0 or > MaxMembers)
        {
            throw new ArgumentException($"A leadership team needs 1 to {MaxMembers} members besides the leader; got {list.Count}.", nameof(members));
        }

        var seen = new HashSet<PersonId> { leader.Id };
        foreach (var member in list)
        {
            if (!seen.Add(member.Id))
            {
                throw new ArgumentException($"The person '{member.Id}' occurs twice in the team.", nameof(members));
            }
        }

        Members = list;
        Everyone = new ReadOnlyCollection<PersonId>(seen.ToList());
    }

    /// <summary>Gets the team's own unit.</summary>
    public UnitId Unit { get; }

    /// <summary>Gets the team's name.</summary>
    public string Name { get; }

    /// <summary>Gets the leader who chairs the team.</summary>
    public TeamMember Leader { get; }

    /// <summary>Gets the members besides the leader, in the order they are shown.</summary>
    public IReadOnlyList<TeamMember> Members { get; }

    /// <summary>Gets the ids of the leader and every member.</summary>
    public IReadOnlyList<PersonId> Everyone { get; }

    /// <summary>Tells whether a person is the leader or a member.</summary>
    /// <param name="person">The person.</param>
    /// <returns>Whether the person is on the team.</returns>
    public bool Contains(PersonId person) => Leader.Id == person || IsMember(person);

    /// <summary>Tells whether a person is a member (not the leader).</summary>
    /// <param name="person">The person.</param>
    /// <returns>Whether the person is a member.</returns>
    public bool IsMember(PersonId person)
    {
        // A loop rather than LINQ: the rules ask this many times per command.
        foreach (var member in Members)
        {
            if (member.Id == person)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds a person on the team.</summary>
    /// <param name="person">The person's id.</param>
    /// <returns>The leader or member, or null when the person is not on the team.</returns>
    public TeamMember? Find(PersonId person)
    {
        if (Leader.Id == person)
        {
            return Leader;
        }

        foreach (var member in Members)
        {
            if (member.Id == person)
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>Tells whether two values are equal, their lists compared item by item.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(LeadershipTeam? other) => other is not null && Unit == other.Unit && Name == other.Name && Leader == other.Leader && ValueList.SequenceEqual(Members, other.Members);

    /// <inheritdoc/>
    public override int GetHashCode() => ValueList.SequenceHash(Members) ^ Unit.GetHashCode();
}

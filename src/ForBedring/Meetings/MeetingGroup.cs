using ForBedring.Internal;

namespace ForBedring.Meetings;

/// <summary>A3.5, B4: one group for the group dialogue.</summary>
public sealed record MeetingGroup
{
    /// <summary>Creates a group.</summary>
    /// <param name="members">The people in the group, at least two, each once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    /// <exception cref="ArgumentException">There are fewer than two people, or a person occurs twice or is the default value.</exception>
    public MeetingGroup(IEnumerable<PersonId> members)
    {
        Members = ValueList.Copy(members, nameof(members), static p => p.Value.Length > 0);
        if (Members.Count < 2 || Members.Distinct().Count() != Members.Count)
        {
            throw new ArgumentException("A group has at least two people, each once.", nameof(members));
        }
    }

    /// <summary>Gets the people in the group.</summary>
    public IReadOnlyList<PersonId> Members { get; }

    /// <summary>Tells whether two values are equal, their lists compared item by item.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(MeetingGroup? other) => other is not null && ValueList.SequenceEqual(Members, other.Members);

    /// <inheritdoc/>
    public override int GetHashCode() => ValueList.SequenceHash(Members);
}

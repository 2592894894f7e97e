using ForBedring.Internal;
using NodaTime;

namespace ForBedring.Meetings;

/// <summary>
/// The groups of one meeting (A3.5): who sat together. The team keeps these across cycles so that the group planner
/// can let people meet others than last time.
/// </summary>
public sealed record GroupRound
{
    /// <summary>Initializes a new instance of the <see cref="GroupRound"/> class.</summary>
    /// <param name="date">The meeting's date.</param>
    /// <param name="groups">The groups; nobody is in two of them.</param>
    /// <exception cref="ArgumentException">A group is null, or a person is in two groups.</exception>
    public GroupRound(LocalDate date, IEnumerable<MeetingGroup> groups)
    {
        Date = DayKey.Iso(date);
        Groups = ValueList.Copy(groups, nameof(groups));
        var people = Groups.SelectMany(g => g.Members).ToList();
        if (people.Distinct().Count() != people.Count)
        {
            throw new ArgumentException("A person is in two groups of the same meeting.", nameof(groups));
        }
    }

    /// <summary>Gets the meeting's date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the groups.</summary>
    public IReadOnlyList<MeetingGroup> Groups { get; }

    /// <inheritdoc/>
    public bool Equals(GroupRound? other) => other is not null && Date == other.Date && ValueList.SequenceEqual(Groups, other.Groups);

    /// <inheritdoc/>
    public override int GetHashCode() => ValueList.SequenceHash(Groups) ^ Date.GetHashCode();
}

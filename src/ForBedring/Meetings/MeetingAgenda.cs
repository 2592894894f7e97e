using ForBedring.Internal;
using NodaTime;

namespace ForBedring.Meetings;

/// <summary>
/// The read-back meeting's agenda and time plan (A3.1, A3.3): when it starts, and its items in order, each in one of
/// the three parts with its minutes. Whether it is complete is a rule of the process, not of this value, so a leader
/// can save a draft.
/// </summary>
public sealed record MeetingAgenda
{
    /// <summary>Creates an agenda.</summary>
    /// <param name="start">When the meeting starts, in the meeting's time zone (Europe/Oslo by default).</param>
    /// <param name="items">The items in the order they are taken; at most 100.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">There are more than 100 items.</exception>
    public MeetingAgenda(ZonedDateTime start, IEnumerable<AgendaItem> items)
    {
        Start = start;
        Items = ValueList.Copy(items, nameof(items));
        if (Items.Count > 100)
        {
            throw new ArgumentException("An agenda has at most 100 items.", nameof(items));
        }
    }

    /// <summary>Gets when the meeting starts.</summary>
    public ZonedDateTime Start { get; }

    /// <summary>Gets the items in the order they are taken.</summary>
    public IReadOnlyList<AgendaItem> Items { get; }

    /// <summary>Gets the meeting's length: the sum of the items' minutes.</summary>
    public Duration Length => Duration.FromMinutes(Items.Sum(i => i.Minutes));

    /// <summary>Gets when the meeting ends.</summary>
    public ZonedDateTime End => Start.Plus(Length);

    /// <summary>Gets the minutes given to one part of the meeting.</summary>
    /// <param name="section">The part.</param>
    /// <returns>The minutes of its items together.</returns>
    public int MinutesIn(AgendaSection section) => Items.Where(i => i.Section == section).Sum(i => i.Minutes);

    /// <summary>Tells whether the items come in the parts' order: introduction, then discussion, then summary and evaluation.</summary>
    public bool IsInPartOrder => Items.Zip(Items.Skip(1), (a, b) => a.Section <= b.Section).All(ok => ok);

    /// <summary>Tells whether two values are equal, their lists compared item by item.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(MeetingAgenda? other) => other is not null && Start == other.Start && ValueList.SequenceEqual(Items, other.Items);

    /// <inheritdoc/>
    public override int GetHashCode() => ValueList.SequenceHash(Items) ^ Start.GetHashCode();
}

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
        // Kept in the ISO calendar, as every date in the library: the same moment, compared with ISO dates without error.
        Start = start.Calendar == CalendarSystem.Iso ? start : start.WithCalendar(CalendarSystem.Iso);
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

    /// <summary>Returns a copy with an item added at the end of its part.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The new agenda.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="ArgumentException">The agenda would have more than 100 items.</exception>
    public MeetingAgenda Add(AgendaItem item)
    {
        Guard.NotNull(item, nameof(item));
        var at = 0;
        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i].Section <= item.Section)
            {
                at = i + 1;
            }
        }

        return Insert(at, item);
    }

    /// <summary>Returns a copy with an item inserted at a position, which must keep the parts in order.</summary>
    /// <param name="index">Where it goes, 0 to <see cref="IReadOnlyCollection{T}.Count"/> of <see cref="Items"/>.</param>
    /// <param name="item">The item.</param>
    /// <returns>The new agenda.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    /// <exception cref="ArgumentException">The item would stand outside its part, or the agenda would have more than 100 items.</exception>
    public MeetingAgenda Insert(int index, AgendaItem item)
    {
        Guard.NotNull(item, nameof(item));
        if (index < 0 || index > Items.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "The position is outside the agenda.");
        }

        var list = Items.ToList();
        list.Insert(index, item);
        return InPartOrder(list, nameof(index));
    }

    /// <summary>Returns a copy without the item at a position.</summary>
    /// <param name="index">The item's position.</param>
    /// <returns>The new agenda.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public MeetingAgenda RemoveAt(int index)
    {
        CheckIndex(index, nameof(index));
        var list = Items.ToList();
        list.RemoveAt(index);
        return new MeetingAgenda(Start, list);
    }

    /// <summary>Returns a copy with an item moved to another position within its part.</summary>
    /// <param name="from">The item's position.</param>
    /// <param name="to">Its new position, counted in the agenda after it is taken out.</param>
    /// <returns>The new agenda.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A position is out of range.</exception>
    /// <exception cref="ArgumentException">The item would leave its part, or the parts would come out of order.</exception>
    public MeetingAgenda Move(int from, int to)
    {
        CheckIndex(from, nameof(from));
        CheckIndex(to, nameof(to));
        var list = Items.ToList();
        var item = list[from];
        list.RemoveAt(from);
        list.Insert(to, item);
        return InPartOrder(list, nameof(to));
    }

    /// <summary>Returns a copy with one item given other minutes.</summary>
    /// <param name="index">The item's position.</param>
    /// <param name="minutes">Its new minutes, 1–480.</param>
    /// <returns>The new agenda.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The position or the minutes are out of range.</exception>
    public MeetingAgenda Resize(int index, int minutes)
    {
        CheckIndex(index, nameof(index));
        var list = Items.ToList();
        list[index] = list[index].WithMinutes(minutes);
        return new MeetingAgenda(Start, list);
    }

    /// <summary>Tells whether two values are equal, their lists compared item by item.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(MeetingAgenda? other) => other is not null && Start == other.Start && ValueList.SequenceEqual(Items, other.Items);

    /// <inheritdoc/>
    public override int GetHashCode() => ValueList.SequenceHash(Items) ^ Start.GetHashCode();

    private void CheckIndex(int index, string paramName)
    {
        if (index < 0 || index >= Items.Count)
        {
            throw new ArgumentOutOfRangeException(paramName, index, "The position is outside the agenda.");
        }
    }

    private MeetingAgenda InPartOrder(List<AgendaItem> list, string paramName)
    {
        var agenda = new MeetingAgenda(Start, list);
        if (IsInPartOrder && !agenda.IsInPartOrder)
        {
            throw new ArgumentException("An item stays within its part: introduction, discussion, then summary and evaluation.", paramName);
        }

        return agenda;
    }
}

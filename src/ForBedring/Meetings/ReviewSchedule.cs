using ForBedring.Internal;
using NodaTime;

namespace ForBedring.Meetings;

/// <summary>
/// When the action plan's status is taken into the ordinary leadership meetings (C2), as the way forward (B7) sets it:
/// every few weeks from a first date, or on a list of meeting dates.
/// </summary>
public sealed record ReviewSchedule
{
    private ReviewSchedule(LocalDate first, int intervalWeeks, int count, IReadOnlyList<LocalDate> dates)
    {
        First = first;
        IntervalWeeks = intervalWeeks;
        Count = count;
        ListedDates = dates;
    }

    /// <summary>Gets the first review date.</summary>
    public LocalDate First { get; }

    /// <summary>Gets the weeks between reviews, or 0 when the schedule is a list of dates.</summary>
    public int IntervalWeeks { get; }

    /// <summary>Gets how many reviews the schedule holds.</summary>
    public int Count { get; }

    /// <summary>Gets the listed dates when the schedule is a list; empty when it repeats.</summary>
    public IReadOnlyList<LocalDate> ListedDates { get; }

    /// <summary>Gets a value indicating whether the schedule repeats every <see cref="IntervalWeeks"/> weeks.</summary>
    public bool IsRepeating => IntervalWeeks > 0;

    /// <summary>Creates a schedule that repeats every <paramref name="weeks"/> weeks (for example every fourth week).</summary>
    /// <param name="first">The first review date.</param>
    /// <param name="weeks">The weeks between reviews, 1 to 26.</param>
    /// <param name="count">How many reviews, 1 to 52.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weeks"/> or <paramref name="count"/> is out of range.</exception>
    public static ReviewSchedule Every(int weeks, LocalDate first, int count)
    {
        if (weeks is < 1 or > 26)
        {
            throw new ArgumentOutOfRangeException(nameof(weeks), weeks, "Reviews are 1 to 26 weeks apart.");
        }

        if (count is < 1 or > 52)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A schedule holds 1 to 52 reviews.");
        }

        return new ReviewSchedule(DayKey.Iso(first), weeks, count, Array.Empty<LocalDate>());
    }

    /// <summary>Creates a schedule from a list of leadership-meeting dates.</summary>
    /// <param name="dates">The dates, in increasing order, each once (1 to 52 of them).</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentException">The list is empty, too long, or not strictly increasing.</exception>
    public static ReviewSchedule On(IEnumerable<LocalDate> dates)
    {
        var list = ValueList.Copy(dates?.Select(DayKey.Iso), nameof(dates));
        if (list.Count is < 1 or > 52)
        {
            throw new ArgumentException("A schedule holds 1 to 52 review dates.", nameof(dates));
        }

        for (var i = 1; i < list.Count; i++)
        {
            if (list[i] <= list[i - 1])
            {
                throw new ArgumentException($"Review dates must increase: {list[i]} comes after {list[i - 1]}.", nameof(dates));
            }
        }

        return new ReviewSchedule(list[0], 0, list.Count, list);
    }

    /// <summary>Gets every review date, in order.</summary>
    public IReadOnlyList<LocalDate> Dates =>
        IsRepeating
            ? Enumerable.Range(0, Count).Select(i => First.PlusWeeks(i * IntervalWeeks)).ToList().AsReadOnly()
            : ListedDates;

    /// <summary>Gets the first review on or after <paramref name="date"/>, or null when the schedule has ended.</summary>
    /// <param name="date">The date to look from.</param>
    /// <returns>The next review date, or null.</returns>
    public LocalDate? NextOnOrAfter(LocalDate date)
    {
        date = DayKey.Iso(date);
        foreach (var d in Dates)
        {
            if (d >= date)
            {
                return d;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public bool Equals(ReviewSchedule? other) =>
        other is not null && First == other.First && IntervalWeeks == other.IntervalWeeks && Count == other.Count
        && ValueList.SequenceEqual(ListedDates, other.ListedDates);

    /// <inheritdoc/>
    public override int GetHashCode() => (((First.GetHashCode() * 31) + IntervalWeeks) * 31 + Count) * 31 + ValueList.SequenceHash(ListedDates);
}

using NodaTime;

namespace ForBedring.Internal;

/// <summary>
/// A date as one integer that orders like the date in the ISO calendar (a date in another calendar is converted
/// first): comparing two keys is one integer comparison, where comparing two <see cref="LocalDate"/> values checks
/// their calendars first.
/// </summary>
internal static class DayKey
{
    /// <summary>Gives a date in the ISO calendar: the library keeps, compares and saves every date as ISO, so a date made in another calendar is the same day, never an error or a different day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The same day in the ISO calendar.</returns>
    public static LocalDate Iso(LocalDate date) => date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);

    /// <summary>Gives a date in the ISO calendar, or null.</summary>
    /// <param name="date">The date, or null.</param>
    /// <returns>The same day in the ISO calendar, or null.</returns>
    public static LocalDate? Iso(LocalDate? date) => date is { } d ? Iso(d) : null;

    /// <summary>Gets the key of no date, after every date's.</summary>
    public const int None = int.MaxValue;

    /// <summary>Gets a date's key.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The key: year × 512 + month × 32 + day, in the ISO calendar.</returns>
    public static int Of(LocalDate date)
    {
        date = Iso(date);
        return (date.Year * 512) + (date.Month * 32) + date.Day;
    }

    /// <summary>Gets a date's key, or <see cref="None"/> for no date.</summary>
    /// <param name="date">The date, or null.</param>
    /// <returns>The key.</returns>
    public static int Of(LocalDate? date) => date is { } d ? Of(d) : None;
}

using System.Globalization;
using System.Text;
using ForBedring.Meetings;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;

namespace ForBedring.Calendar;

/// <summary>
/// Writes the read-back meeting and the series of status reviews (C2) as iCalendar (RFC 5545) through Ical.Net:
/// events in the meeting's time zone (Europe/Oslo by default) with its VTIMEZONE, a neutral title, and no free text
/// or personal data unless <see cref="CalendarExportOptions.IncludeFreeText"/> asks for it.
/// </summary>
/// <remarks>
/// Free text is written as RFC 5545 TEXT: CR LF and CR become LF (written <c>\n</c>), other control characters, which
/// TEXT does not allow, become U+FFFD; Ical.Net escapes <c>\ ; ,</c> and folds lines at 75 octets.
/// </remarks>
public static class MeetingCalendar
{
    private static readonly LocalizedText MeetingTitle = new("ForBedring: tilbakemeldingsmøte", "ForBedring: tilbakemeldingsmøte", "ForBedring: read-back meeting");
    private static readonly LocalizedText ReviewTitle = new("ForBedring: statusgjennomgang av handlingsplanen", "ForBedring: statusgjennomgang av handlingsplanen", "ForBedring: status review of the action plan");

    /// <summary>Writes the meeting as one VEVENT with DTSTART/DTEND in its time zone, and that zone's VTIMEZONE.</summary>
    /// <param name="agenda">The agenda: its start and length (and, with free text, its items as the description).</param>
    /// <param name="options">What the export may carry.</param>
    /// <returns>The iCalendar text, CRLF line endings, folded at 75 octets.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Meeting(MeetingAgenda agenda, CalendarExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(options);
        var calendar = NewCalendar(agenda.Start.Zone);
        var e = Event(agenda.Start, agenda.End, "meeting", options, MeetingTitle);
        if (options.IncludeFreeText)
        {
            var description = new StringBuilder();
            var at = agenda.Start;
            foreach (var item in agenda.Items)
            {
                description.Append(at.ToString("HH:mm", CultureInfo.InvariantCulture)).Append(' ').Append(item.Title).Append(" (")
                    .Append(item.Minutes.ToString(CultureInfo.InvariantCulture)).Append(" min)\n");
                at = at.Plus(NodaTime.Duration.FromMinutes(item.Minutes));
            }

            e.Description = Clean(description.ToString().TrimEnd('\n'));
        }

        calendar.Events.Add(e);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    /// <summary>
    /// Writes the status reviews: one VEVENT with an RRULE (weekly, every N weeks, COUNT) for a repeating schedule, or
    /// one VEVENT per date for a list of dates.
    /// </summary>
    /// <param name="schedule">The review schedule.</param>
    /// <param name="start">The reviews' time of day.</param>
    /// <param name="minutes">How long a review item lasts, 1–480.</param>
    /// <param name="zone">The time zone; Europe/Oslo when null.</param>
    /// <param name="options">What the export may carry.</param>
    /// <returns>The iCalendar text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minutes"/> is out of range.</exception>
    public static string Reviews(ReviewSchedule schedule, LocalTime start, int minutes, DateTimeZone? zone, CalendarExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(minutes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minutes, 480);
        zone ??= AgendaBuilder.Oslo;
        var calendar = NewCalendar(zone);
        var dates = schedule.IsRepeating ? [schedule.First] : schedule.Dates;
        foreach (var date in dates)
        {
            var from = date.At(start).InZoneLeniently(zone);
            var e = Event(from, from.Plus(NodaTime.Duration.FromMinutes(minutes)), "review", options, ReviewTitle);
            if (schedule.IsRepeating)
            {
                e.RecurrenceRule = new RecurrencePattern(FrequencyType.Weekly, schedule.IntervalWeeks) { Count = schedule.Count };
            }

            calendar.Events.Add(e);
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static Ical.Net.Calendar NewCalendar(DateTimeZone zone)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//ForBedring//ForBedring.Calendar//EN" };
        calendar.AddTimeZone(zone.Id);
        return calendar;
    }

    private static CalendarEvent Event(ZonedDateTime start, ZonedDateTime end, string kind, CalendarExportOptions options, LocalizedText neutral)
    {
        var stamp = options.Stamp.InUtc();
        var e = new CalendarEvent
        {
            // The UID names only the kind and the start: no person, team or text.
            Uid = string.Create(CultureInfo.InvariantCulture, $"forbedring-{kind}-{start.LocalDateTime:yyyyMMdd'T'HHmm}-{start.Zone.Id.Replace('/', '-')}"),
            DtStamp = new CalDateTime(stamp.Year, stamp.Month, stamp.Day, stamp.Hour, stamp.Minute, stamp.Second, "UTC"),
            Start = Local(start),
            End = Local(end),
            Summary = options.Title is null ? neutral.In(options.Language) : Clean(options.Title),
        };
        if (options.Location is not null)
        {
            e.Location = Clean(options.Location);
        }

        return e;
    }

    /// <summary>
    /// Makes free text fit RFC 5545's TEXT: line breaks (CR LF, CR) become LF, which Ical.Net writes as <c>\n</c>;
    /// other control characters, which TEXT does not allow, become U+FFFD.
    /// </summary>
    internal static string Clean(string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var chars = normalised.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsControl(chars[i]) && chars[i] is not ('\n' or '\t'))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static CalDateTime Local(ZonedDateTime time)
    {
        var t = time.LocalDateTime;
        return new CalDateTime(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second, time.Zone.Id);
    }
}

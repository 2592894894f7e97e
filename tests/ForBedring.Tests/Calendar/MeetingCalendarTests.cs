using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ForBedring.Calendar;
using ForBedring.Meetings;
using NodaTime;

namespace ForBedring.Tests.Calendar;

public sealed class MeetingCalendarTests
{
    private static readonly Instant Stamp = Instant.FromUtc(2026, 12, 1, 8, 0);
    private static readonly MeetingAgenda Agenda = new AgendaBuilder().Build(6, AgendaBuilder.InOslo(new LocalDateTime(2027, 1, 14, 9, 0)), 90).Agenda;

    [Fact]
    public void Meeting_Default_HasTheTimesInOsloANeutralTitleAndNoFreeText()
    {
        var ics = MeetingCalendar.Meeting(Agenda, new CalendarExportOptions(Stamp, TextLanguage.English));

        Assert.Contains("DTSTART;TZID=Europe/Oslo:20270114T090000\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/Oslo:20270114T103000\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:ForBedring: read-back meeting\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("DESCRIPTION", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\nLOCATION", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("reflections", ics, StringComparison.Ordinal);

        var e = Assert.Single(Ical.Net.Calendar.Load(ics)!.Events);
        Assert.Equal("Europe/Oslo", e.Start!.TzId);
        Assert.Equal(new DateTime(2027, 1, 14, 9, 0, 0, DateTimeKind.Unspecified), e.Start.Value);
    }

    [Fact]
    public void Options_TitleWithoutOptIn_Throws()
        => Assert.Throws<ArgumentException>(() => new CalendarExportOptions(Stamp, title: "Møte om Per"));

    [Fact]
    public void Reviews_Repeating_IsOneEventWithAWeeklyRule()
    {
        var ics = MeetingCalendar.Reviews(ReviewSchedule.Every(4, new LocalDate(2027, 2, 11), 6), new LocalTime(13, 0), 20, null, new CalendarExportOptions(Stamp));

        Assert.Contains("RRULE:FREQ=WEEKLY;INTERVAL=4;COUNT=6\r\n", ics, StringComparison.Ordinal);
        var e = Assert.Single(Ical.Net.Calendar.Load(ics)!.Events);
        Assert.Equal(new DateTime(2027, 2, 11, 13, 0, 0), e.Start!.Value);
        Assert.Equal(new DateTime(2027, 2, 11, 13, 20, 0), e.End!.Value);
    }

    [Fact]
    public void Reviews_List_IsOneEventPerDate()
    {
        var dates = new[] { new LocalDate(2027, 2, 11), new LocalDate(2027, 3, 25), new LocalDate(2027, 6, 3) };
        var ics = MeetingCalendar.Reviews(ReviewSchedule.On(dates), new LocalTime(13, 0), 20, null, new CalendarExportOptions(Stamp));

        var starts = Ical.Net.Calendar.Load(ics)!.Events.Select(e => DateOnly.FromDateTime(e.Start!.Value)).ToArray();
        Assert.Equal(dates.Select(d => d.ToDateOnly()).ToArray(), starts);
        Assert.DoesNotContain("RRULE:FREQ=WEEKLY", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Meeting_AnyFreeText_ParsesBackWithShortLinesAndNoInjectedProperty()
    {
        var text = Gen.ListOf(Gen.OneOf(
                Gen.Elements("\r", "\n", "\r\n", ";", ",", ":", "\\", "\"", "END:VEVENT", "ATTENDEE:mailto:x@y", "æøå", "😀", " ", "\t", "BEGIN:VALARM"),
                ArbMap.Default.GeneratorFor<char>().Where(c => c != '\0' && !char.IsSurrogate(c)).Select(c => c.ToString())))
            .Select(parts => string.Concat(parts))
            .Where(s => !string.IsNullOrWhiteSpace(s) && s.Length <= 2_000);

        Prop.ForAll(text.ToArbitrary(), text.ToArbitrary(), (title, location) =>
        {
            var agenda = Agenda.Add(new AgendaItem(AgendaSection.Discussion, title.Length > 500 ? title[..500] : title, 5));
            var ics = MeetingCalendar.Meeting(agenda, new CalendarExportOptions(Stamp, includeFreeText: true, title: title, location: location));

            // Every physical line is at most 75 octets, and unfolded, only the expected properties start lines.
            var lines = ics.Split("\r\n");
            Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
            var unfolded = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\r\n\t", string.Empty, StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            var inEvent = unfolded.SkipWhile(l => l != "BEGIN:VEVENT").Skip(1).TakeWhile(l => l != "END:VEVENT").Select(l => l.Split(':', ';')[0]).ToList();
            Assert.Equal(["DESCRIPTION", "DTEND", "DTSTAMP", "DTSTART", "LOCATION", "SEQUENCE", "SUMMARY", "UID"], inEvent.Order(StringComparer.Ordinal).ToList());

            // Parsed back (Ical.Net unfolds and unescapes), the texts are what went in, line breaks as LF.
            var e = Assert.Single(Ical.Net.Calendar.Load(ics)!.Events);
            Assert.Equal(Lf(title), Lf(e.Summary!));
            Assert.Equal(Lf(location), Lf(e.Location!));
            Assert.Contains(Lf(agenda.Items[6].Title), Lf(e.Description!), StringComparison.Ordinal);
            Assert.Equal(Lf(Unescape(Value(unfolded, "SUMMARY"))), Lf(title));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    private static string Lf(string s) => MeetingCalendar.Clean(s);

    private static string Value(IEnumerable<string> lines, string name)
    {
        var line = lines.Single(l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal));
        return line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..];
    }

    /// <summary>RFC 5545 §3.3.11 TEXT unescaping, written here so the check does not rely on Ical.Net alone.</summary>
    private static string Unescape(string value)
    {
        var b = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                var c = value[++i];
                b.Append(c is 'n' or 'N' ? '\n' : c);
            }
            else
            {
                b.Append(value[i]);
            }
        }

        return b.ToString();
    }
}

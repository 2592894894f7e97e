using System.Globalization;
using System.Text.Json;
using ForBedring.Actions;
using ForBedring.Internal;
using ForBedring.Meetings;
using ForBedring.Process;
using ForBedring.Prompts;
using NodaTime;
using NodaTime.Text;

namespace ForBedring.Persistence;

/// <summary>How the document writes and reads the values that JSON has no type for: instants, dates, offsets, time zones, enums.</summary>
internal static class DocumentFormats
{
    public static readonly EnumNames<ProcessStep> StepNames = new();
    public static readonly EnumNames<ProcessAction> ActionNames = new();
    public static readonly EnumNames<AnswerKind> KindNames = new();
    public static readonly EnumNames<AgendaSection> SectionNames = new();
    public static readonly EnumNames<ActionStatus> StatusNames = new();
    public static readonly EnumNames<SupportResource> ResourceNames = new();
    public static readonly EnumNames<FocusAreaKind> FocusKindNames = new();
    public static readonly EnumNames<ResourceKind> ResourceKindNames = new();
    public static readonly EnumNames<ContributionKind> ContributionNames = new();
    public static readonly EnumNames<AgendaItemKind> AgendaKindNames = new();

    private static readonly OffsetPattern OffsetMinutes = OffsetPattern.CreateWithInvariantCulture("+HH:mm");
    private static readonly OffsetPattern OffsetSeconds = OffsetPattern.CreateWithInvariantCulture("+HH:mm:ss");

    /// <summary>The most bytes <see cref="TryFormat(Instant, Span{byte}, out int)"/> writes: <c>uuuu-MM-ddTHH:mm:ss.fffffffffZ</c>.</summary>
    public const int MaxInstantBytes = 30;

    /// <summary>The bytes <see cref="TryFormat(LocalDate, Span{byte}, out int)"/> writes: <c>uuuu-MM-dd</c>.</summary>
    public const int DateBytes = 10;

    // A document holds about a hundred instants; NodaTime's general patterns cost most of the mapping's time, so the
    // canonical forms are written and read here directly, and anything else goes to the patterns (a test compares them).
    public static string Format(Instant instant)
    {
        Span<byte> utf8 = stackalloc byte[MaxInstantBytes];
        return TryFormat(instant, utf8, out var written) ? Ascii(utf8.Slice(0, written)) : InstantPattern.ExtendedIso.Format(instant);
    }

    public static string Format(LocalDate date)
    {
        Span<byte> utf8 = stackalloc byte[DateBytes];
        return TryFormat(date, utf8, out var written) ? Ascii(utf8.Slice(0, written)) : LocalDatePattern.Iso.Format(DayKey.Iso(date));
    }

    /// <summary>
    /// Writes an instant in its canonical form, <c>uuuu-MM-ddTHH:mm:ss[.f…]Z</c> in ASCII (so in UTF-8), into at least
    /// <see cref="MaxInstantBytes"/> bytes; false, and nothing written, for a year outside 1–9999, which only the pattern writes.
    /// </summary>
    public static bool TryFormat(Instant instant, Span<byte> utf8, out int written)
    {
        var utc = instant.InUtc();
        if (utc.Year is < 1 or > 9999)
        {
            written = 0;
            return false;
        }

        var nanos = utc.NanosecondOfSecond;
        var digits = 9;
        while (nanos != 0 && nanos % 10 == 0)
        {
            nanos /= 10;
            digits--;
        }

        written = nanos == 0 ? 20 : 21 + digits;
        var text = utf8.Slice(0, written);
        WriteDate(text, utc.Year, utc.Month, utc.Day);
        text[10] = (byte)'T';
        Write2(text, 11, utc.Hour);
        text[13] = (byte)':';
        Write2(text, 14, utc.Minute);
        text[16] = (byte)':';
        Write2(text, 17, utc.Second);
        if (nanos != 0)
        {
            text[19] = (byte)'.';
            for (var i = 19 + digits; i > 19; i--)
            {
                text[i] = (byte)('0' + (nanos % 10));
                nanos /= 10;
            }
        }

        text[written - 1] = (byte)'Z';
        return true;
    }

    /// <summary>Writes a date as <c>uuuu-MM-dd</c> in ASCII into at least <see cref="DateBytes"/> bytes; false for a year outside 1–9999.</summary>
    public static bool TryFormat(LocalDate date, Span<byte> utf8, out int written)
    {
        // A document holds ISO dates: a date in another calendar is written as the same day in ISO.
        date = DayKey.Iso(date);
        if (date.Year is < 1 or > 9999)
        {
            written = 0;
            return false;
        }

        WriteDate(utf8, date.Year, date.Month, date.Day);
        written = DateBytes;
        return true;
    }

    public static string Format(LocalDateTime local) => LocalDateTimePattern.ExtendedIso.Format(local.Calendar == CalendarSystem.Iso ? local : local.WithCalendar(CalendarSystem.Iso));

    public static string Format(Offset offset) => offset.Seconds % 60 == 0 ? OffsetMinutes.Format(offset) : OffsetSeconds.Format(offset);

    /// <summary>Gets the TZDB id under which a zone is saved.</summary>
    /// <exception cref="ArgumentException">The zone is not one the TZDB provider knows, so it could not be read back.</exception>
    public static string ZoneId(DateTimeZone zone, string paramName)
    {
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone.Id) is null)
        {
            throw new ArgumentException(
                $"The time zone '{zone.Id}' is not a TZDB zone; only TZDB zones (such as Europe/Oslo) can be saved.",
                paramName);
        }

        return zone.Id;
    }

    public static Instant ParseInstant(string value, string? member)
        => TryParseCanonical(value, out var instant) ? instant
            : InstantPattern.ExtendedIso.Parse(value) is { Success: true } result ? result.Value
            : throw new DocumentProblem($"\"{Guard.Shorten(value)}\" is not an instant in ISO 8601 UTC form, such as 2027-01-14T08:00:00Z.", member);

    public static Instant? ParseInstantOrNull(string? value, string member) => value is null ? null : ParseInstant(value, member);

    public static LocalDate ParseDate(string value, string? member)
        => value.Length == 10 && TryParseDate(value, out var date) ? date
            : LocalDatePattern.Iso.Parse(value) is { Success: true } result ? result.Value
            : throw new DocumentProblem($"\"{Guard.Shorten(value)}\" is not a date in ISO 8601 form, such as 2027-01-14.", member);

    public static LocalDate? ParseDateOrNull(string? value, string member) => value is null ? null : ParseDate(value, member);

    public static LocalDateTime ParseLocalDateTime(string value, string member)
        => LocalDateTimePattern.ExtendedIso.Parse(value) is { Success: true } result
            ? result.Value
            : throw new DocumentProblem($"\"{Guard.Shorten(value)}\" is not a local date and time in ISO 8601 form, such as 2027-01-14T09:00:00.", member);

    public static Offset ParseOffset(string value, string member)
    {
        var result = OffsetMinutes.Parse(value);
        if (!result.Success)
        {
            result = OffsetSeconds.Parse(value);
        }

        return result.Success
            ? result.Value
            : throw new DocumentProblem($"\"{Guard.Shorten(value)}\" is not a UTC offset such as +01:00.", member);
    }

    public static DateTimeZone ParseZone(string value, string member)
        => DateTimeZoneProviders.Tzdb.GetZoneOrNull(value)
            ?? throw new DocumentProblem($"\"{Guard.Shorten(value)}\" is not a time zone id of the TZDB, such as Europe/Oslo.", member);

    public static string Text(string value, string? member, int maxLength = Guard.MaxTextLength)
        => Guard.TextProblem(value, maxLength) is { } problem ? throw new DocumentProblem(problem, member) : value;

    public static string? TextOrNull(string? value, string member, int maxLength = Guard.MaxTextLength)
        => value is null ? null : Text(value, member, maxLength);

    /// <summary>Reads <c>uuuu-MM-ddTHH:mm:ss[.f…]Z</c> with a year from 1 to 9999; false for anything else, which the pattern then decides.</summary>
    internal static bool TryParseCanonical(string value, out Instant instant)
    {
        instant = default;
        var length = value.Length;
        if (length is < 20 or > 30 || value[10] != 'T' || value[13] != ':' || value[16] != ':' || value[length - 1] != 'Z'
            || !TryParseDate(value, out var date)
            || !TryRead2(value, 11, out var hour) || hour > 23
            || !TryRead2(value, 14, out var minute) || minute > 59
            || !TryRead2(value, 17, out var second) || second > 59)
        {
            return false;
        }

        var nanos = 0L;
        if (length > 20)
        {
            // A fraction: '.' and one to nine digits.
            if (value[19] != '.' || length == 21)
            {
                return false;
            }

            for (var i = 20; i < 29; i++)
            {
                var digit = i < length - 1 ? value[i] - '0' : 0;
                if (digit is < 0 or > 9)
                {
                    return false;
                }

                nanos = (nanos * 10) + digit;
            }
        }

        instant = date.At(new LocalTime(hour, minute, second)).InUtc().ToInstant().PlusNanoseconds(nanos);
        return true;
    }

    /// <summary>Reads <c>uuuu-MM-dd</c> from the start of a text, with a year from 1 to 9999 and a day that exists.</summary>
    internal static bool TryParseDate(string value, out LocalDate date)
    {
        date = default;
        if (value.Length < 10 || value[4] != '-' || value[7] != '-'
            || !TryRead2(value, 0, out var century) || !TryRead2(value, 2, out var years)
            || !TryRead2(value, 5, out var month) || !TryRead2(value, 8, out var day))
        {
            return false;
        }

        var year = (century * 100) + years;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static bool TryRead2(string value, int at, out int number)
    {
        var tens = value[at] - '0';
        var ones = value[at + 1] - '0';
        number = (tens * 10) + ones;
        return tens is >= 0 and <= 9 && ones is >= 0 and <= 9;
    }

    private static void WriteDate(Span<byte> text, int year, int month, int day)
    {
        Write2(text, 0, year / 100);
        Write2(text, 2, year % 100);
        text[4] = (byte)'-';
        Write2(text, 5, month);
        text[7] = (byte)'-';
        Write2(text, 8, day);
    }

    private static void Write2(Span<byte> text, int at, int number)
    {
        text[at] = (byte)('0' + (number / 10));
        text[at + 1] = (byte)('0' + (number % 10));
    }

    private static string Ascii(ReadOnlySpan<byte> ascii)
    {
        var text = new char[ascii.Length];
        for (var i = 0; i < text.Length; i++)
        {
            text[i] = (char)ascii[i];
        }

        return new string(text);
    }
}

/// <summary>The names an enum is saved under: its members' names, matched exactly (no numbers, no other casing).</summary>
internal sealed class EnumNames<T>
    where T : struct, Enum
{
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<T, string> _byValue = [];
    private readonly Dictionary<T, JsonEncodedText> _encoded = [];

    public EnumNames()
    {
#if NET
        var values = Enum.GetValues<T>();
#else
        var values = (T[])Enum.GetValues(typeof(T));
#endif
        foreach (var value in values)
        {
            var name = value.ToString();
            _byName[name] = value;
            _byValue[value] = name;
            _encoded[value] = JsonEncodedText.Encode(name);
        }
    }

    public string Name(T value)
        => _byValue.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"The value is not a member of {typeof(T).Name}.");

    /// <summary>Gets the name, encoded once for <see cref="Utf8JsonWriter"/>; the same JSON as <see cref="Name"/> gives.</summary>
    public JsonEncodedText Encoded(T value)
        => _encoded.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"The value is not a member of {typeof(T).Name}.");

    public T Parse(string value, string? member)
        => _byName.TryGetValue(value, out var result)
            ? result
            : throw new DocumentProblem(
                $"\"{Guard.Shorten(value)}\" is not a known {typeof(T).Name}; it must be one of {string.Join(", ", _byName.Keys)} (names are case-sensitive).",
                member);
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForBedring.Persistence;
using NodaTime;
using NodaTime.Text;

namespace ForBedring.Tests.Persistence;

/// <summary>The document's own fast formats for instants and dates agree with NodaTime's ISO patterns exactly.</summary>
public sealed class DocumentFormatsTests
{
    private static readonly Gen<Instant> Instants =
        from year in Gen.Frequency((1, Gen.Choose(1, 9999)), (4, Gen.Choose(1990, 2100)))
        from dayOfYear in Gen.Choose(0, 365)
        from second in Gen.Choose(0, 86_399)
        from nanos in Gen.Frequency((2, Gen.Constant(0)), (2, Gen.Choose(0, 999).Select(ms => ms * 1_000_000)), (1, Gen.Choose(0, 999_999_999)))
        select new LocalDate(year, 1, 1).PlusDays(Math.Min(dayOfYear, CalendarSystem.Iso.GetDaysInYear(year) - 1)).AtMidnight()
            .InUtc().ToInstant().Plus(Duration.FromSeconds(second)).PlusNanoseconds(nanos);

    private static readonly char[] Noise = ['0', '1', '9', '-', ':', '.', ',', 'T', 'Z', 'z', ' ', '+', 'a'];

    [Property(MaxTest = 2000)]
    public Property Instant_FormatAndParse_AgreeWithTheExtendedIsoPattern()
        => Prop.ForAll(Instants.ToArbitrary(), instant =>
        {
            var text = DocumentFormats.Format(instant);
            return text == InstantPattern.ExtendedIso.Format(instant)
                && DocumentFormats.ParseInstant(text, null) == instant
                && DocumentFormats.TryParseCanonical(text, out var fast) && fast == instant;
        });

    [Property(MaxTest = 2000)]
    public Property Date_FormatAndParse_AgreeWithTheIsoPattern()
        => Prop.ForAll(Instants.ToArbitrary(), instant =>
        {
            var date = instant.InUtc().Date;
            var text = DocumentFormats.Format(date);
            return text == LocalDatePattern.Iso.Format(date) && DocumentFormats.ParseDate(text, null) == date;
        });

    [Property(MaxTest = 1000)]
    public Property Date_InAnotherCalendar_IsWrittenAsTheSameDayInIso()
        => Prop.ForAll(Instants.ToArbitrary(), instant =>
        {
            var iso = instant.InUtc().Date is var d && d.Year > 9000 ? d.PlusYears(-1000) : instant.InUtc().Date; // the Julian calendar ends before ISO's year 9999
            var julian = iso.WithCalendar(CalendarSystem.Julian);
            var text = DocumentFormats.Format(julian);
            Span<byte> utf8 = stackalloc byte[DocumentFormats.DateBytes];
            var fast = DocumentFormats.TryFormat(julian, utf8, out var written) ? System.Text.Encoding.ASCII.GetString(utf8.Slice(0, written)) : text;
            return text == LocalDatePattern.Iso.Format(iso) && fast == text && DocumentFormats.ParseDate(text, null) == iso;
        });

    [Property(MaxTest = 5000)]
    public Property Instant_DamagedText_FastReaderNeverAcceptsWhatThePatternRefuses()
        => Prop.ForAll(
            Instants.SelectMany(i => Gen.Choose(0, 29).SelectMany(at => Gen.Elements(Noise).Select(c => Damage(DocumentFormats.Format(i), at, c)))).ToArbitrary(),
            text =>
            {
                var pattern = InstantPattern.ExtendedIso.Parse(text);
                var fast = DocumentFormats.TryParseCanonical(text, out var value);
                return !fast || (pattern.Success && pattern.Value == value);
            });

    [Property(MaxTest = 3000)]
    public Property Date_DamagedText_FastReaderNeverAcceptsWhatThePatternRefuses()
        => Prop.ForAll(
            Instants.SelectMany(i => Gen.Choose(0, 9).SelectMany(at => Gen.Elements(Noise).Select(c => Damage(DocumentFormats.Format(i.InUtc().Date), at, c)))).ToArbitrary(),
            text =>
            {
                var pattern = LocalDatePattern.Iso.Parse(text);
                var value = default(LocalDate);
                var fast = text.Length == 10 && DocumentFormats.TryParseDate(text, out value);
                return !fast || (pattern.Success && pattern.Value == value);
            });

    [Theory]
    [InlineData("2027-02-29T00:00:00Z")]
    [InlineData("2027-01-01T24:00:00Z")]
    [InlineData("2027-01-01T00:00:60Z")]
    [InlineData("2027-01-01T00:00:00.Z")]
    [InlineData("2027-01-01T00:00:00.1234567890Z")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("2027-01-01T00:00:00+01:00")]
    [InlineData("2027-1-01T00:00:00Z")]
    [InlineData("２０２７-01-01T00:00:00Z")]
    public void ParseInstant_NotAnInstant_IsAProblemUnlessThePatternAcceptsIt(string text)
    {
        var pattern = InstantPattern.ExtendedIso.Parse(text);
        if (pattern.Success)
        {
            Assert.Equal(pattern.Value, DocumentFormats.ParseInstant(text, null));
        }
        else
        {
            Assert.Throws<DocumentProblem>(() => DocumentFormats.ParseInstant(text, "at"));
        }
    }

    private static string Damage(string text, int at, char c)
        => at < text.Length ? text[..at] + c + text[(at + 1)..] : text + c;
}

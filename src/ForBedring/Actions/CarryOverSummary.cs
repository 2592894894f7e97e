using System.Globalization;
using ForBedring.Internal;

namespace ForBedring.Actions;

/// <summary>Turns the readings of carried-over actions into sentences for the new process's highlights, in bokmål, nynorsk and English.</summary>
public static class CarryOverSummary
{
    private static readonly LocalizedText Up = new(
        "«{0}»: {1} for {2} gikk opp fra {3} til {4}.",
        "«{0}»: {1} for {2} gjekk opp frå {3} til {4}.",
        "“{0}”: {1} for {2} went up from {3} to {4}.");

    private static readonly LocalizedText Down = new(
        "«{0}»: {1} for {2} gikk ned fra {3} til {4}.",
        "«{0}»: {1} for {2} gjekk ned frå {3} til {4}.",
        "“{0}”: {1} for {2} went down from {3} to {4}.");

    private static readonly LocalizedText Unchanged = new(
        "«{0}»: {1} for {2} er uendret ({4}, før {3}).",
        "«{0}»: {1} for {2} er uendra ({4}, før {3}).",
        "“{0}”: {1} for {2} is unchanged ({4}, was {3}).");

    private static readonly LocalizedText Hidden = new(
        "«{0}»: resultatet for {2} er skjult av hensyn til anonymiteten, så effekten kan ikke leses.",
        "«{0}»: resultatet for {2} er skjult av omsyn til anonymiteten, så effekten kan ikkje lesast.",
        "“{0}”: the result for {2} is hidden to protect anonymity, so the effect cannot be read.");

    private static readonly LocalizedText NotMeasured = new(
        "«{0}»: ingen tall å lese effekten av for {2}.",
        "«{0}»: ingen tal å lese effekten av for {2}.",
        "“{0}”: no figure to read the effect from for {2}.");

    /// <summary>Describes one reading as a sentence; scores are shown with one decimal (a comma in bokmål and nynorsk).</summary>
    /// <param name="reading">The reading.</param>
    /// <returns>The sentence in bokmål, nynorsk and English.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reading"/> is null.</exception>
    public static LocalizedText Describe(IndicatorReading reading)
    {
        Guard.NotNull(reading, nameof(reading));
        var text = reading.Trend switch
        {
            IndicatorTrend.Up => Up,
            IndicatorTrend.Down => Down,
            IndicatorTrend.Unchanged => Unchanged,
            IndicatorTrend.Hidden => Hidden,
            _ => NotMeasured,
        };
        return new LocalizedText(
            Fill(text.Bokmal, reading, ','),
            Fill(text.Nynorsk, reading, ','),
            Fill(text.English, reading, '.'));
    }

    /// <summary>Describes readings as sentences, in the order given.</summary>
    /// <param name="readings">The readings.</param>
    /// <returns>One sentence per reading.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="readings"/> is null.</exception>
    public static IReadOnlyList<LocalizedText> Describe(IEnumerable<IndicatorReading> readings)
        => Guard.NotNull(readings, nameof(readings)).Select(Describe).ToReadOnly();

    private static string Fill(string pattern, IndicatorReading r, char decimalSeparator)
        => string.Format(
            CultureInfo.InvariantCulture,
            pattern,
            r.ActionTitle,
            r.Indicator?.Value ?? string.Empty,
            r.Unit.Value,
            Number(r.Previous, decimalSeparator),
            Number(r.Score, decimalSeparator));

    private static string Number(double? value, char decimalSeparator)
        => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', decimalSeparator) : string.Empty;
}

using ForBedring.Actions;
using ForBedring.Results;

namespace ForBedring.Tests.Actions;

public sealed class CarryOverSummaryTests
{
    private static IndicatorReading Reading(IndicatorTrend trend, double? score = null, double? previous = null)
        => new(new ActionId("T1"), "Hospitering", new UnitId("u1"), new IndicatorId("q17"), trend, score, previous);

    [Fact]
    public void Describe_Down_InThreeLanguagesWithTheRightDecimalMark()
    {
        var text = CarryOverSummary.Describe(Reading(IndicatorTrend.Down, 55.25, 60));

        Assert.Equal("«Hospitering»: q17 for u1 gikk ned fra 60,0 til 55,3.", text.Bokmal);
        Assert.Equal("«Hospitering»: q17 for u1 gjekk ned frå 60,0 til 55,3.", text.Nynorsk);
        Assert.Equal("“Hospitering”: q17 for u1 went down from 60.0 to 55.3.", text.English);
    }

    [Fact]
    public void Describe_EveryTrend_GivesADistinctSentence()
    {
        var texts = CarryOverSummary.Describe([
            Reading(IndicatorTrend.Up, 70, 60),
            Reading(IndicatorTrend.Down, 50, 60),
            Reading(IndicatorTrend.Unchanged, 60.5, 60),
            Reading(IndicatorTrend.Hidden),
            Reading(IndicatorTrend.NotMeasured),
        ]);

        Assert.Equal(5, texts.Select(t => t.English).Distinct().Count());
        Assert.All(texts, t => Assert.DoesNotContain("{", t.Bokmal + t.Nynorsk + t.English, StringComparison.Ordinal));
        Assert.Contains("uendret (60,5, før 60,0)", texts[2].Bokmal, StringComparison.Ordinal);
    }
}

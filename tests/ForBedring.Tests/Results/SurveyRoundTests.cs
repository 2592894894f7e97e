using ForBedring.Results;

namespace ForBedring.Tests.Results;

public sealed class SurveyRoundTests
{
    [Fact]
    public void Constructor_Defaults_AreFiveAndTen()
    {
        var round = new SurveyRound("ForBedring 2026", "2026");
        Assert.Equal(5, round.ScoreThreshold);
        Assert.Equal(10, round.FreeTextThreshold);
    }

    [Theory]
    [InlineData(2, 10)]
    [InlineData(0, 10)]
    [InlineData(5, 4)]
    public void Constructor_ThresholdOutOfRange_Throws(int score, int freeText)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new SurveyRound("x", "2026", score, freeText));

    [Fact]
    public void Constructor_ThresholdThree_IsAllowed()
        => Assert.Equal(3, new SurveyRound("x", "2026", 3, 3).ScoreThreshold);

    [Fact]
    public void WithThresholds_Changed_ThrowsTypedErrorWithBothValues()
    {
        var round = new SurveyRound("x", "2026", 7, 12);
        var e = Assert.Throws<RoundThresholdsFixedException>(() => round.WithThresholds(5, 12));
        Assert.Same(round, e.Round);
        Assert.Equal(5, e.RequestedScoreThreshold);
        Assert.Equal(7, e.Round.ScoreThreshold);
    }

    [Fact]
    public void WithThresholds_Unchanged_ReturnsTheRound()
    {
        var round = new SurveyRound("x", "2026", 7, 12);
        Assert.Same(round, round.WithThresholds(7, 12));
    }
}

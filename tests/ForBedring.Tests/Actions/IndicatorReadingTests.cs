using FsCheck;
using FsCheck.Fluent;
using ForBedring.Actions;
using ForBedring.Results;
using ForBedring.Tests.Results;

namespace ForBedring.Tests.Actions;

public sealed class IndicatorReadingTests
{
    private static readonly ActionId T1 = new("T1");
    private static readonly UnitId U1 = new("u1");
    private static readonly IndicatorId Q17 = new("q17");

    private static Release Of(int u1Respondents, double score, double? previous) => Release.Compute(ResultsTestData.Build(
        ("root", null, UnitKind.Clinic, null, 60, 45, [("q17", 50, 50)]),
        ("u1", "root", UnitKind.Section, null, 25, u1Respondents, [("q17", score, previous)]),
        ("u2", "root", UnitKind.Section, null, 25, 20, [("q17", 50, 50)])));

    [Theory]
    [InlineData(70.0, 60.0, IndicatorTrend.Up)]
    [InlineData(58.0, 60.0, IndicatorTrend.Down)]
    [InlineData(61.9, 60.0, IndicatorTrend.Unchanged)]
    [InlineData(58.1, 60.0, IndicatorTrend.Unchanged)]
    public void Read_NewReleasesPreviousFigure_ComparesWithTheTolerance(double score, double previous, IndicatorTrend expected)
    {
        var reading = IndicatorReading.Read(T1, "Tiltak", U1, Q17, Of(20, score, previous), null);

        Assert.Equal(expected, reading.Trend);
        Assert.Equal(score - previous, reading.Change!.Value, 6);
    }

    [Fact]
    public void Read_NoIndicatorOrUnknownUnit_IsNotMeasured()
    {
        var release = Of(20, 70, 60);

        Assert.Equal(IndicatorTrend.NotMeasured, IndicatorReading.Read(T1, "Tiltak", U1, null, release, null).Trend);
        Assert.Equal(IndicatorTrend.NotMeasured, IndicatorReading.Read(T1, "Tiltak", new UnitId("x"), Q17, release, null).Trend);
        Assert.Equal(IndicatorTrend.NotMeasured, IndicatorReading.Read(T1, "Tiltak", U1, Q17, Of(20, 70, null), null).Trend);
    }

    [Fact]
    public void Read_PreviousReleaseHidden_IsHiddenWithoutFigures()
    {
        var reading = IndicatorReading.Read(T1, "Tiltak", U1, Q17, Of(20, 70, 60), Of(2, 40, null));

        Assert.Equal(IndicatorTrend.Hidden, reading.Trend);
        Assert.Null(reading.Score);
        Assert.Null(reading.Previous);
    }

    [Fact]
    public void Constructor_FiguresThatDisagreeWithTheTrend_Throw()
    {
        Assert.Throws<ArgumentException>(() => new IndicatorReading(T1, "Tiltak", U1, Q17, IndicatorTrend.Hidden, 70, 60));
        Assert.Throws<ArgumentException>(() => new IndicatorReading(T1, "Tiltak", U1, Q17, IndicatorTrend.Up, 70, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndicatorReading.Read(T1, "Tiltak", U1, Q17, Of(20, 70, 60), null, -1));
    }

    [Fact]
    public void Read_AnyFigures_NeverUsesAHiddenFigureAndAgreesWithTheNumbers()
    {
        var gen =
            from nowRespondents in Gen.Elements(2, 20)
            from beforeRespondents in Gen.Elements(2, 20)
            from usePrevious in Gen.Elements(true, false)
            from score in Gen.Choose(0, 1000).Select(x => x / 10.0)
            from before in Gen.Choose(0, 1000).Select(x => x / 10.0)
            from tolerance in Gen.Choose(0, 100).Select(x => x / 10.0)
            select (nowRespondents, beforeRespondents, usePrevious, score, before, tolerance);
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var now = Of(c.nowRespondents, c.score, c.before);
            var earlier = c.usePrevious ? Of(c.beforeRespondents, c.before, null) : null;
            var r = IndicatorReading.Read(T1, "Tiltak", U1, Q17, now, earlier, c.tolerance);
            var hidden = !now.Unit(U1)!.IsReleased || (earlier is not null && !earlier.Unit(U1)!.IsReleased);
            if (hidden)
            {
                return r.Trend == IndicatorTrend.Hidden && r.Score is null && r.Previous is null;
            }

            var change = c.score - c.before;
            var expected = Math.Abs(change) < c.tolerance ? IndicatorTrend.Unchanged : change > 0 ? IndicatorTrend.Up : IndicatorTrend.Down;
            return r.Trend == expected && r.Score == c.score && r.Previous == c.before;
        }).QuickCheckThrowOnFailure();
    }
}

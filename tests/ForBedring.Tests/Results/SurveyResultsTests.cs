using ForBedring.Results;
using static ForBedring.Tests.Results.ResultsTestData;

namespace ForBedring.Tests.Results;

public sealed class SurveyResultsTests
{
    private static readonly (string, double, double?)[] None = [];

    [Fact]
    public void Create_Hospital_BuildsTheTree()
    {
        var results = Hospital();
        Assert.Equal(U("hf"), results.Root.Id);
        Assert.Equal([U("med-lg"), U("med-a"), U("med-b")], results.Children(U("med")));
        Assert.True(results.ResultOf(U("kir-c"))!.IsWithheld);
        Assert.Equal(2, results.Indicators.Count);
        Assert.Equal(68, results.ResultOf(U("med"))!.ScoreOf(Ind("engasjement"))!.Score);
    }

    [Fact]
    public void Create_ManyProblems_ReportsEveryOne()
    {
        var e = Assert.Throws<SurveyResultsException>(() => Build(
            ("a", null, UnitKind.Enterprise, null, 10, 12, None),
            ("b", null, UnitKind.Clinic, null, 10, 5, None),
            ("c", "zz", UnitKind.Department, null, 10, 5, None),
            ("d", "a", UnitKind.Department, null, 10, 9, None),
            ("e", "a", UnitKind.Department, null, 10, 9, None)));
        var kinds = e.Problems.Select(p => p.Kind).ToHashSet();
        Assert.Contains(ResultsProblemKind.RespondentsAboveInvited, kinds);
        Assert.Contains(ResultsProblemKind.RootCount, kinds);
        Assert.Contains(ResultsProblemKind.UnknownParent, kinds);
        Assert.Contains(ResultsProblemKind.ParentBelowChildren, kinds);
        Assert.Contains("unit a", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Cycle_IsReportedOnce()
    {
        var kinds = Kinds(() => Build(
            ("root", null, UnitKind.Enterprise, null, 10, 5, None),
            ("a", "b", UnitKind.Clinic, null, 10, 5, None),
            ("b", "c", UnitKind.Clinic, null, 10, 5, None),
            ("c", "a", UnitKind.Clinic, null, 10, 5, None)));
        Assert.Equal([ResultsProblemKind.Cycle], kinds.Where(k => k == ResultsProblemKind.Cycle));
    }

    [Fact]
    public void Create_OneIdWithTwoNames_IsAConflict()
    {
        var e = Assert.Throws<SurveyResultsException>(() => SurveyResults.Create(
            Round,
            [new OrganisationUnit(U("a"), "A", null, UnitKind.Enterprise), new OrganisationUnit(U("a"), "B", null, UnitKind.Enterprise)],
            [new UnitResult(U("a"), 1, 1, [])]));
        Assert.Contains(e.Problems, p => p.Kind == ResultsProblemKind.ConflictingUnit && p.Unit == U("a"));
    }

    [Fact]
    public void Create_WithheldChild_IsLeftOutOfTheParentsSum()
    {
        var results = Build(
            ("a", null, UnitKind.Enterprise, null, 50, 10, None),
            ("b", "a", UnitKind.Clinic, null, 40, null, None),
            ("c", "a", UnitKind.Clinic, null, 10, 10, None));
        Assert.Null(results.ResultOf(U("b"))!.Respondents);
    }

    [Fact]
    public void Create_NoUnits_IsEmpty()
        => Assert.Equal([ResultsProblemKind.EmptyFile], Kinds(() => SurveyResults.Create(Round, [], [])));

    [Fact]
    public void Create_MissingAndStrayFigures_AreUnitMismatches()
    {
        var kinds = Kinds(() => SurveyResults.Create(
            Round,
            [new OrganisationUnit(U("a"), "A", null, UnitKind.Enterprise)],
            [new UnitResult(U("x"), 1, 1, [])]));
        Assert.Equal([ResultsProblemKind.UnitMismatch, ResultsProblemKind.UnitMismatch], kinds);
    }

    [Fact]
    public void UnitResult_WithheldWithScores_Throws()
        => Assert.Throws<ArgumentException>(() => new UnitResult(U("a"), 5, null, [new IndicatorScore(Ind("x"), 50)]));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    [InlineData(double.NaN)]
    public void IndicatorScore_OutOfRange_Throws(double score)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new IndicatorScore(Ind("x"), score));

    [Fact]
    public void IndicatorScore_Change_IsScoreMinusPrevious()
        => Assert.Equal(-4.5, new IndicatorScore(Ind("x"), 60, 64.5).Change);

    [Fact]
    public void Equals_SameFigures_AreEqual()
    {
        Assert.Equal(Hospital(), Hospital());
        Assert.Equal(Hospital().GetHashCode(), Hospital().GetHashCode());
        Assert.NotEqual(Hospital(), Random(1));
    }

    [Fact]
    public void IndicatorCatalog_ForBedring_HasAnIndexPerTopicArea()
    {
        Assert.Equal(7, IndicatorCatalog.ForBedring.Indicators.Count);
        Assert.Equal("Safety climate", IndicatorCatalog.ForBedring.NameOf(Ind("sikkerhetsklima"), TextLanguage.English));
        Assert.Equal("q9", IndicatorCatalog.ForBedring.NameOf(Ind("q9"), TextLanguage.English));
    }

    [Fact]
    public void IndicatorCatalog_UnknownTopicArea_Throws()
        => Assert.Throws<ArgumentException>(() => new IndicatorCatalog(TopicAreaCatalog.ForBedring, [new Indicator(Ind("x"), new TopicAreaId("nope"), new LocalizedText("a", "a", "a"))]));
}

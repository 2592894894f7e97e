using System.Text;
using FsCheck.Xunit;
using ForBedring.Results;
using static ForBedring.Tests.Results.ResultsTestData;

namespace ForBedring.Tests.Results;

public sealed class SurveyResultsJsonTests
{
    [Property(MaxTest = 200)]
    public void Write_ThenRead_GivesEqualResults(int seed)
    {
        var results = Random(seed);
        Assert.Equal(results, SurveyResultsJson.Read(SurveyResultsJson.Write(results)));
    }

    [Fact]
    public void Read_EveryProblem_IsReportedWithItsPath()
    {
        const string json = """
            { "schemaVersion": 1, "round": { "name": "R", "period": "2026", "scoreThreshold": 5, "freeTextThreshold": 10 },
              "units": [
                { "id": "a", "name": "A", "kind": "enterprise", "invited": 10, "respondents": 8, "scores": [ { "indicator": "x", "score": 101 } ] },
                { "id": "b", "name": "B", "kind": "clinic", "parentId": "a", "invited": "ten", "respondents": 5, "scores": [], "extra": 1 },
                { "id": "c", "name": "C", "kind": "galaxy", "parentId": "a", "invited": 10, "respondents": 5, "scores": [] }
              ] }
            """;
        var e = Assert.Throws<SurveyResultsException>(() => SurveyResultsJson.Read(Encoding.UTF8.GetBytes(json)));
        Assert.Contains(e.Problems, p => p.Kind == ResultsProblemKind.ScoreOutOfRange && p.Path == "$.units[0].scores[0].score");
        Assert.Contains(e.Problems, p => p.Kind == ResultsProblemKind.NotANumber && p.Path == "$.units[1].invited");
        Assert.Contains(e.Problems, p => p.Kind == ResultsProblemKind.Malformed && p.Path == "$.units[1].extra");
        Assert.Contains(e.Problems, p => p.Kind == ResultsProblemKind.InvalidValue && p.Path == "$.units[2].kind");
    }

    [Fact]
    public void Read_TreeProblem_PointsAtTheUnit()
    {
        const string json = """
            { "schemaVersion": 1, "round": { "name": "R", "period": "2026", "scoreThreshold": 5, "freeTextThreshold": 10 },
              "units": [
                { "id": "a", "name": "A", "kind": "enterprise", "invited": 10, "respondents": 8, "scores": [] },
                { "id": "b", "name": "B", "kind": "clinic", "parentId": "nope", "invited": 10, "respondents": 12, "scores": [] }
              ] }
            """;
        var e = Assert.Throws<SurveyResultsException>(() => SurveyResultsJson.Read(Encoding.UTF8.GetBytes(json)));
        Assert.Contains(e.Problems, p => p.Kind == ResultsProblemKind.UnknownParent && p.Path == "$.units[1].parentId");
        Assert.Contains(e.Problems, p => p.Kind == ResultsProblemKind.RespondentsAboveInvited && p.Path == "$.units[1].respondents");
    }

    [Theory]
    [InlineData("", ResultsProblemKind.EmptyFile)]
    [InlineData("{", ResultsProblemKind.Malformed)]
    [InlineData("{\"schemaVersion\": 2, \"round\": {\"name\": \"R\", \"period\": \"P\", \"scoreThreshold\": 5, \"freeTextThreshold\": 10}, \"units\": []}", ResultsProblemKind.InvalidValue)]
    public void Read_BadDocument_IsRefused(string json, ResultsProblemKind kind)
        => Assert.Contains(kind, Kinds(() => SurveyResultsJson.Read(Encoding.UTF8.GetBytes(json))));

    [Fact]
    public void Read_ThresholdBelowThree_IsRefused()
    {
        const string json = """{ "schemaVersion": 1, "round": { "name": "R", "period": "P", "scoreThreshold": 2, "freeTextThreshold": 10 }, "units": [ { "id": "a", "name": "A", "kind": "enterprise", "invited": 1, "scores": [] } ] }""";
        Assert.Contains(ResultsProblemKind.InvalidValue, Kinds(() => SurveyResultsJson.Read(Encoding.UTF8.GetBytes(json))));
    }
}

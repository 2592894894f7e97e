using System.Text;
using FsCheck.Xunit;
using ForBedring.Csv;
using ForBedring.Results;
using static ForBedring.Tests.Results.ResultsTestData;

namespace ForBedring.Tests.Csv;

public sealed class ResultsCsvTests
{
    private const string Header = "unit_id,unit_name,parent_id,unit_kind,leader_id,invited,respondents,indicator_id,score,previous_score";

    private static SurveyResults Read(string text) => ResultsCsv.Read(text, Round);

    private static string Csv(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    private static SurveyResultsException Fails(string text) => Assert.Throws<SurveyResultsException>(() => Read(text));

    private static ResultsProblem Single(SurveyResultsException e, ResultsProblemKind kind) => Assert.Single(e.Problems, p => p.Kind == kind);

    [Fact]
    public void Read_ValidFile_BuildsUnitsAndScores()
    {
        var results = Read(Csv(
            "hf,Helse Fjord,,enterprise,p1,40,30,engasjement,71.2,70",
            "hf,Helse Fjord,,enterprise,p1,40,30,samarbeidsklima,65,",
            "med,Medisin,hf,clinic,p2,20,18,engasjement,69.5,",
            "kir,Kirurgi,hf,clinic,,10,,,,"));
        Assert.Equal(3, results.Units.Count);
        Assert.Equal(2, results.ResultOf(U("hf"))!.Scores.Count);
        Assert.Equal(70, results.ResultOf(U("hf"))!.ScoreOf(Ind("engasjement"))!.Previous);
        Assert.True(results.ResultOf(U("kir"))!.IsWithheld);
        Assert.Null(results.Unit(U("kir"))!.Leader);
    }

    [Fact]
    public void Read_SemicolonWithDecimalCommaAndBom_IsRead()
    {
        var text = "\uFEFF" + Header.Replace(',', ';') + "\r\nhf;Helse Fjord;;enterprise;;40;30;engasjement;71,2;70,5\r\n";
        var results = ResultsCsv.Read(new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text[1..])).ToArray()), Round);
        var score = results.ResultOf(U("hf"))!.ScoreOf(Ind("engasjement"))!;
        Assert.Equal(71.2, score.Score);
        Assert.Equal(70.5, score.Previous);
    }

    [Fact]
    public void Read_WrongHeader_IsReportedOnLineOne()
    {
        var e = Fails("unit,name\nhf,x\n");
        Assert.Equal(1, Single(e, ResultsProblemKind.WrongHeader).Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData(Header + "\n")]
    public void Read_EmptyFile_IsReported(string text)
        => Single(Fails(text), ResultsProblemKind.EmptyFile);

    [Fact]
    public void Read_UnknownParent_HasLineAndColumn()
    {
        var p = Single(Fails(Csv("hf,H,,enterprise,,10,5,,,", "med,M,nope,clinic,,5,5,,,")), ResultsProblemKind.UnknownParent);
        Assert.Equal((3, 3), (p.Line, p.Column));
    }

    [Fact]
    public void Read_Cycle_IsReported()
        => Single(Fails(Csv("hf,H,,enterprise,,10,5,,,", "a,A,b,clinic,,5,1,,,", "b,B,a,clinic,,5,1,,,")), ResultsProblemKind.Cycle);

    [Fact]
    public void Read_TwoRoots_PointsAtTheSecond()
        => Assert.Equal(3, Single(Fails(Csv("hf,H,,enterprise,,10,5,,,", "hf2,H2,,enterprise,,10,5,,,")), ResultsProblemKind.RootCount).Line);

    [Fact]
    public void Read_OneIdWithTwoNames_IsAConflictInColumnTwo()
    {
        var p = Single(Fails(Csv("hf,H,,enterprise,,10,5,a,50,", "hf,Other,,enterprise,,10,5,b,50,")), ResultsProblemKind.ConflictingUnit);
        Assert.Equal((3, 2), (p.Line, p.Column));
    }

    [Fact]
    public void Read_DifferingUnitColumnsOnAUnitsRows_AreConflicts()
    {
        var p = Single(Fails(Csv("hf,H,,enterprise,,10,5,a,50,", "hf,H,,enterprise,,11,5,b,50,")), ResultsProblemKind.ConflictingUnit);
        Assert.Equal((3, 6), (p.Line, p.Column));
    }

    [Theory]
    [InlineData("100.5", 9)]
    [InlineData("-1", 9)]
    public void Read_ScoreOutsideRange_HasItsColumn(string score, int column)
    {
        var p = Single(Fails(Csv($"hf,H,,enterprise,,10,5,a,{score},")), ResultsProblemKind.ScoreOutOfRange);
        Assert.Equal((2, column), (p.Line, p.Column));
    }

    [Fact]
    public void Read_PreviousScoreOutsideRange_IsColumnTen()
        => Assert.Equal(10, Single(Fails(Csv("hf,H,,enterprise,,10,5,a,50,101")), ResultsProblemKind.ScoreOutOfRange).Column);

    [Fact]
    public void Read_RespondentsAboveInvited_IsColumnSeven()
    {
        var p = Single(Fails(Csv("hf,H,,enterprise,,10,12,,,")), ResultsProblemKind.RespondentsAboveInvited);
        Assert.Equal((2, 7), (p.Line, p.Column));
    }

    [Fact]
    public void Read_ParentWithFewerRespondentsThanChildren_IsReportedAtTheParent()
    {
        var p = Single(Fails(Csv("hf,H,,enterprise,,30,10,,,", "a,A,hf,clinic,,10,6,,,", "b,B,hf,clinic,,10,6,,,")), ResultsProblemKind.ParentBelowChildren);
        Assert.Equal((2, 7), (p.Line, p.Column));
    }

    [Theory]
    [InlineData("hf,H,,enterprise,,ten,5,,,", 6)]
    [InlineData("hf,H,,enterprise,,10,5.5,,,", 7)]
    [InlineData("hf,H,,enterprise,,10,5,a,high,", 9)]
    [InlineData("hf,H,,enterprise,,10,5,a,50,n/a", 10)]
    public void Read_TextWhereANumberBelongs_HasItsColumn(string row, int column)
        => Assert.Equal(column, Single(Fails(Csv(row)), ResultsProblemKind.NotANumber).Column);

    [Fact]
    public void Read_DecimalPointInSemicolonFile_IsNotANumber()
        => Single(Fails(Header.Replace(',', ';') + "\nhf;H;;enterprise;;10;5;a;50.5;\n"), ResultsProblemKind.NotANumber);

    [Fact]
    public void Read_WrongFieldCount_IsMalformed()
        => Assert.Equal(2, Single(Fails(Csv("hf,H,,enterprise,,10,5,a")), ResultsProblemKind.Malformed).Line);

    [Fact]
    public void Read_UnknownKindAndBadIds_AreInvalidValues()
    {
        var e = Fails(Csv("hf,H,,galaxy,,10,5,,,", "a b,A,hf,clinic,,5,5,,,"));
        Assert.Equal(2, e.Problems.Count(p => p.Kind == ResultsProblemKind.InvalidValue));
    }

    [Fact]
    public void Read_WithheldUnitWithAScore_IsReported()
        => Single(Fails(Csv("hf,H,,enterprise,,10,,a,50,")), ResultsProblemKind.WithheldWithScores);

    [Fact]
    public void Read_DuplicateIndicator_IsReported()
        => Assert.Equal(3, Single(Fails(Csv("hf,H,,enterprise,,10,5,a,50,", "hf,H,,enterprise,,10,5,a,51,")), ResultsProblemKind.DuplicateIndicator).Line);

    [Fact]
    public void Read_ManyProblems_AreAllReportedInLineOrder()
    {
        var e = Fails(Csv(
            "hf,H,,enterprise,,10,12,a,150,",
            "med,M,nope,clinic,,x,5,,,",
            "hf2,H2,,enterprise,,10,5,,,"));
        Assert.True(e.Problems.Count >= 4, e.Message);
        Assert.Equal(e.Problems.Select(p => p.Line).OrderBy(l => l), e.Problems.Select(p => p.Line));
        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotUtf8_IsMalformed()
        => Assert.Equal(ResultsProblemKind.Malformed, Assert.Single(Assert.Throws<SurveyResultsException>(() => ResultsCsv.Read(new MemoryStream([0x68, 0xFF, 0xFE, 0x0A]), Round)).Problems).Kind);

    [Property(MaxTest = 200)]
    public void Write_ThenRead_CommaDialect_GivesEqualResults(int seed) => RoundTrip(seed, ResultsCsvDialect.Comma);

    [Property(MaxTest = 200)]
    public void Write_ThenRead_SemicolonDialect_GivesEqualResults(int seed) => RoundTrip(seed, ResultsCsvDialect.Semicolon);

    [Fact]
    public void Write_Semicolon_UsesDecimalComma()
    {
        using var stream = new MemoryStream();
        ResultsCsv.Write(Hospital(), stream, ResultsCsvDialect.Semicolon);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.StartsWith(Header.Replace(',', ';') + "\n", text, StringComparison.Ordinal);
        Assert.Contains("hf;Unit hf;;enterprise;p-ceo;130;110;engasjement;70;68\n", text, StringComparison.Ordinal);
    }

    private static void RoundTrip(int seed, ResultsCsvDialect dialect)
    {
        var results = Random(seed);
        using var stream = new MemoryStream();
        ResultsCsv.Write(results, stream, dialect);
        stream.Position = 0;
        Assert.Equal(results, ResultsCsv.Read(stream, Round));
    }
}

using ForBedring.Meetings;

namespace ForBedring.Tests.Meetings;

public sealed class AgendaTemplateJsonTests
{
    private const string Valid = """
        {
          "schemaVersion": 1,
          "name": "Kort mal",
          "items": [
            { "section": "Introduction", "kind": "Goals", "minutes": 5, "weight": 0, "title": { "bokmal": "Mål", "nynorsk": "Mål", "english": "Goals" } },
            { "section": "Discussion", "kind": "Sharing", "minutes": 5, "title": { "bokmal": "Deling", "nynorsk": "Deling", "english": "Sharing" } },
            { "section": "Discussion", "kind": "GroupWork", "minutes": 10, "title": { "bokmal": "Grupper", "nynorsk": "Grupper", "english": "Groups" } },
            { "section": "Discussion", "kind": "Plenary", "minutes": 10, "title": { "bokmal": "Plenum", "nynorsk": "Plenum", "english": "Plenary" } },
            { "section": "SummaryAndEvaluation", "minutes": 15, "title": { "bokmal": "Slutt", "nynorsk": "Slutt", "english": "End" } }
          ]
        }
        """;

    [Fact]
    public void Parse_ValidTemplate_ReadsEveryItemWithDefaults()
    {
        var template = AgendaTemplateJson.Parse(Valid);

        Assert.Equal("Kort mal", template.Name);
        Assert.Equal(5, template.Items.Count);
        Assert.Equal(AgendaItemKind.Custom, template.Items[4].Kind);
        Assert.Equal(1, template.Items[4].Weight);
        Assert.Equal("Groups", template.Items[2].Title.English);
        Assert.True(new AgendaBuilder(template).Build(4, AgendaBuilder.InOslo(new NodaTime.LocalDateTime(2027, 1, 14, 9, 0)), 75).Fits);
    }

    [Fact]
    public void Parse_ManyProblems_ListsEveryOneWithItsPath()
    {
        var json = """
            {
              "schemaVersion": 2,
              "items": [
                { "section": "Middle", "kind": "Sharing", "minutes": 0, "colour": "red", "title": { "bokmal": " ", "nynorsk": "x", "english": "x" } },
                { "section": "Introduction", "minutes": "5", "title": { "bokmal": "a", "nynorsk": "b" } }
              ]
            }
            """;

        var e = Assert.Throws<AgendaTemplateJsonException>(() => AgendaTemplateJson.Parse(json));

        Assert.Equal(
            ["$.name", "$.schemaVersion", "$.items[0].colour", "$.items[0].section", "$.items[0].minutes", "$.items[0].title.bokmal", "$.items[1].minutes", "$.items[1].title.english"],
            e.Problems.Select(p => p.Path).ToArray());
    }

    [Fact]
    public void Parse_ItemsOutOfOrder_IsReportedAtItems()
    {
        var json = Valid.Replace("\"Introduction\"", "\"SummaryAndEvaluation\"", StringComparison.Ordinal);

        var e = Assert.Throws<AgendaTemplateJsonException>(() => AgendaTemplateJson.Parse(json));

        Assert.Equal("$.items", Assert.Single(e.Problems).Path);
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": 1, }")]
    [InlineData("{ // c\n }")]
    [InlineData("[1")]
    public void Parse_MalformedJson_ReportsOneProblemWithLine(string json)
    {
        var e = Assert.Throws<AgendaTemplateJsonException>(() => AgendaTemplateJson.Parse(json));

        Assert.NotNull(Assert.Single(e.Problems).LineNumber);
    }

    [Fact]
    public void Parse_DuplicateMember_IsAnError()
    {
        var json = Valid.Replace("\"name\": \"Kort mal\",", "\"name\": \"Kort mal\", \"name\": \"Igjen\",", StringComparison.Ordinal);

        var e = Assert.Throws<AgendaTemplateJsonException>(() => AgendaTemplateJson.Parse(json));

        Assert.Equal("$.name", Assert.Single(e.Problems).Path);
    }
}

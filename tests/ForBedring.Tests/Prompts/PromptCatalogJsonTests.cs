using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForBedring.Internal;
using ForBedring.Process;
using ForBedring.Prompts;
using NodaTime;
using NodaTime.Testing;

namespace ForBedring.Tests.Prompts;

public sealed class PromptCatalogJsonTests
{
    private const string AddedPrompt = """
        {
          "schemaVersion": 1,
          "prompts": [
            {
              "id": "org.sikkerhetsrunder",
              "step": "MeetingPlanning",
              "audience": "Leader",
              "answer": { "kind": "TopicAreas", "minChoices": 1, "maxChoices": 3 },
              "required": false,
              "text": { "bokmal": "Hvilke områder tar vi opp på sikkerhetsrundene?", "nynorsk": "Kva område tek vi opp på tryggleiksrundane?", "english": "Which areas do we raise on the safety rounds?" }
            }
          ]
        }
        """;

    private static readonly PromptId A11 = new("A1.1");

    [Fact]
    public void Parse_OnlySchemaVersion_ReturnsTheSamePrompts()
    {
        var catalog = Parse("""{ "schemaVersion": 1 }""");

        Assert.Equal(PromptCatalog.Default.Prompts, catalog.Prompts);
    }

    [Fact]
    public void Parse_EmptyListsAndByteOrderMark_ReturnsTheSamePrompts()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("""{"schemaVersion":1,"texts":[],"prompts":[]}""")).ToArray();

        var catalog = PromptCatalogJson.Parse(bytes);

        Assert.Equal(PromptCatalog.Default.Prompts, catalog.Prompts);
    }

    [Fact]
    public void Parse_TextOverride_ReplacesOnlyTheLanguagesGiven()
    {
        var catalog = Parse("""
            { "schemaVersion": 1,
              "texts": [ { "id": "A1.1", "english": "What do you make of this year's results?", "nynorsk": "Kva tenkjer du om resultata?" } ] }
            """);

        var before = PromptCatalog.Default[A11];
        var after = catalog[A11];
        Assert.Equal(before.Text.Bokmal, after.Text.Bokmal);
        Assert.Equal("Kva tenkjer du om resultata?", after.Text.Nynorsk);
        Assert.Equal("What do you make of this year's results?", after.Text.English);
        Assert.Equal((before.Step, before.Audience, before.Answer, before.Required), (after.Step, after.Audience, after.Answer, after.Required));
        Assert.Equal(PromptCatalog.Default.Prompts.Select(p => p.Id), catalog.Prompts.Select(p => p.Id));
        Assert.All(catalog.Prompts.Where(p => p.Id != A11), p => Assert.Same(PromptCatalog.Default[p.Id], p));
    }

    [Fact]
    public void Parse_AddedPrompt_IsAskedAtItsStepAfterTheBuiltInOnes()
    {
        var catalog = Parse(AddedPrompt);

        var id = new PromptId("org.sikkerhetsrunder");
        var prompt = catalog[id];
        Assert.Equal(ProcessStep.MeetingPlanning, prompt.Step);
        Assert.Equal(PromptAudience.Leader, prompt.Audience);
        Assert.Equal(new AnswerSpec(AnswerKind.TopicAreas, 1, 3), prompt.Answer);
        Assert.False(prompt.Required);
        Assert.Equal("Which areas do we raise on the safety rounds?", prompt.Text.English);
        var step = catalog.ForStep(ProcessStep.MeetingPlanning);
        Assert.Equal(id, step[^1].Id);
        Assert.Equal(PromptCatalog.Default.ForStep(ProcessStep.MeetingPlanning), step.Take(step.Count - 1));
        Assert.Equal(PromptCatalog.Default.Prompts.Count + 1, catalog.Prompts.Count);
    }

    [Fact]
    public void Parse_AddedPromptWithoutRequired_IsRequired()
    {
        var catalog = Parse(AddedPrompt.Replace("\"required\": false,", string.Empty, StringComparison.Ordinal));

        Assert.True(catalog[new PromptId("org.sikkerhetsrunder")].Required);
    }

    [Fact]
    public void Parse_AddedPersonPrompt_KeepsAllowNobody()
    {
        var catalog = Parse("""
            { "schemaVersion": 1, "prompts": [ { "id": "org.fadder", "step": "ActionPlanning", "audience": "WholeTeam",
              "answer": { "kind": "Person", "allowNobody": true },
              "text": { "bokmal": "Hvem er fadder?", "nynorsk": "Kven er fadder?", "english": "Who is the sponsor?" } } ] }
            """);

        Assert.Equal(new AnswerSpec(AnswerKind.Person, allowNobody: true), catalog[new PromptId("org.fadder")].Answer);
    }

    [Fact]
    public void Parse_AddedRequiredPrompt_BlocksItsStepUntilAnswered()
    {
        var catalog = Parse("""
            { "schemaVersion": 1, "prompts": [ { "id": "org.pasientsikkerhet", "step": "SelfReflection", "audience": "Leader",
              "answer": { "kind": "FreeText" },
              "text": { "bokmal": "Hva sier resultatene om pasientsikkerheten?", "nynorsk": "Kva seier resultata om pasienttryggleiken?", "english": "What do the results say about patient safety?" } } ] }
            """);
        var leader = new PersonId("leader");
        var process = FollowUpProcess.Start(new ProcessId("p1"), "ForBedring 2027", Team(leader), leader, new FakeClock(Instant.FromUtc(2027, 1, 4, 8, 0)), catalog);
        foreach (var id in new[] { "A1.1", "A1.2", "A1.3" })
        {
            process.AnswerPrompt(leader, new PromptId(id), new TextAnswer("Svar på " + id));
        }

        var error = Assert.Throws<ProcessRuleException>(() => process.CompleteSelfReflection(leader));

        var condition = Assert.Single(error.Conditions);
        Assert.Equal("org.pasientsikkerhet", condition.GuideReference);
        Assert.Contains("Hva sier resultatene om pasientsikkerheten?", condition.Text.Bokmal, StringComparison.Ordinal);
        Assert.Equal(ProcessStep.SelfReflection, process.Step);

        process.AnswerPrompt(leader, new PromptId("org.pasientsikkerhet"), new TextAnswer("Bedre enn i fjor."));
        process.CompleteSelfReflection(leader);
        Assert.Equal(ProcessStep.StrategicFocus, process.Step);
    }

    [Fact]
    public void WithOverrides_AppliesTheFileToThatCatalogue()
    {
        var first = Parse(AddedPrompt);

        var second = first.WithOverrides(Encoding.UTF8.GetBytes("""
            { "schemaVersion": 1, "texts": [ { "id": "org.sikkerhetsrunder", "bokmal": "Ny tekst" } ] }
            """));

        Assert.Equal("Ny tekst", second[new PromptId("org.sikkerhetsrunder")].Text.Bokmal);
        Assert.Equal(first.Prompts.Count, second.Prompts.Count);
    }

    [Fact]
    public void Parse_AddedPromptClashingWithAnEarlierFile_IsRejected()
    {
        var first = Parse(AddedPrompt);

        var error = Assert.Throws<PromptCatalogJsonException>(() => first.WithOverrides(Encoding.UTF8.GetBytes(AddedPrompt)));

        Assert.Equal("$.prompts[0].id", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void Load_ReadsTheStreamFromItsPosition()
    {
        var bytes = Encoding.UTF8.GetBytes("garbage" + AddedPrompt);
        using var stream = new MemoryStream(bytes) { Position = "garbage".Length };

        var catalog = PromptCatalogJson.Load(stream);

        Assert.NotNull(catalog.Find(new PromptId("org.sikkerhetsrunder")));
    }

    [Fact]
    public void Load_SeekableStreamOverTheLimit_IsRefusedBeforeReading()
    {
        using var stream = new UnreadableStream(length: 2_000_000);

        var error = Assert.Throws<PromptCatalogJsonException>(() => PromptCatalogJson.Load(stream));

        var problem = Assert.Single(error.Problems);
        Assert.Null(problem.Path);
        Assert.Contains("2000000 bytes", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnseekableStreamOverTheLimit_StopsReadingAtTheLimit()
    {
        var bytes = Encoding.UTF8.GetBytes(AddedPrompt);
        using var stream = new ForwardOnlyStream(bytes);

        var error = Assert.Throws<PromptCatalogJsonException>(() => PromptCatalogJson.Load(stream, maxBytes: 100));

        Assert.Null(Assert.Single(error.Problems).Path);
        Assert.Equal(101, stream.BytesRead);
    }

    [Fact]
    public void Load_UnseekableStreamWithinTheLimit_IsRead()
    {
        var bytes = Encoding.UTF8.GetBytes(AddedPrompt);
        using var stream = new ForwardOnlyStream(bytes, chunk: 7);

        var catalog = PromptCatalogJson.Load(stream, maxBytes: bytes.Length);

        Assert.NotNull(catalog.Find(new PromptId("org.sikkerhetsrunder")));
    }

    [Fact]
    public void Load_UnseekableStreamLargerThanItsFirstBuffer_IsReadWhole()
    {
        var text = new string('å', 5000);
        var bytes = Write(PromptCatalog.Default.Prompts.Select(p => (p.Id.Value, (string?)text, (string?)text, (string?)text)));
        using var stream = new ForwardOnlyStream(bytes, chunk: 4096);

        var catalog = PromptCatalogJson.Load(stream, maxBytes: bytes.Length);

        Assert.True(bytes.Length > 256 * 1024);
        Assert.All(catalog.Prompts, p => Assert.Equal(text, p.Text.English));
    }

    [Fact]
    public void Parse_InputOverTheLimit_IsRefusedBeforeParsing()
    {
        var bytes = Encoding.UTF8.GetBytes("{ this is not even JSON }");

        var error = Assert.Throws<PromptCatalogJsonException>(() => PromptCatalogJson.Parse(bytes, maxBytes: 10));

        var problem = Assert.Single(error.Problems);
        Assert.Null(problem.Path);
        Assert.Contains("more than the limit of 10", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Parse_NonPositiveLimit_ThrowsArgumentOutOfRange(int maxBytes)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PromptCatalogJson.Parse([], maxBytes: maxBytes));
        Assert.Throws<ArgumentOutOfRangeException>(() => PromptCatalogJson.Load(new MemoryStream(), maxBytes: maxBytes));
    }

    [Fact]
    public void Load_NullStream_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => PromptCatalogJson.Load(null!));
    }

    // Syntax and type errors stop the reader: one problem, with the path (and line) where it stopped.
    [Theory]
    [InlineData("""{ "schemaVersion": 1, "colour": "blue" }""", "$.colour")]
    [InlineData("""{ "schemaVersion": 1, "texts": [ { "id": "A1.1", "bokmal": "x", "danish": "y" } ] }""", "$.texts[0].danish")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "x", "answer": { "kind": "YesNo", "max": 1 } } ] }""", "$.prompts[0].answer.max")]
    [InlineData("""{ "schemaVersion": 1, "schemaVersion": 1 }""", "$.schemaVersion")]
    [InlineData("""{ "schemaVersion": 1, "texts": [ { "id": "A1.1", "bokmal": "x", "bokmal": "y" } ] }""", "$.texts[0].bokmal")]
    [InlineData("""{ "SchemaVersion": 1 }""", "$.SchemaVersion")]
    [InlineData("""{ "schemaVersion": "1" }""", "$.schemaVersion")]
    [InlineData("""{ "schemaVersion": 1.5 }""", "$.schemaVersion")]
    [InlineData("""{ "schemaVersion": 99999999999999999999 }""", "$.schemaVersion")]
    [InlineData("""{ "schemaVersion": 1, "texts": {} }""", "$.texts")]
    [InlineData("""{ "schemaVersion": 1, "texts": [ { "id": 11 } ] }""", "$.texts[0].id")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "x", "required": "no" } ] }""", "$.prompts[0].required")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "x", "answer": { "kind": "Units", "maxChoices": "3" } } ] }""", "$.prompts[0].answer.maxChoices")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "x", "step": 2 } ] }""", "$.prompts[0].step")]
    [InlineData("""{ "schemaVersion": null }""", "$.schemaVersion")]
    [InlineData("""{ "schemaVersion": 1, "texts": null }""", "$.texts")]
    [InlineData("""{ "schemaVersion": 1, "texts": [ { "id": "A1.1", "bokmal": null } ] }""", "$.texts[0].bokmal")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "x", "text": null } ] }""", "$.prompts[0].text")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "x", "answer": { "kind": "Person", "allowNobody": null } } ] }""", "$.prompts[0].answer.allowNobody")]
    [InlineData("""{ "schemaVersion": 1, }""", "$")]
    [InlineData("""{ "schemaVersion": 1 /* comment */ }""", "$")]
    [InlineData("""{ "schemaVersion": 1 """, "$")]
    [InlineData("""{ "schemaVersion": 1 } {}""", "$")]
    [InlineData("""[ { "schemaVersion": 1 } ]""", "$")]
    [InlineData("", "$")]
    [InlineData("  ", "$")]
    [InlineData("""{ "schemaVersion": 1, "texts": [ { "id": "A1.1", "bokmal": "\ud800" } ] }""", "$.texts[0].bokmal")]
    public void Parse_SyntaxOrTypeError_ReportsOneProblemWithItsPath(string json, string path)
    {
        var error = Assert.Throws<PromptCatalogJsonException>(() => Parse(json));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(path, problem.Path);
        Assert.NotNull(problem.LineNumber);
        Assert.IsType<JsonException>(problem.InnerException, exactMatch: false);
        Assert.Same(problem, error.InnerException);
        Assert.DoesNotContain("PromptFileDocument", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SyntaxErrorOnALaterLine_ReportsTheLine()
    {
        var error = Assert.Throws<PromptCatalogJsonException>(() => Parse("{\n  \"schemaVersion\": 1,\n  \"texts\": [ oops ]\n}"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(2, problem.LineNumber);
        Assert.Contains("line 3", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TopLevelNull_IsRejected()
    {
        var error = Assert.Throws<PromptCatalogJsonException>(() => Parse("null"));

        Assert.Equal("$", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void Parse_DeepNesting_IsRejected()
    {
        var json = """{ "schemaVersion": 1, "texts": """ + new string('[', 5000) + new string(']', 5000) + "}";

        var error = Assert.Throws<PromptCatalogJsonException>(() => Parse(json));

        Assert.Single(error.Problems);
    }

    [Fact]
    public void Parse_InvalidUtf8_IsRejected()
    {
        var bytes = Encoding.UTF8.GetBytes("""{ "schemaVersion": 1, "texts": [ { "id": "A1.1", "bokmal": "ab" } ] }""");
        var at = Array.IndexOf(bytes, (byte)'a', 40);
        bytes[at] = 0xC3;

        var error = Assert.Throws<PromptCatalogJsonException>(() => PromptCatalogJson.Parse(bytes));

        Assert.Single(error.Problems);
    }

    // The checks after reading: each problem with its path.
    [Theory]
    [InlineData("""{ }""", "$.schemaVersion")]
    [InlineData("""{ "schemaVersion": 2 }""", "$.schemaVersion")]
    [InlineData("""{ "schemaVersion": 0 }""", "$.schemaVersion")]
    [InlineData("""{ "schemaVersion": 1, "texts": [ null ] }""", "$.texts[0]")]
    [InlineData("""{ "schemaVersion": 1, "texts": [ { "bokmal": "x" } ] }""", "$.texts[0].id")]
    [InlineData("""{ "schemaVersion": 1, "texts": [ { "id": "Z9.9", "bokmal": "x" } ] }""", "$.texts[0].id")]
    [InlineData("""{ "schemaVersion": 1, "texts": [ { "id": "a1.1", "bokmal": "x" } ] }""", "$.texts[0].id")]
    [InlineData("""{ "schemaVersion": 1, "texts": [ { "id": "A 1", "bokmal": "x" } ] }""", "$.texts[0].id")]
    [InlineData("""{ "schemaVersion": 1, "texts": [ { "id": "", "bokmal": "x" } ] }""", "$.texts[0].id")]
    [InlineData("""{ "schemaVersion": 1, "texts": [ { "id": "A1.1" } ] }""", "$.texts[0]")]
    [InlineData("""{ "schemaVersion": 1, "texts": [ { "id": "A1.1", "english": "  " } ] }""", "$.texts[0].english")]
    [InlineData("""{ "schemaVersion": 1, "texts": [ { "id": "A1.1", "nynorsk": "a\u0000b" } ] }""", "$.texts[0].nynorsk")]
    [InlineData("""{ "schemaVersion": 1, "texts": [ { "id": "A1.1", "bokmal": "x" }, { "id": "A1.1", "english": "y" } ] }""", "$.texts[1].id")]
    [InlineData("""{ "schemaVersion": 1, "texts": [ { "id": "org.new", "bokmal": "x" } ], "prompts": [ { "id": "org.new", "step": "Summary", "audience": "WholeTeam", "answer": { "kind": "YesNo" }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.texts[0].id")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ null ] }""", "$.prompts[0]")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "step": "Summary", "audience": "WholeTeam", "answer": { "kind": "YesNo" }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].id")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "A2.1", "step": "Summary", "audience": "WholeTeam", "answer": { "kind": "YesNo" }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].id")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org/x", "step": "Summary", "audience": "WholeTeam", "answer": { "kind": "YesNo" }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].id")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "audience": "WholeTeam", "answer": { "kind": "YesNo" }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].step")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "step": "Closed", "audience": "WholeTeam", "answer": { "kind": "YesNo" }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].step")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "step": "summary", "audience": "WholeTeam", "answer": { "kind": "YesNo" }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].step")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "step": "12", "audience": "WholeTeam", "answer": { "kind": "YesNo" }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].step")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "step": "Summary", "answer": { "kind": "YesNo" }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].audience")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "step": "Summary", "audience": "Everyone", "answer": { "kind": "YesNo" }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].audience")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "step": "Summary", "audience": "WholeTeam", "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].answer")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "step": "Summary", "audience": "WholeTeam", "answer": { }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].answer.kind")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "step": "Summary", "audience": "WholeTeam", "answer": { "kind": "Number" }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].answer.kind")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "step": "Summary", "audience": "WholeTeam", "answer": { "kind": "Units" }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].answer")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "step": "Summary", "audience": "WholeTeam", "answer": { "kind": "Units", "maxChoices": 0 }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].answer.maxChoices")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "step": "Summary", "audience": "WholeTeam", "answer": { "kind": "Units", "maxChoices": 101 }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].answer.maxChoices")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "step": "Summary", "audience": "WholeTeam", "answer": { "kind": "Indicators", "minChoices": 3, "maxChoices": 2 }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].answer.maxChoices")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "step": "Summary", "audience": "WholeTeam", "answer": { "kind": "TopicAreas", "minChoices": -1, "maxChoices": 2 }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].answer.minChoices")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "step": "Summary", "audience": "WholeTeam", "answer": { "kind": "FreeText", "minChoices": 0 }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].answer.minChoices")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "step": "Summary", "audience": "WholeTeam", "answer": { "kind": "Date", "maxChoices": 1 }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].answer.maxChoices")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "step": "Summary", "audience": "WholeTeam", "answer": { "kind": "YesNo", "allowNobody": false }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].answer.allowNobody")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "step": "Summary", "audience": "WholeTeam", "answer": { "kind": "YesNo" } } ] }""", "$.prompts[0].text")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "step": "Summary", "audience": "WholeTeam", "answer": { "kind": "YesNo" }, "text": { "bokmal": "a", "english": "c" } } ] }""", "$.prompts[0].text.nynorsk")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "step": "Summary", "audience": "WholeTeam", "answer": { "kind": "YesNo" }, "text": { "bokmal": "", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[0].text.bokmal")]
    [InlineData("""{ "schemaVersion": 1, "prompts": [ { "id": "org.x", "step": "Summary", "audience": "WholeTeam", "answer": { "kind": "YesNo" }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } }, { "id": "org.x", "step": "Summary", "audience": "WholeTeam", "answer": { "kind": "YesNo" }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }""", "$.prompts[1].id")]
    public void Parse_InvalidContent_ReportsTheProblemWithItsPath(string json, string path)
    {
        var error = Assert.Throws<PromptCatalogJsonException>(() => Parse(json));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ManyProblems_ReportsThemAllInOrder()
    {
        var json = """
            { "texts": [
                { "id": "A1.1", "bokmal": " " },
                { "id": "nope", "english": "x" },
                { "id": "A1.1", "nynorsk": "y" } ],
              "prompts": [
                { "id": "A2.1", "step": "Later", "audience": "Leader", "answer": { "kind": "Units" }, "text": { "bokmal": "a", "nynorsk": "b" } } ] }
            """;

        var error = Assert.Throws<PromptCatalogJsonException>(() => Parse(json));

        Assert.Equal(
            ["$.schemaVersion", "$.texts[0].bokmal", "$.texts[1].id", "$.texts[2].id", "$.prompts[0].id", "$.prompts[0].step", "$.prompts[0].answer", "$.prompts[0].text.english"],
            error.Problems.Select(p => p.Path));
        Assert.Contains("8 problems", error.Message, StringComparison.Ordinal);
        Assert.All(error.Problems, p => Assert.Contains(p.Message, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_UnsupportedVersion_ReportsOnlyTheVersion()
    {
        var error = Assert.Throws<PromptCatalogJsonException>(() => Parse("""{ "schemaVersion": 2, "texts": [ { "id": "nope", "bokmal": "x" } ] }"""));

        Assert.Equal("$.schemaVersion", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void Parse_ValidTextsWithOneInvalidPrompt_AppliesNothing()
    {
        var catalog = Parse(AddedPrompt);
        var json = """
            { "schemaVersion": 1, "texts": [ { "id": "A1.1", "bokmal": "Endret" } ],
              "prompts": [ { "id": "org.y", "step": "Summary", "audience": "Nobody", "answer": { "kind": "YesNo" }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }
            """;

        Assert.Throws<PromptCatalogJsonException>(() => catalog.WithOverrides(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(PromptCatalog.Default[A11], catalog[A11]);
        Assert.Null(catalog.Find(new PromptId("org.y")));
    }

    [Fact]
    public void Exception_WithoutProblems_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new PromptCatalogJsonException([]));
        Assert.Throws<ArgumentNullException>(() => new PromptCatalogJsonException(null!));
    }

    [Fact]
    public void PromptFileDocumentation_ExampleIsAValidFile()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "prompt-file.md"));
        var start = doc.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
        var end = doc.IndexOf("```", start, StringComparison.Ordinal);

        var catalog = Parse(doc[start..end]);

        Assert.True(catalog.Prompts.Count > PromptCatalog.Default.Prompts.Count);
    }

    // For any choice of built-in prompts and any valid texts in any languages, exactly those texts change.
    [Property(MaxTest = 200)]
    public Property Parse_AnyTextOverrides_ChangeExactlyTheGivenTexts()
    {
        var ids = PromptCatalog.Default.Prompts.Select(p => p.Id.Value).ToArray();
        var text = ArbMap.Default.GeneratorFor<NonEmptyString>()
            .Select(s => s.Get)
            .Where(s => Guard.TextProblem(s) is null);
        var maybe = text.OrNull().Select(s => (string?)s);
        var entry = Gen.Zip(Gen.Zip(maybe, maybe), maybe)
            .Where(t => t.Item1.Item1 is not null || t.Item1.Item2 is not null || t.Item2 is not null);
        var overrides = Gen.SubListOf(ids)
            .SelectMany(chosen => Gen.CollectToList(chosen, id => entry.Select(t => (Id: id, Bokmal: t.Item1.Item1, Nynorsk: t.Item1.Item2, English: t.Item2))));

        return Prop.ForAll(overrides.ToArbitrary(), list =>
        {
            var catalog = PromptCatalogJson.Parse(Write(list));
            foreach (var prompt in PromptCatalog.Default.Prompts)
            {
                var given = list.FirstOrDefault(o => o.Id == prompt.Id.Value);
                var actual = catalog[prompt.Id].Text;
                Assert.Equal(given.Bokmal ?? prompt.Text.Bokmal, actual.Bokmal);
                Assert.Equal(given.Nynorsk ?? prompt.Text.Nynorsk, actual.Nynorsk);
                Assert.Equal(given.English ?? prompt.Text.English, actual.English);
            }
        });
    }

    // Whatever a damaged file holds, the only failure is the typed one.
    [Property(MaxTest = 2000)]
    public Property Parse_DamagedFile_FailsOnlyWithTheTypedError()
    {
        var originals = new[]
        {
            Encoding.UTF8.GetBytes(AddedPrompt + "\n"),
            Encoding.UTF8.GetBytes("""{"schemaVersion":1,"texts":[{"id":"A1.1","bokmal":"Å ja","english":"\u00e5 \ud83d\ude00"},{"id":"C7","nynorsk":"x"}]}"""),
        };
        var damage = Gen.Elements(originals).SelectMany(original => Gen.OneOf(
            Gen.Choose(0, original.Length - 1).Select(n => original.Take(n).ToArray()),
            Gen.Zip(Gen.Choose(0, original.Length - 1), Gen.Choose(0, 255)).Select(t => Replace(original, t.Item1, (byte)t.Item2)),
            Gen.Zip(Gen.Choose(0, original.Length - 1), Gen.Choose(0, 255)).Select(t => Insert(original, t.Item1, (byte)t.Item2)),
            Gen.Choose(0, original.Length - 1).Select(i => original.Where((_, j) => j != i).ToArray())));

        return Prop.ForAll(damage.ToArbitrary(), bytes =>
        {
            try
            {
                PromptCatalogJson.Parse(bytes);
            }
            catch (PromptCatalogJsonException e)
            {
                Assert.NotEmpty(e.Problems);
            }
        });
    }

    private static PromptCatalog Parse(string json) => PromptCatalogJson.Parse(Encoding.UTF8.GetBytes(json));

    private static byte[] Write(IEnumerable<(string Id, string? Bokmal, string? Nynorsk, string? English)> overrides)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", 1);
            writer.WriteStartArray("texts");
            foreach (var (id, bokmal, nynorsk, english) in overrides)
            {
                writer.WriteStartObject();
                writer.WriteString("id", id);
                WriteIfGiven(writer, "bokmal", bokmal);
                WriteIfGiven(writer, "nynorsk", nynorsk);
                WriteIfGiven(writer, "english", english);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteIfGiven(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static byte[] Replace(byte[] bytes, int at, byte value)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] = value;
        return copy;
    }

    private static byte[] Insert(byte[] bytes, int at, byte value) => [.. bytes.Take(at), value, .. bytes.Skip(at)];

    private static LeadershipTeam Team(PersonId leader)
        => new(
            new UnitId("ledergruppe"),
            "Klinikkens ledergruppe",
            new TeamMember(leader, "Kari Nordmann", new UnitId("klinikk"), "Klinikken"),
            [new TeamMember(new PersonId("m1"), "Ola Nordmann", new UnitId("u1"), "Seksjon 1")]);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ForBedring.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }

    /// <summary>A seekable stream that claims a length and fails if anyone reads it.</summary>
    private sealed class UnreadableStream(long length) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get; set; }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("The stream was read.");

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A stream that cannot seek and hands out a few bytes at a time, like a network stream.</summary>
    private sealed class ForwardOnlyStream(byte[] content, int chunk = 1024) : Stream
    {
        private int _position;

        public int BytesRead => _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), content.Length - _position);
            Array.Copy(content, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

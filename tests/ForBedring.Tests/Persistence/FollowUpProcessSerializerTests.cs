using System.Text;
using System.Text.Json.Nodes;
using ForBedring.Meetings;
using ForBedring.Persistence;
using ForBedring.Process;
using ForBedring.Tests.TestSupport;
using NodaTime;
using NodaTime.Testing;
using NodaTime.TimeZones;

namespace ForBedring.Tests.Persistence;

public sealed class FollowUpProcessSerializerTests
{
    private static readonly FollowUpProcessSerializer Serializer = PersistenceTestData.Serializer();

    public static TheoryData<string, string, string> Tampered => new()
    {
        // name, JSON path to replace (dotted, [i] for items), replacement JSON → expected error path
        { "version", "{\"version\": 72}", "$.version" },
        { "step", "{\"step\": \"Closed\"}", "$.step" },
        { "unknown step", "{\"step\": \"Planning\"}", "$.step" },
        { "step in lower case", "{\"step\": \"actionPlanning\"}", "$.step" },
        { "step as number", "{\"step\": 14}", "$.step" },
        { "bad instant", "{\"startedAt\": \"2027-01-04 07:30\"}", "$.startedAt" },
        { "bad zone", "{\"timeZone\": \"Europe/Bergen\"}", "$.timeZone" },
        { "bad date", "{\"homeworkDue\": \"2027-02-30\"}", "$.homeworkDue" },
        { "bad process id", "{\"id\": \"psyk 2026\"}", "$.id" },
        { "blank round", "{\"round\": \"  \"}", "$.round" },
        { "null round", "{\"round\": null}", "$.round" },
        { "NUL in text", "{\"agreements\": [\"ok\", \"nul\\u0000\"]}", "$.agreements[1]" },
        { "null item", "{\"agreements\": [null]}", "$.agreements[0]" },
        { "absent twice", "{\"absent\": [\"hassan.ali\", \"hassan.ali\"]}", "$.absent[1]" },
        { "absent leader", "{\"absent\": [\"kari.nordmann\"]}", "$.absent[0]" },
        { "stranger timekeeper", "{\"timekeeper\": \"stranger\"}", "$.timekeeper" },
        { "shared and absent", "{\"absent\": [\"ola.aasen\", \"hassan.ali\"]}", "$.shared[0]" },
        { "action sequence", "{\"actionSequence\": 1}", "$.actionSequence" },
        { "action sequence huge", "{\"actionSequence\": 2147483647}", "$.actionSequence" },
        { "review dates out of order", "{\"statusReviewDates\": [\"2027-04-15\", \"2027-02-18\"]}", "$.statusReviewDates[1]" },
        { "unknown resource", "{\"resourceReview\": {\"resources\": [\"Chaplain\"], \"note\": null}}", "$.resourceReview.resources[0]" },
        { "resource twice", "{\"resourceReview\": {\"resources\": [\"HumanResources\", \"HumanResources\"], \"note\": null}}", "$.resourceReview" },
        { "wrong type", "{\"actionSequence\": \"3\"}", "$.actionSequence" },
        { "fraction", "{\"actionSequence\": 3.0}", "$.actionSequence" },
        { "huge number", "{\"version\": 99999999999999999999999}", "$.version" },
        { "exponent", "{\"version\": 1e400}", "$.version" },
        { "object for list", "{\"agreements\": {}}", "$.agreements" },
        { "unknown member", "{\"notes\": []}", "$.notes" },
        { "missing member", "{\"-team\": null}", "$" },
    };

    [Fact]
    public void ProcessState_EveryProperty_IsInTheDocument()
    {
        // A property added to the state must be added to the document (and the schema version considered), or saving
        // would silently drop it. This list is what ProcessDocumentWriter and ProcessDocumentReader handle.
        string[] persisted =
        [
            "Id", "Round", "Team", "TimeZone", "StartedAt", "StartedBy", "Step", "Version", "Answers", "Agenda", "Timekeeper",
            "MinuteTaker", "Presentation", "Groups", "Reports", "ReportsSentAt", "HomeworkDue", "Absent", "Shared", "Actions",
            "ActionSequence", "Agreements", "Tasks", "ReviewDates", "Resources", "Reviews", "Commitments", "DevelopmentNotes", "History",
            "Plans", "Schedule", "Minutes", "GroupHistory", "CarriedFrom",
        ];

        // Derived from persisted properties whenever they are set, so never saved: the plans' roll-up counts.
        string[] derived = ["PlanTally"];

        var properties = typeof(ProcessState).GetProperties(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public)
            .Where(p => p.Name != "EqualityContract" && !derived.Contains(p.Name))
            .Select(p => p.Name);

        Assert.Equal(persisted.Order(StringComparer.Ordinal), properties.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Constructor_NullClock_Throws()
        => Assert.Throws<ArgumentNullException>(() => new FollowUpProcessSerializer(null!));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_NonPositiveLimit_Throws(int limit)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new FollowUpProcessSerializer(new FakeClock(Instant.FromUtc(2027, 1, 1, 0, 0)), maxDocumentBytes: limit));

    [Fact]
    public void Serialize_SameProcessTwice_SameBytes()
    {
        var process = Serializer.Deserialize(PersistenceTestData.GoldenV1);

        Assert.Equal(Serializer.Serialize(process), Serializer.Serialize(process));
        Assert.Equal(Serializer.Serialize(process), new FollowUpProcessSerializer(new FakeClock(Instant.MinValue)).Serialize(process));
    }

    [Fact]
    public void Serialize_Text_KeepsLettersReadableAndEscapesWhatJsonNeeds()
    {
        var text = PersistenceTestData.GoldenV1Text;

        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n  \"id\": \"psyk-2026-lg\",\n", text, StringComparison.Ordinal);
        Assert.Contains("\"Bjørg Sæther\"", text, StringComparison.Ordinal);
        Assert.Contains("\\\"arbeidsforhold\\\"", text, StringComparison.Ordinal);
        Assert.Contains("gjenspeiles, og vernerunden pekte på det samme.\\nSe også", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Stream_WritesTheSameBytes()
    {
        var process = Serializer.Deserialize(PersistenceTestData.GoldenV1);
        using var stream = new MemoryStream();

        Serializer.Serialize(process, stream);

        Assert.Equal(PersistenceTestData.GoldenV1AsV2, stream.ToArray());
    }

    [Fact]
    public void Serialize_LargerThanLimit_ThrowsBeforeWriting()
    {
        var process = Serializer.Deserialize(PersistenceTestData.GoldenV1);
        var small = PersistenceTestData.Serializer(maxDocumentBytes: 1000);
        using var stream = new MemoryStream();

        var e = Assert.Throws<InvalidOperationException>(() => small.Serialize(process, stream));

        Assert.Contains("1000", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Start_ZoneOutsideTzdb_IsRefusedSinceItCouldNotBeSaved()
    {
        var clock = new FakeClock(Instant.FromUtc(2027, 1, 4, 8, 0));
        var team = Serializer.Deserialize(PersistenceTestData.GoldenV1).Team;

        var e = Assert.Throws<ArgumentException>(() => FollowUpProcess.Start(new ProcessId("p"), "Runde", team, team.Leader.Id, clock, timeZone: new PrivateZone()));

        Assert.Contains("Private/Zone", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("UTC+05:30")]
    [InlineData("America/St_Johns")]
    public void RoundTrip_OtherZones_KeepsTheZone(string zoneId)
    {
        var clock = new FakeClock(Instant.FromUtc(2027, 1, 4, 8, 0));
        var team = Serializer.Deserialize(PersistenceTestData.GoldenV1).Team;
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var process = FollowUpProcess.Start(new ProcessId("p"), "Runde", team, team.Leader.Id, clock, timeZone: zone);
        var serializer = new FollowUpProcessSerializer(clock);

        var loaded = serializer.Deserialize(serializer.Serialize(process));

        Assert.Equal(zone, loaded.TimeZone);
    }

    [Fact]
    public void Deserialize_ByteOrderMark_IsAllowed()
    {
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(PersistenceTestData.GoldenV1).ToArray();

        Assert.Equal(73, Serializer.Deserialize(withBom).Version);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("   \n", null)]
    [InlineData("null", "$")]
    [InlineData("[]", "$")]
    [InlineData("42", "$")]
    [InlineData("\"text\"", "$")]
    [InlineData("{", null)]
    [InlineData("{} {}", null)]
    [InlineData("{\"schemaVersion\": 1} x", null)]
    [InlineData("{\"schemaVersion\": 1,}", null)]
    [InlineData("{\"schemaVersion\": 1 /* comment */}", null)]
    public void Deserialize_NotAProcessDocument_ThrowsDocumentFormatException(string json, string? path)
    {
        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(PersistenceTestData.Utf8(json)));

        if (path is not null)
        {
            Assert.Equal(path, e.Path);
        }
    }

    [Fact]
    public void Deserialize_TrailingGarbage_ThrowsWithPosition()
    {
        var json = PersistenceTestData.GoldenV1.Concat("\n}"u8.ToArray()).ToArray();

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(json));

        Assert.NotNull(e.LineNumber);
        Assert.NotNull(e.BytePositionInLine);
    }

    [Fact]
    public void Deserialize_SchemaVersion3_IsRefusedWithAClearMessage()
    {
        var json = Mutate(o =>
        {
            o["schemaVersion"] = 3;
            o["somethingNew"] = new JsonArray();
        });

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(json));

        Assert.Equal("$.schemaVersion", e.Path);
        Assert.Contains("schema version 3", e.Message, StringComparison.Ordinal);
        Assert.Contains("reads schema versions 1 to 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_SchemaVersion3_AloneIsRefusedToo()
    {
        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(Mutate(o => o["schemaVersion"] = 3)));

        Assert.Equal("$.schemaVersion", e.Path);
        Assert.Contains("schema version 3", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_Version1DocumentMarkedVersion2_IsRefusedAtTheFirstMissingMember()
    {
        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(Mutate(o => o["schemaVersion"] = 2)));

        Assert.Equal("$.actionPlans", e.Path);
    }

    [Fact]
    public void Deserialize_Version1DocumentWithAVersion2Member_IsRefused()
    {
        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(Mutate(o => o["minuteNotes"] = new JsonArray())));

        Assert.Equal("$.minuteNotes", e.Path);
        Assert.Contains("not part of schema version 1", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RoundTrip_AgendaFromTheBuilder_KeepsKindsAndPassesTheSameCheck()
    {
        var d = new CycleDriver { PlanAgendaWith = GoldenV2Scenario.BuiltAgenda };
        d.WalkTo(ProcessStep.Homework);
        var agenda = d.Process.Agenda!;
        Assert.Contains(agenda.Items, i => i.Kind == AgendaItemKind.Sharing || i.Kind == AgendaItemKind.SharingInGroups);

        var loaded = Serializer.Deserialize(Serializer.Serialize(d.Process));

        Assert.Equal(agenda, loaded.Agenda);
        Assert.Equal(agenda.Items.Select(i => (i.Kind, i.GuideReference)), loaded.Agenda!.Items.Select(i => (i.Kind, i.GuideReference)));
        var builder = new AgendaBuilder();
        Assert.Equal(builder.Check(agenda, d.Team.Members.Count, 180).Problems, builder.Check(loaded.Agenda, d.Team.Members.Count, 180).Problems);
        Assert.DoesNotContain(builder.Check(loaded.Agenda, d.Team.Members.Count, 180).Problems, p => p.Code is AgendaProblemCode.SharingMissing or AgendaProblemCode.GroupWorkMissing or AgendaProblemCode.PlenaryMissing);
    }

    [Fact]
    public void Deserialize_Version1Agenda_ReadsItemsAsCustom()
    {
        var process = Serializer.Deserialize(PersistenceTestData.GoldenV1);

        Assert.All(process.Agenda!.Items, i => Assert.Equal(AgendaItemKind.Custom, i.Kind));
    }

    [Fact]
    public void Deserialize_Version1AgendaItemWithAKind_IsRefused()
    {
        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(Mutate(o => o["agenda"]!["items"]![0]!["kind"] = "Goals")));

        Assert.Equal("$.agenda.items[0]", e.Path);
    }

    [Fact]
    public void Deserialize_Version2AgendaItemWithoutKind_IsRefused()
    {
        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(MutateV2(o => o["agenda"]!["items"]![1]!.AsObject().Remove("kind"))));

        Assert.Equal("$.agenda.items[1].kind", e.Path);
    }

    [Fact]
    public void Deserialize_Version2GuideReferenceDisagreeingWithKind_IsRefused()
    {
        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(MutateV2(o => o["agenda"]!["items"]![0]!["guideReference"] = "B9")));

        Assert.Equal("$.agenda.items[0].guideReference", e.Path);
    }

    [Fact]
    public void Deserialize_NoSchemaVersion_IsRefused()
    {
        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(Mutate(o => o.Remove("schemaVersion"))));

        Assert.Equal("$.schemaVersion", e.Path);
        Assert.Contains("no schemaVersion", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MembersInAnotherOrder_Loads()
    {
        // A database (PostgreSQL jsonb, for one) may reorder members; the document is read by name.
        var reordered = new JsonObject(JsonNode.Parse(PersistenceTestData.GoldenV1)!.AsObject().Reverse().Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));

        var process = Serializer.Deserialize(PersistenceTestData.Utf8(reordered.ToJsonString()));

        Assert.Equal(PersistenceTestData.GoldenV1AsV2, Serializer.Serialize(process));
    }

    [Fact]
    public void Deserialize_OverTheLimit_IsRefusedBeforeParsing()
    {
        var limit = 100;
        var serializer = PersistenceTestData.Serializer(maxDocumentBytes: limit);

        // Not JSON at all: the size is the only complaint, so the parser never saw it.
        var e = Assert.Throws<DocumentFormatException>(() => serializer.Deserialize(new byte[limit + 1]));

        Assert.Contains("more than the limit of 100", e.Message, StringComparison.Ordinal);
        Assert.Null(e.Path);
    }

    [Fact]
    public void Deserialize_SeekableStreamOverTheLimit_IsRefusedWithoutReading()
    {
        using var stream = new CountingStream(new MemoryStream(PersistenceTestData.GoldenV1), seekable: true);

        var e = Assert.Throws<DocumentFormatException>(() => PersistenceTestData.Serializer(maxDocumentBytes: 1000).Deserialize(stream));

        Assert.Contains("more than the limit", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.BytesRead);
    }

    [Fact]
    public void Deserialize_UnseekableStreamOverTheLimit_ReadsAtMostLimitPlusOne()
    {
        using var stream = new CountingStream(new EndlessStream(), seekable: false);

        var e = Assert.Throws<DocumentFormatException>(() => PersistenceTestData.Serializer(maxDocumentBytes: 50_000).Deserialize(stream));

        Assert.Contains("larger than the limit", e.Message, StringComparison.Ordinal);
        Assert.Equal(50_001, stream.BytesRead);
    }

    [Fact]
    public void Deserialize_Stream_Loads()
    {
        using var stream = new CountingStream(new MemoryStream(PersistenceTestData.GoldenV1), seekable: false);

        Assert.Equal(73, Serializer.Deserialize(stream).Version);
    }

    [Theory]
    [MemberData(nameof(Tampered))]
    public void Deserialize_Tampered_ThrowsWithThePath(string name, string replacement, string path)
    {
        var json = Mutate(o =>
        {
            foreach (var (key, value) in JsonNode.Parse(replacement)!.AsObject().ToList())
            {
                if (key.StartsWith('-'))
                {
                    o.Remove(key[1..]);
                }
                else
                {
                    o[key] = value?.DeepClone();
                }
            }
        });

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(json));

        Assert.True(path == e.Path, $"{name}: expected the path {path}, got {e.Path} ({e.Message})");
    }

    [Fact]
    public void Deserialize_DuplicateMember_Throws()
    {
        var text = PersistenceTestData.GoldenV1Text.Replace("\"version\": 73,", "\"version\": 73, \"version\": 73,", StringComparison.Ordinal);

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(PersistenceTestData.Utf8(text)));

        Assert.Contains("version", e.Message, StringComparison.Ordinal);
        Assert.NotNull(e.LineNumber);
    }

    [Fact]
    public void Deserialize_DuplicateNestedMember_ThrowsWithItsPath()
    {
        var text = PersistenceTestData.GoldenV1Text.Replace("\"name\": \"Ola Åsen\",", "\"name\": \"Ola Åsen\", \"name\": \"Ola Åsen\",", StringComparison.Ordinal);

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(PersistenceTestData.Utf8(text)));

        Assert.StartsWith("$.team.members[0]", e.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_TooDeep_Throws()
    {
        var deep = new string('[', 40) + new string(']', 40);
        var text = PersistenceTestData.GoldenV1Text.Replace("\"agreements\": [", "\"agreements\": [" + deep + ",", StringComparison.Ordinal);

        Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(PersistenceTestData.Utf8(text)));
    }

    [Fact]
    public void Deserialize_InvalidUtf8InAString_Throws()
    {
        var bytes = PersistenceTestData.GoldenV1.ToArray();
        var at = PersistenceTestData.GoldenV1Text.IndexOf("Klinikkens", StringComparison.Ordinal);
        bytes[Encoding.UTF8.GetByteCount(PersistenceTestData.GoldenV1Text[..at])] = 0xFF;

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(bytes));

        Assert.Equal("$.team.name", e.Path);
        Assert.Contains("UTF-8", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("\\udc00x")]
    [InlineData("a\\ud800\\ud800")]
    public void Deserialize_LoneSurrogateEscape_ThrowsWithThePath(string escaped)
    {
        var text = PersistenceTestData.GoldenV1Text.Replace("\"name\": \"Klinikkens ledergruppe\"", "\"name\": \"" + escaped + "\"", StringComparison.Ordinal);

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(PersistenceTestData.Utf8(text)));

        Assert.Equal("$.team.name", e.Path);
    }

    [Fact]
    public void Deserialize_AnswerMemberOfAnotherKind_ThrowsWithItsPath()
    {
        var json = Mutate(o => o["answers"]![0]!["answer"]!["value"] = true);

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(json));

        Assert.Equal("$.answers[0].answer.value", e.Path);
    }

    [Fact]
    public void Deserialize_AnswerWithoutItsValue_ThrowsWithItsPath()
    {
        var json = Mutate(o => o["answers"]![0]!["answer"]!.AsObject().Remove("text"));

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(json));

        Assert.Equal("$.answers[0].answer.text", e.Path);
    }

    [Fact]
    public void Deserialize_RespondentNotOnTeam_ThrowsWithItsPath()
    {
        var json = Mutate(o => o["answers"]![2]!["respondent"] = "stranger");

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(json));

        Assert.Equal("$.answers[2].respondent", e.Path);
        Assert.Contains("stranger", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_AnswerTwice_Throws()
    {
        var json = Mutate(o => o["answers"]!.AsArray().Add(o["answers"]![0]!.DeepClone()));

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(json));

        Assert.StartsWith("$.answers[", e.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_HistoryOutOfOrder_ThrowsWithItsPath()
    {
        var json = Mutate(o =>
        {
            var history = o["history"]!.AsArray();
            history[3]!["version"] = 5;
        });

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(json));

        Assert.Equal("$.history[3].version", e.Path);
    }

    [Fact]
    public void Deserialize_HistoryStepsThatDoNotChain_ThrowsWithItsPath()
    {
        var json = Mutate(o => o["history"]![10]!["from"] = "Homework");

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(json));

        Assert.Equal("$.history[10].from", e.Path);
    }

    [Fact]
    public void Deserialize_ActionBeyondTheSequence_ThrowsWithItsPath()
    {
        var json = Mutate(o => o["actions"]![1]!["id"] = "T9");

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(json));

        Assert.Equal("$.actions[1].id", e.Path);
    }

    [Fact]
    public void Deserialize_ActionOwnerNotOnTeam_ThrowsWithItsPath()
    {
        var json = Mutate(o => o["actions"]![0]!["owner"] = "stranger");

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(json));

        Assert.Equal("$.actions[0].owner", e.Path);
    }

    [Fact]
    public void Deserialize_BlankActionTitle_ThrowsWithTheActionsPath()
    {
        var json = Mutate(o => o["actions"]![0]!["title"] = " ");

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(json));

        Assert.Equal("$.actions[0]", e.Path);
        Assert.StartsWith("The value is not valid: ", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_TeamMemberTwice_ThrowsWithTheTeamsPath()
    {
        var json = Mutate(o => o["team"]!["members"]!.AsArray().Add(o["team"]!["members"]![0]!.DeepClone()));

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(json));

        Assert.Equal("$.team", e.Path);
    }

    [Fact]
    public void Deserialize_MeetingOffsetNotInForce_ThrowsWithItsPath()
    {
        var json = Mutate(o => o["agenda"]!["start"]!["offset"] = "+02:00");

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(json));

        Assert.Equal("$.agenda.start.offset", e.Path);
    }

    [Fact]
    public void Deserialize_MissingNestedMember_ThrowsWithTheObjectsPath()
    {
        var json = Mutate(o => o["agenda"]!["items"]![1]!.AsObject().Remove("minutes"));

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(json));

        Assert.Equal("$.agenda.items[1]", e.Path);
        Assert.Contains("minutes", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_MinutesOutOfRange_ThrowsWithTheItemsPath()
    {
        var json = Mutate(o => o["agenda"]!["items"]![1]!["minutes"] = 0);

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(json));

        Assert.Equal("$.agenda.items[1]", e.Path);
    }

    [Fact]
    public void Deserialize_Failure_LeavesNothingLoaded()
    {
        // The reader builds the whole state before a process exists; a failure late in the document leaves nothing.
        var json = Mutate(o => o["history"]![72]!["subject"] = "\u0000");

        Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(json));
        Assert.Equal(73, Serializer.Deserialize(PersistenceTestData.GoldenV1).Version);
    }

    private static byte[] MutateV2(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(PersistenceTestData.GoldenV2)!.AsObject();
        change(root);
        return PersistenceTestData.Utf8(root.ToJsonString());
    }

    private static byte[] Mutate(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(PersistenceTestData.GoldenV1)!.AsObject();
        change(root);
        return PersistenceTestData.Utf8(root.ToJsonString());
    }

    private sealed class PrivateZone() : DateTimeZone("Private/Zone", true, Offset.Zero, Offset.Zero)
    {
        public override ZoneInterval GetZoneInterval(Instant instant) => new("Private", null, null, Offset.Zero, Offset.Zero);
    }

    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)' ', offset, count);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void Deserialize_BuiltInPromptAnsweredWithTheWrongKind_IsRefusedWithThePath()
    {
        var text = PersistenceTestData.GoldenV1Text.Replace(
            "\"prompt\": \"A3.5\",\n      \"respondent\": \"kari.nordmann\",\n      \"answeredBy\": \"kari.nordmann\",\n      \"answeredAt\": \"2027-01-04T09:29:00Z\",\n      \"answer\": {\n        \"kind\": \"YesNo\",\n        \"value\": true",
            "\"prompt\": \"A3.5\",\n      \"respondent\": \"kari.nordmann\",\n      \"answeredBy\": \"kari.nordmann\",\n      \"answeredAt\": \"2027-01-04T09:29:00Z\",\n      \"answer\": {\n        \"kind\": \"FreeText\",\n        \"text\": \"ja\"",
            StringComparison.Ordinal);
        Assert.NotEqual(PersistenceTestData.GoldenV1Text, text);

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(System.Text.Encoding.UTF8.GetBytes(text)));

        Assert.Matches(@"^\$\.answers\[\d+\]\.answer\.kind$", e.Path);
    }

    [Fact]
    public void Deserialize_LeaderPromptAnsweredForAMember_IsRefusedWithThePath()
    {
        var text = PersistenceTestData.GoldenV1Text.Replace(
            "\"prompt\": \"A3.5\",\n      \"respondent\": \"kari.nordmann\"",
            "\"prompt\": \"A3.5\",\n      \"respondent\": null",
            StringComparison.Ordinal);
        Assert.NotEqual(PersistenceTestData.GoldenV1Text, text);

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(System.Text.Encoding.UTF8.GetBytes(text)));

        Assert.Matches(@"^\$\.answers\[\d+\]\.respondent$", e.Path);
    }
}

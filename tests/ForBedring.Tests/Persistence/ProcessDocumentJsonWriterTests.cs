using FsCheck.Xunit;
using ForBedring.Persistence;
using ForBedring.Process;
using ForBedring.Prompts;
using NodaTime;

namespace ForBedring.Tests.Persistence;

/// <summary>
/// The serializer writes the document straight from the state; its bytes are exactly those of the document objects
/// serialized by the source-generated context (<see cref="ProcessDocumentWriter"/>, the oracle).
/// </summary>
public sealed class ProcessDocumentJsonWriterTests
{
    [Property(MaxTest = 300, Arbitrary = [typeof(PersistenceGenerators)])]
    public void Serialize_AnyProcess_SameBytesAsTheDocumentObjects(ProcessScenario scenario)
    {
        var process = scenario.Build(out var clock);

        var direct = new FollowUpProcessSerializer(clock, ProcessScenario.Catalog).Serialize(process);

        Assert.Equal(ProcessDocumentWriter.Serialize(process.State), direct);
    }

    [Fact]
    public void Serialize_Golden_SameBytesAsTheDocumentObjectsAndTheFile()
    {
        var process = PersistenceTestData.Serializer().Deserialize(PersistenceTestData.GoldenV1);

        Assert.Equal(PersistenceTestData.GoldenV1AsV2, ProcessDocumentWriter.Serialize(process.State));
        Assert.Equal(PersistenceTestData.GoldenV1AsV2, PersistenceTestData.Serializer().Serialize(process));
    }

    public static TheoryData<string> Edits => [.. EditsByName.Keys];

    private static Dictionary<string, Func<ProcessState, ProcessState>> EditsByName { get; } = new()
    {
        ["no optional objects"] = s => s with { Agenda = null, Reports = null, Resources = null, ReportsSentAt = null, HomeworkDue = null, Timekeeper = null, MinuteTaker = null, Presentation = null },
        ["empty lists"] = s => s with { Answers = [], Groups = [], Absent = [], Shared = [], Actions = [], Agreements = [], Tasks = [], ReviewDates = [], Reviews = [], Commitments = [], DevelopmentNotes = [] },
        ["instants before year 1"] = s => s with { StartedAt = Instant.FromUtc(-3, 2, 1, 0, 0).PlusNanoseconds(120), ReportsSentAt = Instant.FromUtc(0, 12, 31, 23, 59, 59) },
        ["dates before year 1"] = s => s with { HomeworkDue = new LocalDate(0, 3, 1), ReviewDates = [new LocalDate(-20, 1, 1), new LocalDate(9999, 12, 31)] },
        ["extreme instants"] = s => s with { StartedAt = Instant.FromUtc(9999, 12, 31, 23, 59, 59).PlusNanoseconds(999_999_999), ReportsSentAt = Instant.FromUtc(1, 1, 1, 0, 0).PlusNanoseconds(1) },
        ["nobody chosen"] = s => s with { Answers = [.. s.Answers, new PromptAnswer(new PromptId("org.person"), null, new PersonAnswer(null), s.Team.Leader.Id, s.StartedAt)] },
        ["date answer"] = s => s with { Answers = [.. s.Answers, new PromptAnswer(new PromptId("org.date"), null, new DateAnswer(new LocalDate(2027, 3, 4)), s.Team.Leader.Id, s.StartedAt)] },
        ["carried from with team measures"] = s => s with
        {
            CarriedFrom = new CycleOrigin(new ProcessId("p-2025"), "ForBedring 2025 «ny»", 7, [
                new CycleMeasures(new ProcessId("p-2024"), "ForBedring 2024", new LocalDate(2025, 1, 6), new TeamMeasures(3, 1, 4, 2, 6, 5, 2)),
                new CycleMeasures(new ProcessId("p-2025"), "ForBedring 2025 «ny»", new LocalDate(2026, 1, 5), new TeamMeasures(0, 0, 0, 0, 0, 0, 0))]),
        },
        ["carried from without team measures"] = s => s with { CarriedFrom = new CycleOrigin(new ProcessId("p-2025"), "ForBedring 2025", 0) },
        ["awkward text"] = s => s with { Round = "\"\\/\u0001\u001f\u007f\u2028\u2029\uFEFF æøå 😀 </script>&'", Presentation = "\t\r\n\b\f" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Serialize_EditedState_SameBytesAsTheDocumentObjects(string edit)
    {
        var golden = PersistenceTestData.Serializer().Deserialize(PersistenceTestData.GoldenV1);
        var state = EditsByName[edit](golden.State);
        var process = FollowUpProcess.FromState(state, new NodaTime.Testing.FakeClock(state.StartedAt), ProcessScenario.Catalog, golden.TopicAreas);

        Assert.Equal(ProcessDocumentWriter.Serialize(state), PersistenceTestData.Serializer().Serialize(process));
    }

    [Fact]
    public void Serialize_AfterAFailedSave_TheNextSaveIsWhole()
    {
        // The thread's buffer and writer are reused; a save that failed halfway must leave nothing behind.
        var serializer = PersistenceTestData.Serializer();
        var golden = serializer.Deserialize(PersistenceTestData.GoldenV1);
        var privateZone = FollowUpProcess.FromState(golden.State with { TimeZone = new PrivateZone() }, new NodaTime.Testing.FakeClock(golden.StartedAt), golden.Prompts, golden.TopicAreas);

        var e = Assert.Throws<ArgumentException>(() => serializer.Serialize(privateZone));
        Assert.Contains("Private/Zone", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => PersistenceTestData.Serializer(maxDocumentBytes: 1000).Serialize(golden));

        Assert.Equal(PersistenceTestData.GoldenV1AsV2, serializer.Serialize(golden));
    }

    private sealed class PrivateZone() : DateTimeZone("Private/Zone", true, Offset.Zero, Offset.Zero)
    {
        public override NodaTime.TimeZones.ZoneInterval GetZoneInterval(Instant instant) => new("Private", null, null, Offset.Zero, Offset.Zero);
    }
}

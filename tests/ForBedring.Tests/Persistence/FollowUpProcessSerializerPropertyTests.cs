using FsCheck.Xunit;
using ForBedring.Persistence;

namespace ForBedring.Tests.Persistence;

/// <summary>Properties of <see cref="FollowUpProcessSerializer"/> that hold for every process a valid walk can produce.</summary>
public sealed class FollowUpProcessSerializerPropertyTests
{
    [Property(MaxTest = 250, Arbitrary = [typeof(PersistenceGenerators)])]
    public void SaveLoadSave_AnyProcessAndText_GivesIdenticalBytes(ProcessScenario scenario)
    {
        var process = scenario.Build(out var clock);
        var serializer = new FollowUpProcessSerializer(clock, ProcessScenario.Catalog);

        var saved = serializer.Serialize(process);
        var loaded = serializer.Deserialize(saved);
        var savedAgain = serializer.Serialize(loaded);

        Assert.Equal(saved, savedAgain);
        Assert.Equal(saved, serializer.Serialize(process));

        // The bytes agree because the values do: compare what the process shows, not only what it writes.
        Assert.Equal(process.Id, loaded.Id);
        Assert.Equal(process.Round, loaded.Round);
        Assert.Equal(process.Step, loaded.Step);
        Assert.Equal(process.Version, loaded.Version);
        Assert.Equal(process.TimeZone, loaded.TimeZone);
        Assert.Equal(process.StartedAt, loaded.StartedAt);
        Assert.Equal(process.Team.Leader, loaded.Team.Leader);
        Assert.Equal(process.Team.Members, loaded.Team.Members);
        Assert.Equal(process.History, loaded.History);
        Assert.Equal(process.Answers, loaded.Answers);
        Assert.Equal(process.Agenda?.Start, loaded.Agenda?.Start);
        Assert.Equal(process.Agenda?.Items, loaded.Agenda?.Items);
        Assert.Equal(process.Groups.Select(g => g.Members), loaded.Groups.Select(g => g.Members));
        Assert.Equal(process.Reports?.MemberReports, loaded.Reports?.MemberReports);
        Assert.Equal(process.Actions, loaded.Actions);
        Assert.Equal(process.Agreements, loaded.Agreements);
        Assert.Equal(process.FollowUpTasks, loaded.FollowUpTasks);
        Assert.Equal(process.StatusReviewDates, loaded.StatusReviewDates);
        Assert.Equal(process.ResourceReview?.Resources, loaded.ResourceReview?.Resources);
        Assert.Equal(process.StatusReviews.SelectMany(r => r.Updates), loaded.StatusReviews.SelectMany(r => r.Updates));
        Assert.Equal(process.Commitments, loaded.Commitments);
        Assert.Equal(process.TeamDevelopmentNotes, loaded.TeamDevelopmentNotes);
        Assert.Equal(process.AvailableActions, loaded.AvailableActions);
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(PersistenceGenerators)])]
    public void Serialize_AnyProcess_IsValidUtf8WithEveryTextIntact(ProcessScenario scenario)
    {
        var process = scenario.Build(out var clock);
        var saved = new FollowUpProcessSerializer(clock, ProcessScenario.Catalog).Serialize(process);

        var text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(saved);
        Assert.StartsWith("{\n  \"schemaVersion\": 2,\n", text, StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(saved);
        Assert.Equal(process.Round, document.RootElement.GetProperty("round").GetString());
    }
}

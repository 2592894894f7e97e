using ForBedring.Actions;
using ForBedring.Meetings;
using ForBedring.Process;
using ForBedring.Prompts;
using ForBedring.Results;
using NodaTime;

namespace ForBedring.Tests.Persistence;

/// <summary>The committed document of every released schema version loads forever, to the same bytes.</summary>
public sealed class GoldenDocumentTests
{
    [Fact]
    public void GoldenV1_Loads_WithWhatItHolds()
    {
        var process = PersistenceTestData.Serializer().Deserialize(PersistenceTestData.GoldenV1);

        Assert.Equal(new ProcessId("psyk-2026-lg"), process.Id);
        Assert.Equal("ForBedring 2026", process.Round);
        Assert.Equal(ProcessStep.ActionPlanning, process.Step);
        Assert.Equal(ProcessPhase.ActionDevelopment, process.Phase);
        Assert.Equal(73, process.Version);
        Assert.Equal(DateTimeZoneProviders.Tzdb["Europe/Oslo"], process.TimeZone);
        Assert.Equal(Instant.FromUtc(2027, 1, 4, 7, 30), process.StartedAt);

        Assert.Equal("Kari Nordmann", process.Team.Leader.Name);
        Assert.Equal(["Ola Åsen", "Bjørg Sæther", "Per Østby", "Ingrid Lie", "Hassan Ali", "Eva Dahl"], process.Team.Members.Select(m => m.Name));
        Assert.Equal([new PersonId("hassan.ali")], process.Absent);
        Assert.Equal(5, process.Shared.Count);
        Assert.Equal(new PersonId("eva.dahl"), process.Timekeeper);
        Assert.Equal(new PersonId("bjorg.sather"), process.MinuteTaker);

        var a12 = process.FindAnswer(new PromptId("A1.2"), process.Team.Leader.Id);
        Assert.Contains("\"arbeidsforhold\"", Assert.IsType<TextAnswer>(a12!.Answer).Text, StringComparison.Ordinal);
        Assert.Equal(
            [new TopicAreaId("samarbeidsklima"), new TopicAreaId("arbeidsforhold"), new TopicAreaId("sikkerhetsklima")],
            Assert.IsType<TopicAreasAnswer>(process.FindAnswer(new PromptId("A2.1"), process.Team.Leader.Id)!.Answer).Items);
        Assert.True(Assert.IsType<YesNoAnswer>(process.FindAnswer(new PromptId("B4.3"), null)!.Answer).Value);
        Assert.Null(process.FindAnswer(new PromptId("A5.1a"), new PersonId("hassan.ali")));

        var agenda = Assert.IsType<ForBedring.Meetings.MeetingAgenda>(process.Agenda);
        Assert.Equal(new LocalDateTime(2027, 1, 21, 9, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Oslo"]), agenda.Start);
        Assert.Equal(145, agenda.Items.Sum(i => i.Minutes));
        Assert.Equal(3, process.Groups.Count);
        Assert.Equal("rapport:2026/klinikk-psyk/felles", process.Reports!.CommonReport);
        Assert.Equal(6, process.Reports.MemberReports.Count);
        Assert.Equal(new LocalDate(2027, 1, 19), process.HomeworkDue);

        Assert.Equal([new ActionId("T1"), new ActionId("T3")], process.Actions.Select(a => a.Id));
        Assert.Equal(new LocalDate(2027, 4, 30), process.Actions[0].DueDate);
        Assert.Equal(2, process.Agreements.Count);
        Assert.Equal(2, process.FollowUpTasks.Count);
        Assert.Equal([new LocalDate(2027, 2, 18), new LocalDate(2027, 4, 15), new LocalDate(2027, 6, 10)], process.StatusReviewDates);
        Assert.Equal([SupportResource.HumanResources, SupportResource.OccupationalHealthService, SupportResource.UnionRepresentatives], process.ResourceReview!.Resources);

        Assert.Equal(73, process.History.Count);
        Assert.Equal(new HistoryEntry(73, Instant.FromUtc(2027, 1, 28, 13, 50, 30).PlusNanoseconds(250_000_000), process.Team.Leader.Id, ProcessAction.AnswerPrompt, ProcessStep.ActionPlanning, ProcessStep.ActionPlanning, "C4"), process.History[^1]);
    }

    [Fact]
    public void GoldenV1_Loaded_ListsCannotBeCastBackAndChanged()
    {
        var process = PersistenceTestData.Serializer().Deserialize(PersistenceTestData.GoldenV1);

        var lists = typeof(FollowUpProcess).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            .Where(p => p.Name != nameof(FollowUpProcess.AvailableActions))
            .Select(p => (p.Name, Value: p.GetValue(process)))
            .ToList();

        Assert.NotEmpty(lists);
        Assert.All(lists, list => Assert.False(list.Value is Array { Length: > 0 } or (System.Collections.IList { IsReadOnly: false } and not Array), $"{list.Name} can be changed through a cast."));
    }

    [Fact]
    public void GoldenV1_SavedAgain_IsTheSameDocumentInVersion2WithEmptyNewMembersAndCustomItems()
    {
        var text = PersistenceTestData.GoldenV1Text;
        Assert.Contains("\"statusReviews\": [],", text, StringComparison.Ordinal); // so no status update gains members
        var expected = System.Text.RegularExpressions.Regex.Replace(text, "(\"minutes\": [0-9]+)\n", "$1,\n        \"kind\": \"Custom\",\n        \"guideReference\": null\n")
            .Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 2,", StringComparison.Ordinal)
            .Replace("\n  \"history\": [", "\n  \"actionPlans\": [],\n  \"reviewSchedule\": null,\n  \"minuteNotes\": [],\n  \"groupHistory\": [],\n  \"carriedFrom\": null,\n  \"history\": [", StringComparison.Ordinal);

        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(PersistenceTestData.GoldenV1AsV2));
    }

    [Fact]
    public void GoldenV2_SavedAgain_GivesTheSameBytesByBothWriters()
    {
        var serializer = PersistenceTestData.Serializer();
        var process = serializer.Deserialize(PersistenceTestData.GoldenV2);

        Assert.Equal(PersistenceTestData.GoldenV2, serializer.Serialize(process));
        Assert.Equal(PersistenceTestData.GoldenV2, ProcessDocumentWriter.Serialize(process.State));
    }

    [Fact]
    public void GoldenV2_IsWhatTheFixedScenarioMakes()
    {
        var bytes = PersistenceTestData.Serializer().Serialize(GoldenV2Scenario.Run());
        if (Environment.GetEnvironmentVariable("FORBEDRING_WRITE_GOLDEN_V2") == "1")
        {
            File.WriteAllBytes(TestSupport.RepositoryFiles.PathOf("tests/ForBedring.Tests/Persistence/Golden/process-v2.json"), bytes);
        }

        Assert.Equal(PersistenceTestData.GoldenV2, bytes);
    }

    [Fact]
    public void GoldenV2_Loads_WithWhatItHolds()
    {
        var process = PersistenceTestData.Serializer().Deserialize(PersistenceTestData.GoldenV2);

        Assert.Equal(ProcessStep.StatusReviews, process.Step);
        Assert.Equal(2, process.ActionPlans.Count);
        var shared = Assert.Single(process.ActionPlans, p => p.IsShared);
        var cross = Assert.Single(shared.Actions);
        Assert.Equal([FocusAreaKind.Keep, FocusAreaKind.Improve], shared.FocusAreas.Select(f => f.Kind));
        Assert.Equal(new IndicatorId("q17"), cross.Indicator);
        Assert.Equal([ResourceKind.HumanResources, ResourceKind.Other], cross.Resources.Select(r => r.Kind));
        Assert.Equal("Fagutviklingssykepleier", cross.Resources[1].Name);
        Assert.Equal(2, cross.SubSteps.Count);
        Assert.True(cross.SubSteps[1].Done);
        Assert.Equal([ActionStatus.InProgress, ActionStatus.OnHold], cross.Updates.Select(u => u.Status));
        Assert.Equal(ActionStatus.OnHold, process.Actions.Single(a => a.Id == cross.Id).Status);
        var unit = Assert.Single(process.ActionPlans, p => p.Unit == new UnitId("u1"));
        var board = Assert.Single(unit.Actions);
        Assert.Equal(ActionStatus.Done, board.Status);
        Assert.Equal("Tavlemøtene er faste; avvikene om overlapp er halvert.", board.ClosingNote);
        Assert.True(board.Updates[0].HelpNeeded);
        Assert.Equal("Flytte møtet til 08:15.", process.StatusReviews[0].Updates[1].NextStep);
        Assert.Equal(40, process.StatusReviews[0].Updates[1].Progress);

        var schedule = Assert.IsType<ForBedring.Meetings.ReviewSchedule>(process.ReviewSchedule);
        Assert.Equal(4, schedule.IntervalWeeks);
        Assert.Equal(schedule.Dates, process.StatusReviewDates.Where(d => d >= schedule.First));
        Assert.Equal([0, 4, 7], process.Minutes.Select(m => m.ItemIndex));
        Assert.Equal([AgendaItemKind.Goals, AgendaItemKind.GroupWork, AgendaItemKind.Agreements], process.Minutes.Select(m => process.Agenda!.Items[m.ItemIndex].Kind));
        Assert.Equal(ForBedring.Meetings.ContributionKind.Wondering, process.Minutes[1].Kind);
        var round = Assert.Single(process.GroupHistory);
        Assert.Equal(process.Agenda!.Start.Date, round.Date);
        Assert.Equal(process.Groups, round.Groups);
    }

    [Fact]
    public void GoldenV1_Loaded_CanGoOn()
    {
        var process = PersistenceTestData.Serializer().Deserialize(PersistenceTestData.GoldenV1);
        var leader = process.Team.Leader.Id;

        // Adoption waits for C7; answering it and adopting works on the loaded process as on the one saved.
        Assert.False(process.CanPerform(ProcessAction.AdoptActionPlan, leader, out var reasons));
        Assert.Contains(reasons, r => r.GuideReference == "C7");
        process.AnswerPrompt(leader, new PromptId("C7"), new PersonAnswer(new PersonId("per.ostby")));
        process.AdoptActionPlan(leader);

        Assert.Equal(ProcessStep.StatusReviews, process.Step);
        Assert.Equal(75, process.Version);
        Assert.Equal(new PersonId("per.ostby"), process.StatusReporter);
    }
}

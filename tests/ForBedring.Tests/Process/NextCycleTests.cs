using FsCheck;
using FsCheck.Fluent;
using ForBedring.Actions;
using ForBedring.Persistence;
using ForBedring.Process;
using ForBedring.Results;
using ForBedring.Tests.Persistence;
using ForBedring.Tests.Results;

namespace ForBedring.Tests.Process;

public sealed class NextCycleTests
{
    private static readonly FollowUpProcessSerializer Serializer = PersistenceTestData.Serializer();

    /// <summary>The next round: the team's unit and u1 released (q17 up from 60 to 70 by the previous figures), u2 below the threshold.</summary>
    internal static Release NextRelease(double u1Score = 70, int u2Respondents = 2) => Release.Compute(ResultsTestData.Build(
        ("ledergruppe", null, UnitKind.Clinic, "leader", 40, 30, [("q17", 64, 61)]),
        ("u1", "ledergruppe", UnitKind.Section, null, 25, 20, [("q17", u1Score, 60)]),
        ("u2", "ledergruppe", UnitKind.Section, null, 4, u2Respondents, [("q17", 50, 55)])));

    [Fact]
    public void StartNext_GoldenScenario_CarriesTheOpenActionWithItsWholeHistoryAndNotTheDoneOne()
    {
        var previous = GoldenV2Scenario.Run();
        var shared = previous.ActionPlans.Single(p => p.IsShared);

        var next = previous.StartNext(new ProcessId("p-2027"), "ForBedring 2027", previous.Team.Leader.Id, NextRelease());

        var p = next.Process;
        Assert.Equal(previous.Actions.Where(a => a.IsOpen).Select(a => a.Id), next.Carried);
        Assert.Equal(previous.Actions.Where(a => a.IsOpen), p.Actions);
        var carriedPlan = Assert.Single(p.ActionPlans);
        Assert.True(carriedPlan.IsShared);
        Assert.Equal(shared.FocusAreas, carriedPlan.FocusAreas);
        Assert.Equal(shared.Actions[0].Updates, Assert.Single(carriedPlan.Actions).Updates);
        Assert.Equal(previous.GroupHistory, p.GroupHistory);
        Assert.Equal(ProcessStep.SelfReflection, p.Step);
        Assert.Equal(0, p.Version);
        Assert.Equal("ForBedring 2027", p.Round);
        var started = p.StartedAt.InZone(p.TimeZone).Date;
        Assert.Equal(new CycleOrigin(previous.Id, previous.Round, previous.History.Count(h => h.Action == ProcessAction.AddAction), [new CycleMeasures(previous.Id, previous.Round, started, previous.TeamMeasuresOn(started))]), p.CarriedFrom);
        Assert.Empty(p.StatusReviews);
        Assert.Equal(ActionStatus.Done, previous.ActionPlans.Single(x => !x.IsShared).Actions[0].Status); // the previous process is unchanged
    }

    [Fact]
    public void StartNext_SharedActionWithUnits_ReadsEachUnitAndHidesTheOneBelowTheThreshold()
    {
        var previous = GoldenV2Scenario.Run();

        var next = previous.StartNext(new ProcessId("p-2027"), "ForBedring 2027", previous.Team.Leader.Id, NextRelease());

        Assert.Collection(
            next.Readings,
            r =>
            {
                Assert.Equal((new UnitId("u1"), IndicatorTrend.Up, 70.0, 60.0), (r.Unit, r.Trend, r.Score!.Value, r.Previous!.Value));
                Assert.Equal(new IndicatorId("q17"), r.Indicator);
            },
            r => Assert.Equal((new UnitId("u2"), IndicatorTrend.Hidden, (double?)null, (double?)null), (r.Unit, r.Trend, r.Score, r.Previous)));
        var sentences = next.Summary();
        Assert.Equal("«Felles tiltak for samarbeid på tvers»: q17 for u1 gikk opp fra 60,0 til 70,0.", sentences[0].Bokmal);
        Assert.Contains("hidden to protect anonymity", sentences[1].English, StringComparison.Ordinal);
    }

    [Fact]
    public void StartNext_NewProcess_SavesAndLoadsByteIdentical()
    {
        var next = GoldenV2Scenario.Run().StartNext(new ProcessId("p-2027"), "ForBedring 2027", TestSupport.SampleTeam.Leader, NextRelease());

        var bytes = Serializer.Serialize(next.Process);
        var loaded = Serializer.Deserialize(bytes);

        Assert.Equal(bytes, Serializer.Serialize(loaded));
        Assert.Equal(next.Process.CarriedFrom, loaded.CarriedFrom);
        Assert.Equal(next.Process.ActionPlans, loaded.ActionPlans);
    }

    [Fact]
    public void ReadCarriedActions_AfterSaveAndLoad_SameReadingsAsAtTheStart()
    {
        var next = GoldenV2Scenario.Run().StartNext(new ProcessId("p-2027"), "ForBedring 2027", TestSupport.SampleTeam.Leader, NextRelease());
        var loaded = Serializer.Deserialize(Serializer.Serialize(next.Process));

        Assert.Equal(2, next.Readings.Count);
        Assert.Equal(next.Readings, loaded.ReadCarriedActions(NextRelease()));
        Assert.Empty(GoldenV2Scenario.Run().ReadCarriedActions(NextRelease())); // a first cycle carries nothing
    }

    [Fact]
    public void HighlightsFor_TheLeadersView_MentionsEachCarriedActionWithOnlyReleasedFigures()
    {
        var release = NextRelease();
        var next = GoldenV2Scenario.Run().StartNext(new ProcessId("p-2027"), "ForBedring 2027", TestSupport.SampleTeam.Leader, release);
        var view = LeaderView.For(release, TestSupport.SampleTeam.Leader);

        var highlights = next.Process.HighlightsFor(view);

        var plain = Highlights.For(view);
        Assert.Equal(plain.Items, highlights.Items.Take(plain.Items.Count));
        var carried = highlights.Items.Skip(plain.Items.Count).ToList();
        Assert.All(carried, h => Assert.Equal(HighlightKind.CarriedAction, h.Kind));
        Assert.Equal(next.Readings.Select(CarryOverSummary.Describe), carried.Select(h => h.Text));
        Assert.Equal([new HighlightFigure(new UnitId("u1"), new IndicatorId("q17"), 70, 60)], carried[0].Evidence);
        Assert.Empty(carried[1].Evidence); // u2 is below the threshold: named as hidden, no figure
        Assert.DoesNotContain("50", carried[1].Text.Bokmal, StringComparison.Ordinal);
        Assert.All(highlights.Items.SelectMany(h => h.Evidence), f => Assert.True(view.Units.Single(u => u.Id == f.Unit).IsReleased));
        Assert.Equal(carried, highlights.SuggestionsFor(new ForBedring.Prompts.PromptId("A1.1")));
    }

    [Fact]
    public void HighlightsFor_WithThePreviousView_ReadsThePreviousFigureFromIt()
    {
        var release = NextRelease(u1Score: 70);
        var next = GoldenV2Scenario.Run().StartNext(new ProcessId("p-2027"), "ForBedring 2027", TestSupport.SampleTeam.Leader, release, NextRelease(u1Score: 69));
        var leader = TestSupport.SampleTeam.Leader;

        var highlights = next.Process.HighlightsFor(LeaderView.For(release, leader), LeaderView.For(NextRelease(u1Score: 69), leader));

        var u1 = highlights.Items.Single(h => h.Kind == HighlightKind.CarriedAction && h.Unit == new UnitId("u1"));
        Assert.Equal([new HighlightFigure(new UnitId("u1"), new IndicatorId("q17"), 70, 69)], u1.Evidence);
        Assert.Equal(CarryOverSummary.Describe(next.Readings[0]), u1.Text); // unchanged, as the readings at the start say
        Assert.Throws<ArgumentException>(() => next.Process.HighlightsFor(LeaderView.For(release, leader), LeaderView.For(release, new PersonId("someone.else"))));
        var strict = next.Process.HighlightsFor(LeaderView.For(release, leader), LeaderView.For(NextRelease(u1Score: 69), leader), tolerance: 0.5);
        Assert.Equal(
            CarryOverSummary.Describe(IndicatorReading.Read(next.Readings[0].Action, next.Readings[0].ActionTitle, new UnitId("u1"), new IndicatorId("q17"), release, NextRelease(u1Score: 69), 0.5)),
            strict.Items.Single(h => h.Kind == HighlightKind.CarriedAction && h.Unit == new UnitId("u1")).Text); // up by 1 point reads as up with a tolerance of 0.5
        Assert.Throws<ArgumentOutOfRangeException>(() => next.Process.HighlightsFor(LeaderView.For(release, leader), tolerance: -1));
        Assert.Throws<ArgumentException>(() => next.Process.HighlightsFor(LeaderView.For(release, new PersonId("someone.else")))); // not on the team
        Assert.False(u1.Evidence is HighlightFigure[]); // read-only: cannot be cast back and changed
    }

    [Fact]
    public void HighlightsFor_FirstCycle_TheViewsHighlightsOnly()
    {
        var release = NextRelease();
        var view = LeaderView.For(release, TestSupport.SampleTeam.Leader);

        Assert.Equal(Highlights.For(view).Items, GoldenV2Scenario.Run().HighlightsFor(view).Items);
    }

    [Fact]
    public void StartNext_TwoCycles_KeepsTheTeamsMeasuresOfEachEarlierCycleThroughSaveAndLoad()
    {
        var first = GoldenV2Scenario.Run();
        var second = first.StartNext(new ProcessId("p-2027"), "ForBedring 2027", TestSupport.SampleTeam.Leader, NextRelease()).Process;
        var startedSecond = second.StartedAt.InZone(second.TimeZone).Date;
        var third = Serializer.Deserialize(Serializer.Serialize(
            Serializer.Deserialize(Serializer.Serialize(second)).StartNext(new ProcessId("p-2028"), "ForBedring 2028", TestSupport.SampleTeam.Leader, NextRelease()).Process));
        var startedThird = third.StartedAt.InZone(third.TimeZone).Date;

        var firstMeasures = Assert.Single(second.CarriedFrom!.Measures);
        Assert.Equal(new CycleMeasures(first.Id, first.Round, startedSecond, first.TeamMeasuresOn(startedSecond)), firstMeasures);
        Assert.True(firstMeasures.Measures.SharedGoals > 0); // the golden scenario's shared plan is in the first cycle's measures
        Assert.Equal([firstMeasures, new CycleMeasures(second.Id, second.Round, startedThird, second.TeamMeasuresOn(startedThird))], third.CarriedFrom!.Measures);
        var over = third.TeamMeasuresOverCycles(startedThird);
        Assert.Equal(["ForBedring 2026", "ForBedring 2027", "ForBedring 2028"], over.Select(c => c.Round));
        Assert.Equal(third.TeamMeasuresOn(startedThird), over[2].Measures);
        var bytes = Serializer.Serialize(third);
        Assert.Equal(bytes, Serializer.Serialize(Serializer.Deserialize(bytes)));
    }

    [Theory]
    [InlineData("crossUnitStarted", -1, "$.carriedFrom.teamMeasures[0].crossUnitStarted")]
    [InlineData("crossUnitCompleted", 99, "$.carriedFrom.teamMeasures[0].crossUnitCompleted")]
    [InlineData("sharedGoalsOnTrack", 99, "$.carriedFrom.teamMeasures[0].sharedGoalsOnTrack")]
    [InlineData("membersReported", -3, "$.carriedFrom.teamMeasures[0].membersReported")]
    public void Deserialize_ImpossibleTeamMeasures_IsRefusedWithTheirPath(string member, int value, string path)
    {
        var next = GoldenV2Scenario.Run().StartNext(new ProcessId("p-2027"), "ForBedring 2027", TestSupport.SampleTeam.Leader, NextRelease());
        var root = System.Text.Json.Nodes.JsonNode.Parse(Serializer.Serialize(next.Process))!.AsObject();
        root["carriedFrom"]!["teamMeasures"]![0]![member] = value;

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(PersistenceTestData.Utf8(root.ToJsonString())));

        Assert.Equal(path, e.Path);
    }

    [Theory]
    [InlineData("another previous process", "$.carriedFrom.teamMeasures[1].process")]
    [InlineData("this process", "$.carriedFrom.teamMeasures[0].process")]
    public void Deserialize_TeamMeasuresThatTellNoSingleHistory_AreRefused(string damage, string path)
    {
        var second = GoldenV2Scenario.Run().StartNext(new ProcessId("p-2027"), "ForBedring 2027", TestSupport.SampleTeam.Leader, NextRelease()).Process;
        var third = second.StartNext(new ProcessId("p-2028"), "ForBedring 2028", TestSupport.SampleTeam.Leader, NextRelease()).Process;
        var root = System.Text.Json.Nodes.JsonNode.Parse(Serializer.Serialize(third))!.AsObject();
        var measures = root["carriedFrom"]!["teamMeasures"]!.AsArray();
        switch (damage)
        {
            case "another previous process":
                measures[1]!["process"] = "p-other";
                break;
            default:
                measures[0]!["process"] = "p-2028";
                break;
        }

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(PersistenceTestData.Utf8(root.ToJsonString())));

        Assert.Equal(path, e.Path);
    }

    [Fact]
    public void Deserialize_CarriedFromWithoutTeamMeasures_IsRefused()
    {
        var next = GoldenV2Scenario.Run().StartNext(new ProcessId("p-2027"), "ForBedring 2027", TestSupport.SampleTeam.Leader, NextRelease());
        var root = System.Text.Json.Nodes.JsonNode.Parse(Serializer.Serialize(next.Process))!.AsObject();
        root["carriedFrom"]!.AsObject().Remove("teamMeasures");

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(PersistenceTestData.Utf8(root.ToJsonString())));

        Assert.Contains("teamMeasures", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartNext_SameId_Throws()
    {
        var previous = GoldenV2Scenario.Run();

        Assert.Throws<ArgumentException>(() => previous.StartNext(previous.Id, "ForBedring 2027", previous.Team.Leader.Id, NextRelease()));
        var next = previous.StartNext(new ProcessId("p-2027"), "ForBedring 2027", previous.Team.Leader.Id, NextRelease()).Process;
        Assert.Throws<ArgumentException>(() => next.StartNext(previous.Id, "ForBedring 2028", previous.Team.Leader.Id, NextRelease())); // an earlier cycle's id
    }

    [Fact]
    public void Deserialize_ActionSequenceBeyondCarriedAndHistory_IsRefused()
    {
        var next = GoldenV2Scenario.Run().StartNext(new ProcessId("p-2027"), "ForBedring 2027", TestSupport.SampleTeam.Leader, NextRelease());
        var root = System.Text.Json.Nodes.JsonNode.Parse(Serializer.Serialize(next.Process))!.AsObject();
        root["carriedFrom"]!["actionSequence"] = 0;

        var e = Assert.Throws<DocumentFormatException>(() => Serializer.Deserialize(PersistenceTestData.Utf8(root.ToJsonString())));

        Assert.Equal("$.actionSequence", e.Path);
    }

    [Fact]
    public void StartNext_AnyClosingStatuses_LosesNoOpenActionOrUpdateAndCarriesNoClosedOne()
    {
        ActionStatus[] statuses = [ActionStatus.InProgress, ActionStatus.OnHold, ActionStatus.Done, ActionStatus.Cancelled];
        var gen = Gen.Elements(statuses).Two().Select(t => (t.Item1, t.Item2));
        Prop.ForAll(gen.ToArbitrary(), pair =>
        {
            var (d, t2) = GoldenV2Scenario.RunToSecondReview();
            var previous = d.Process;
            previous.RecordStatusReview(d.Leader, new StatusReview(d.Today, [
                new ActionStatusUpdate(previous.Actions[0].Id, pair.Item1, "Oppdatering.", progress: 50),
                new ActionStatusUpdate(t2, pair.Item2, "Oppdatering.", progress: 60),
            ]));

            var next = previous.StartNext(new ProcessId("p-2027"), "ForBedring 2027", d.Leader, NextRelease());

            var open = previous.ActionPlans.SelectMany(p => p.Actions).Where(a => a.IsOpen).ToList();
            var carried = next.Process.ActionPlans.SelectMany(p => p.Actions).ToList();
            var bytes = Serializer.Serialize(next.Process);
            return open.Select(a => a.Id).OrderBy(i => i.Value, StringComparer.Ordinal).SequenceEqual(carried.Select(a => a.Id).OrderBy(i => i.Value, StringComparer.Ordinal))
                && open.All(a => carried.Single(c => c.Id == a.Id).Updates.SequenceEqual(a.Updates))
                && next.Process.Actions.All(a => a.IsOpen)
                && next.Process.Actions.Select(a => a.Id).SequenceEqual(previous.Actions.Where(a => a.IsOpen).Select(a => a.Id))
                && Serializer.Serialize(Serializer.Deserialize(bytes)).SequenceEqual(bytes);
        }).QuickCheckThrowOnFailure();
    }
}

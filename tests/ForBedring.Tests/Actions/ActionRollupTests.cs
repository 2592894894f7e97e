using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForBedring.Actions;
using ForBedring.Process;
using ForBedring.Results;
using ForBedring.Tests.TestSupport;
using NodaTime;

namespace ForBedring.Tests.Actions;

/// <summary>The roll-up equals a plain recount over the processes, for any selection of teams, date and part of the organisation.</summary>
public sealed class ActionRollupTests
{
    private static readonly TopicAreaId[] Topics = [new("samarbeidsklima"), new("arbeidsforhold"), new("sikkerhetsklima")];
    private static readonly UnitId[] TeamUnits = Enumerable.Range(0, 4).Select(i => new UnitId("lg" + i)).ToArray();
    private static readonly Lazy<FollowUpProcess[]> Pool = new(BuildPool);

    private static Gen<(int[] Teams, int DateOffset, bool[]? Units)> Input { get; } =
        from n in Gen.Choose(0, 30)
        from teams in Gen.ArrayOf(Gen.Choose(0, 1_000), n)
        from offset in Gen.Choose(-20, 80)
        from filtered in Gen.Elements(true, false)
        from units in Gen.ArrayOf(Gen.Elements(true, false), TeamUnits.Length)
        select (teams, offset, filtered ? units : null);

    [Property(MaxTest = 200)]
    public Property Of_AnyTeamsDateAndPart_EqualsAPlainRecount()
        => Prop.ForAll(Input.ToArbitrary(), input =>
        {
            var pool = Pool.Value;
            var processes = input.Teams.Select(i => pool[i % pool.Length]).ToList();
            var date = TestClock.Today(TestClock.Create()).PlusDays(input.DateOffset);
            var units = input.Units is null ? null : TeamUnits.Where((_, i) => input.Units[i]).ToList();

            var rollup = ActionRollup.Of(processes, date, units);

            AssertPlainRecount(processes, date, units, rollup);
        });

    [Property(MaxTest = 100)]
    public Property Of_ArrayOrSequence_SameRollup()
        => Prop.ForAll(Input.ToArbitrary(), input =>
        {
            var pool = Pool.Value;
            var processes = input.Teams.Select(i => pool[i % pool.Length]).ToArray();
            var date = TestClock.Today(TestClock.Create()).PlusDays(input.DateOffset);
            var units = input.Units is null ? null : TeamUnits.Where((_, i) => input.Units[i]).ToList();

            var fromArray = ActionRollup.Of(processes, date, units);
            var fromSequence = ActionRollup.Of(processes.Select(p => p), date, units);

            Assert.Equal(fromSequence, fromArray);
            AssertPlainRecount(processes, date, units, fromArray);
        });

    /// <summary>The counts a process keeps for the roll-up are rebuilt when a document is loaded: the same roll-up after a save and load.</summary>
    [Property(MaxTest = 50)]
    public Property Of_SavedAndLoadedProcesses_SameRollup()
        => Prop.ForAll(Input.ToArbitrary(), input =>
        {
            var pool = Pool.Value;
            var roundTrip = ProcessBytes.RoundTripFor(TestClock.Create());
            var processes = input.Teams.Select(i => pool[i % pool.Length]).ToList();
            var loaded = processes.Select(roundTrip).ToList();
            var date = TestClock.Today(TestClock.Create()).PlusDays(input.DateOffset);

            Assert.Equal(ActionRollup.Of(processes, date), ActionRollup.Of(loaded, date));
            AssertPlainRecount(loaded, date, null, ActionRollup.Of(loaded, date));
        });

    [Fact]
    public void Of_ActionRemovedFromItsPlan_NoLongerCounted()
    {
        var d = new CycleDriver(new LeadershipTeam(TeamUnits[0], "Ledergruppe", SampleTeam.Default.Leader, SampleTeam.Default.Members));
        d.WalkTo(ProcessStep.ActionPlanning);
        var first = d.Process.AddAction(d.Leader, new ActionDraft("Bevare", owner: SampleTeam.Member(1), dueDate: d.Today.PlusDays(30)));
        var second = d.Process.AddAction(d.Leader, new ActionDraft("Forbedre", owner: SampleTeam.Member(2), dueDate: d.Today.PlusDays(30)));
        FocusArea[] areas = [new(new FocusAreaId("F1"), FocusAreaKind.Keep, "Bevare", [Topics[0]], []), new(new FocusAreaId("F2"), FocusAreaKind.Improve, "Forbedre", [Topics[1], Topics[2]], [])];
        d.Process.SetActionPlan(d.Leader, new ActionPlan(null, d.Leader, areas, [new PlannedAction(first, "Bevare", areas[0].Id, SampleTeam.Member(1), d.Today.PlusDays(30)), new PlannedAction(second, "Forbedre", areas[1].Id, SampleTeam.Member(2), d.Today.PlusDays(30))]));
        var before = ActionRollup.Of([d.Process], d.Today);

        d.Process.RemoveAction(d.Leader, second);
        var after = ActionRollup.Of([d.Process], d.Today);

        Assert.Equal((1, 1, 3), (before.ActionsIn(FocusAreaKind.Keep), before.ActionsIn(FocusAreaKind.Improve), before.ActionsByTopicArea.Count));
        Assert.Equal((1, 0, 1), (after.ActionsIn(FocusAreaKind.Keep), after.ActionsIn(FocusAreaKind.Improve), after.ActionsByTopicArea.Count));
        AssertPlainRecount([d.Process], d.Today, null, after);
    }

    /// <summary>Twenty topic areas: more than the counter looks through one by one, so the later ones go through its index.</summary>
    [Fact]
    public void Of_PlansWithManyFocusAndTopicAreas_EqualsAPlainRecount()
    {
        var topics = Enumerable.Range(0, 20).Select(i => new TopicAreaId("tema" + i)).ToArray();
        var processes = new List<FollowUpProcess>();
        for (var k = 0; k < 3; k++)
        {
            var d = new CycleDriver(new LeadershipTeam(TeamUnits[k], "Ledergruppe " + k, SampleTeam.Default.Leader, SampleTeam.Default.Members));
            d.WalkTo(ProcessStep.ActionPlanning);
            for (var i = 0; i < 12; i++)
            {
                d.Process.AddAction(d.Leader, new ActionDraft("Tiltak " + i, owner: SampleTeam.Member(1 + (i % 4)), dueDate: d.Today.PlusDays(i - 6)));
            }

            d.Satisfy();
            var areas = Enumerable.Range(0, 10).Select(f => new FocusArea(new FocusAreaId(k == 1 ? "A" + f + "xx" : "F" + f), f == 0 ? FocusAreaKind.Keep : FocusAreaKind.Improve, "Område " + f, [topics[(f + k) % 20], topics[((2 * f) + 1 + k) % 20]], [])).ToArray();
            var actions = d.Process.Actions.Select((a, i) => new PlannedAction(a.Id, a.Title, areas[(i * 7) % 10].Id, a.Owner, a.DueDate));
            d.Process.SetActionPlan(d.Leader, new ActionPlan(null, d.Leader, areas, actions));
            processes.Add(d.Process);
        }

        var date = TestClock.Today(TestClock.Create());
        var rollup = ActionRollup.Of(processes, date);

        Assert.True(rollup.ActionsByTopicArea.Count > 16);
        AssertPlainRecount(processes, date, null, rollup);
    }

    /// <summary>A due date in another calendar counts as the same day: comparing it with the roll-up date directly would throw.</summary>
    [Fact]
    public void Of_DueDateInAnotherCalendar_OverdueByTheSameDay()
    {
        var d = new CycleDriver(new LeadershipTeam(TeamUnits[0], "Ledergruppe", SampleTeam.Default.Leader, SampleTeam.Default.Members));
        d.WalkTo(ProcessStep.ActionPlanning);
        var due = d.Today.WithCalendar(CalendarSystem.Julian);
        d.Process.AddAction(d.Leader, new ActionDraft("Tiltak", owner: SampleTeam.Member(1), dueDate: due));

        Assert.Equal(0, ActionRollup.Of([d.Process], d.Today).Overdue);
        Assert.Equal(1, ActionRollup.Of([d.Process], d.Today.PlusDays(1)).Overdue);
        Assert.Equal(1, ActionRollup.Of([d.Process], d.Today.PlusDays(1).WithCalendar(CalendarSystem.Gregorian)).Overdue);
    }

    [Fact]
    public void Pool_CoversEveryPhaseAndStatus()
    {
        var pool = Pool.Value;
        var all = ActionRollup.Of(pool, TestClock.Today(TestClock.Create()).PlusDays(30));

        Assert.All(Enum.GetValues<ProcessPhase>(), phase => Assert.True(all.TeamsIn(phase) > 0, phase.ToString()));
        Assert.All(new[] { ActionStatus.Planned, ActionStatus.InProgress, ActionStatus.Done }, s => Assert.True(all.ActionsWith(s) > 0, s.ToString()));
        Assert.True(all.Overdue > 0);
        Assert.True(all.ActionsIn(FocusAreaKind.Keep) > 0);
    }

    private static void AssertPlainRecount(IReadOnlyList<FollowUpProcess> processes, LocalDate date, IReadOnlyList<UnitId>? units, ActionRollup rollup)
    {
        var teams = units is null ? processes : processes.Where(p => units.Contains(p.Team.Unit)).ToList();
        var actions = teams.SelectMany(p => p.Actions).ToList();
        var planned = teams.SelectMany(p => p.ActionPlans).SelectMany(plan => plan.Actions.Select(a => plan.FindFocusArea(a.FocusArea)!)).ToList();
        Assert.Equal(teams.Count, rollup.Teams);
        Assert.All(Enum.GetValues<ProcessPhase>(), phase => Assert.Equal(teams.Count(p => p.Phase == phase), rollup.TeamsIn(phase)));
        Assert.Equal(teams.Count(p => p.History.Any(h => h.Action == ProcessAction.EndMeeting)), rollup.HeldReadBackMeeting);
        Assert.Equal(teams.Count(p => p.History.Any(h => h.Action == ProcessAction.AdoptActionPlan)), rollup.AdoptedPlan);
        Assert.All(Enum.GetValues<ActionStatus>(), s => Assert.Equal(actions.Count(a => a.Status == s), rollup.ActionsWith(s)));
        Assert.Equal(actions.Count, rollup.Actions);
        Assert.Equal(actions.Count(a => a.IsOpen && a.DueDate < date), rollup.Overdue);
        Assert.Equal(actions.Count(a => a.CrossUnit), rollup.CrossUnit);
        Assert.All(Enum.GetValues<FocusAreaKind>(), k => Assert.Equal(planned.Count(f => f.Kind == k), rollup.ActionsIn(k)));
        var byTopic = planned.SelectMany(f => f.TopicAreas).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(byTopic.OrderBy(kv => kv.Key.Value, StringComparer.Ordinal), rollup.ActionsByTopicArea.OrderBy(kv => kv.Key.Value, StringComparer.Ordinal));
    }

    private static FollowUpProcess[] BuildPool()
    {
        var rng = new Random(20270301);
        var list = new List<FollowUpProcess>();
        var k = 0;
        FocusArea[] Areas() =>
        [
            new(new FocusAreaId("F1"), FocusAreaKind.Keep, "Bevare", [Topics[rng.Next(3)]], []),
            new(new FocusAreaId("F2"), FocusAreaKind.Improve, "Forbedre", Topics.Where(_ => rng.Next(2) == 0), [new IndicatorId("q1")]),
        ];
        foreach (var step in ProcessSteps.All)
        {
            for (var rep = 0; rep < 2; rep++, k++)
            {
                var team = new LeadershipTeam(TeamUnits[k % TeamUnits.Length], "Ledergruppe " + k, SampleTeam.Default.Leader, SampleTeam.Default.Members);
                var d = new CycleDriver(team);
                if (step >= ProcessStep.ActionPlanning)
                {
                    d.WalkTo(ProcessStep.ActionPlanning);
                    for (var i = rng.Next(0, 4); i > 0; i--)
                    {
                        d.Process.AddAction(d.Leader, new ActionDraft("Tiltak", owner: SampleTeam.Member(1 + rng.Next(4)), dueDate: d.Today.PlusDays(rng.Next(-10, 60)), crossUnit: rng.Next(3) == 0));
                    }

                    d.Satisfy();
                    var areas = Areas();
                    var actions = d.Process.Actions.Select(a => new PlannedAction(a.Id, a.Title, areas[rng.Next(2)].Id, a.Owner, a.DueDate, crossUnit: a.CrossUnit));
                    d.Process.SetActionPlan(d.Leader, new ActionPlan(rng.Next(2) == 0 ? null : new UnitId("u1"), d.Leader, areas, actions));
                }

                d.WalkTo(step);
                if (step is ProcessStep.StatusReviews or ProcessStep.TeamDevelopment)
                {
                    d.RecordReview(rng.Next(3) switch { 0 => ActionStatus.Done, 1 => ActionStatus.OnHold, _ => ActionStatus.InProgress });
                }

                list.Add(d.Process);
            }
        }

        return [.. list];
    }
}

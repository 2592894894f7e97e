using ForBedring.Meetings;
using NodaTime;
using static ForBedring.Tests.Meetings.Groups.GroupPlanning;

namespace ForBedring.Tests.Meetings.Groups;

public sealed class GroupPlannerTests
{
    // Kirkman's fifteen schoolgirls, the affine planes AG(2,3), AG(2,4), AG(2,5), and round robins.
    [Theory]
    [InlineData(15, 3, 7)]
    [InlineData(16, 4, 5)]
    [InlineData(6, 2, 5)]
    [InlineData(9, 3, 4)]
    [InlineData(25, 5, 6)]
    [InlineData(30, 2, 29)]
    [InlineData(12, 2, 11)]
    public void Plan_ClassicInstance_RepeatsNoPair(int people, int size, int meetings)
    {
        foreach (var seed in new[] { 0, 1, 42 })
        {
            var plan = GroupPlanner.Plan(new GroupPlanRequest(People(people), GroupSizing.OfSize(size), meetings) { Seed = seed });

            Assert.Equal(0, RepeatedPairs(plan));
            Assert.Equal(0, plan.RepeatedPairs);
        }
    }

    // Beyond the designs, the search finds repeat-free schedules that exist: 12 in fours over 3 meetings, 20 in
    // fours over 4, 18 in threes over 4 (from the social golfer tables).
    [Theory]
    [InlineData(12, 3, 4)]
    [InlineData(20, 4, 4)]
    [InlineData(18, 3, 4)]
    [InlineData(21, 3, 5)]
    public void Plan_FeasibleInstanceWithoutDesign_RepeatsNoPair(int people, int size, int meetings)
    {
        var plan = GroupPlanner.Plan(new GroupPlanRequest(People(people), GroupSizing.OfSize(size), meetings) { Seed = 7 });

        Assert.Equal(0, RepeatedPairs(plan));
    }

    [Fact]
    public void Plan_ClassicInstanceWithUnits_StillRepeatsNoPairAndMixesUnits()
    {
        // Five units of three: in Kirkman's schedule each unit can be split in every meeting but the one where it sits together.
        var members = People(15, i => new UnitId($"u{(i - 1) / 3}"));
        var plan = GroupPlanner.Plan(new GroupPlanRequest(members, GroupSizing.OfSize(3), 7) { Seed = 3 });

        Assert.Equal(0, plan.RepeatedPairs);
        Assert.True(plan.Meetings.Sum(m => m.SameUnitPairs) <= 15, $"same-unit pairs: {plan.Meetings.Sum(m => m.SameUnitPairs)}");
    }

    [Fact]
    public void Plan_OneMeetingWithUnits_SplitsEveryUnit()
    {
        // Four units of four people in four groups of four: every group can take one person of each unit.
        var members = People(16, i => new UnitId($"u{(i - 1) / 4}"));
        var plan = GroupPlanner.Plan(new GroupPlanRequest(members, GroupSizing.OfSize(4)) { Seed = 5 });

        Assert.Equal(0, Assert.Single(plan.Meetings).SameUnitPairs);
    }

    [Fact]
    public void Plan_History_AvoidsPairsWhoMetBefore()
    {
        var earlier = GroupPlanner.Plan(new GroupPlanRequest(People(12), GroupSizing.OfSize(3), 2) { Seed = 1 });
        var history = earlier.Meetings.Select((m, i) => m.ToRound(new LocalDate(2026, 1, 10).PlusWeeks(i))).ToList();

        var next = GroupPlanner.Plan(new GroupPlanRequest(People(12), GroupSizing.OfSize(3)) { History = history, Seed = 1 });

        Assert.Equal(0, next.RepeatedPairs);
        var all = earlier.Meetings.Concat(next.Meetings).Select(m => m.Groups.Select(g => g.Members.Select(p => p.Value)));
        Assert.Equal(0, RepeatedPairs(all));
    }

    [Fact]
    public void Plan_SameSeed_GivesTheSamePlan()
    {
        var members = People(23, i => new UnitId($"u{i % 4}"));
        GroupPlanRequest Request(int seed) => new(members, GroupSizing.OfSize(4), 6) { Seed = seed, Apart = [[P(1), P(2)]], Together = [[P(3), P(4)]] };

        var a = GroupPlanner.Plan(Request(9));
        var b = GroupPlanner.Plan(Request(9));

        Assert.Equal(Shape(a), Shape(b));
    }

    [Fact]
    public void Plan_DifferentSeeds_CanGiveDifferentPlans()
    {
        var shapes = Enumerable.Range(0, 4)
            .Select(seed => Shape(GroupPlanner.Plan(new GroupPlanRequest(People(10), GroupSizing.OfSize(2)) { Seed = seed })))
            .Distinct()
            .Count();

        Assert.True(shapes > 1);
    }

    [Fact]
    public void Plan_TogetherAndApart_AreRespectedInEveryMeeting()
    {
        var request = new GroupPlanRequest(People(14), GroupSizing.OfSize(3), 5)
        {
            Together = [[P(1), P(2)], [P(2), P(3)], [P(10), P(11)]],
            Apart = [[P(4), P(5), P(6), P(7)], [P(1), P(10)]],
            Seed = 2,
        };

        var plan = GroupPlanner.Plan(request);

        foreach (var meeting in plan.Meetings)
        {
            Assert.Contains(meeting.Groups, g => g.Members.Contains(P(1)) && g.Members.Contains(P(2)) && g.Members.Contains(P(3)));
            Assert.Contains(meeting.Groups, g => g.Members.Contains(P(10)) && g.Members.Contains(P(11)));
            Assert.All(meeting.Groups, g => Assert.True(g.Members.Count(p => p == P(4) || p == P(5) || p == P(6) || p == P(7)) <= 1));
            Assert.DoesNotContain(meeting.Groups, g => g.Members.Contains(P(1)) && g.Members.Contains(P(10)));
        }
    }

    [Fact]
    public void Plan_KeptOut_LeavesThePersonOutOfEveryGroup()
    {
        var plan = GroupPlanner.Plan(new GroupPlanRequest(People(9), GroupSizing.OfSize(2), 3) { KeptOut = [P(9)] });

        Assert.All(plan.Meetings, m => Assert.Equal(8, m.Groups.Sum(g => g.Members.Count)));
        Assert.DoesNotContain(plan.Meetings.SelectMany(m => m.Groups).SelectMany(g => g.Members), p => p == P(9));
    }

    [Fact]
    public void Plan_GroupCount_GivesEvenSizes()
    {
        var plan = GroupPlanner.Plan(new GroupPlanRequest(People(11), GroupSizing.InGroups(3)));

        Assert.Equal([3, 4, 4], plan.Meetings[0].Groups.Select(g => g.Members.Count).Order());
    }

    [Fact]
    public void Plan_BadRequest_ListsEveryProblem()
    {
        var members = People(8).Append(new GroupMember(P(1))).ToList();
        var request = new GroupPlanRequest(members, GroupSizing.OfSize(3))
        {
            KeptOut = [P(99)],
            Together = [[P(1), P(2), P(3), P(4), P(5)], [P(6)], [P(42), P(7)]],
            Apart = [[P(1), P(2)]],
        };

        var error = Assert.Throws<GroupPlanException>(() => GroupPlanner.Plan(request));

        var kinds = error.Problems.Select(p => p.Kind).ToList();
        Assert.Contains(GroupPlanProblemKind.DuplicateMember, kinds);
        Assert.Contains(GroupPlanProblemKind.SetTooSmall, kinds);
        Assert.Contains(GroupPlanProblemKind.TogetherSetTooLarge, kinds);
        Assert.Contains(GroupPlanProblemKind.TogetherAndApart, kinds);
        Assert.Equal(2, kinds.Count(k => k == GroupPlanProblemKind.NotPresent));
        Assert.Contains(error.Problems, p => p.Kind == GroupPlanProblemKind.TogetherAndApart && p.People.SequenceEqual([P(1), P(2)]));
        Assert.All(error.Problems, p => Assert.Contains(p.Message, error.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(3, 2, 2)]
    [InlineData(1, 0, 1)]
    [InlineData(7, 0, 4)]
    public void Plan_SizesThatCannotPartition_AreAProblem(int people, int size, int groups)
    {
        var sizing = size > 0 ? GroupSizing.OfSize(size + 2) : GroupSizing.InGroups(groups);

        var error = Assert.Throws<GroupPlanException>(() => GroupPlanner.Plan(new GroupPlanRequest(People(people), sizing)));

        Assert.Equal(GroupPlanProblemKind.SizesCannotPartition, Assert.Single(error.Problems).Kind);
    }

    [Fact]
    public void Plan_ApartSetLargerThanGroups_IsAProblem()
    {
        var request = new GroupPlanRequest(People(6), GroupSizing.OfSize(3)) { Apart = [[P(1), P(2), P(3)]] };

        var error = Assert.Throws<GroupPlanException>(() => GroupPlanner.Plan(request));

        Assert.Equal(GroupPlanProblemKind.ApartSetTooLarge, Assert.Single(error.Problems).Kind);
    }

    [Fact]
    public void Plan_TogetherSetsThatCannotAllFit_IsAProblem()
    {
        // Two groups of three; two together sets of two cannot share a group, and a third has nowhere to go.
        var request = new GroupPlanRequest(People(6), GroupSizing.OfSize(3)) { Together = [[P(1), P(2)], [P(3), P(4)], [P(5), P(6)]] };

        var error = Assert.Throws<GroupPlanException>(() => GroupPlanner.Plan(request));

        Assert.Equal(GroupPlanProblemKind.TogetherSetTooLarge, Assert.Single(error.Problems).Kind);
    }

    [Fact]
    public void Plan_TimeLimit_IsReportedWhenItEndsTheSearch()
    {
        var request = new GroupPlanRequest(People(30, i => new UnitId($"u{i % 3}")), GroupSizing.OfSize(4), 8)
        {
            TimeLimit = Duration.FromTicks(1),
            MaxIterations = 10_000_000,
        };

        var plan = GroupPlanner.Plan(request);

        Assert.True(plan.StoppedByTimeLimit);
        Assert.Equal(8, plan.Meetings.Count);
    }

    [Fact]
    public void Request_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GroupPlanRequest(People(4), GroupSizing.OfSize(2), 0));
        Assert.Throws<ArgumentNullException>(() => new GroupPlanRequest(null!, GroupSizing.OfSize(2)));
        Assert.Throws<ArgumentOutOfRangeException>(() => GroupSizing.OfSize(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => GroupSizing.InGroups(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GroupPlanRequest(People(4), GroupSizing.OfSize(2)) { MaxIterations = 0 });
        Assert.Throws<ArgumentNullException>(() => GroupPlanner.Plan(null!));
    }

    private static string Shape(GroupPlan plan)
        => string.Join(" | ", plan.Meetings.Select(m => string.Join(" ", m.Groups.Select(g => string.Join(",", g.Members)))));
}

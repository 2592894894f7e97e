using System.Diagnostics;
using ForBedring.Meetings;
using static ForBedring.Tests.Meetings.Groups.GroupPlanning;

namespace ForBedring.Tests.Meetings.Groups;

/// <summary>
/// The planner against the port of Good Enough Golfers' genetic solver: on teams of 6–30, groups of 2–5, 2–8 meetings,
/// it repeats no more pairs. GEG runs with its own budget (30 generations per round, up to 100 descendants), which in
/// this port takes longer than the planner's default iteration budget, so the planner never has more time than GEG.
/// </summary>
public sealed class GroupPlannerComparisonTests(ITestOutputHelper output)
{
    /// <summary>A spread over the range: small and large teams, even and uneven sizes, few and many meetings.</summary>
    public static TheoryData<int, int, int> Sample => new()
    {
        { 6, 2, 4 }, { 7, 2, 6 }, { 8, 4, 2 }, { 9, 3, 4 }, { 10, 3, 5 }, { 11, 2, 8 }, { 12, 4, 4 }, { 13, 3, 6 },
        { 14, 5, 3 }, { 16, 4, 6 }, { 17, 3, 8 }, { 18, 3, 7 }, { 19, 4, 5 }, { 20, 5, 5 }, { 21, 3, 8 }, { 22, 2, 8 },
        { 23, 4, 8 }, { 24, 4, 7 }, { 25, 5, 8 }, { 26, 3, 6 }, { 27, 5, 4 }, { 28, 4, 8 }, { 29, 3, 8 }, { 30, 5, 8 },
        { 30, 3, 8 }, { 30, 2, 2 },
    };

    [Theory]
    [MemberData(nameof(Sample))]
    public void Plan_SampleInstance_RepeatsNoMorePairsThanGoodEnoughGolfers(int people, int size, int meetings)
    {
        var sizes = GroupSizing.OfSize(size).SizesFor(people);
        foreach (var seed in new[] { 1, 2 })
        {
            var clock = Stopwatch.StartNew();
            var geg = new GoodEnoughGolfers(seed).Solve(people, sizes, meetings);
            var gegTime = clock.Elapsed;
            clock.Restart();
            var plan = GroupPlanner.Plan(new GroupPlanRequest(People(people), GroupSizing.OfSize(size), meetings) { Seed = seed });
            var planTime = clock.Elapsed;

            var gegRepeats = RepeatedPairs(geg.Select(r => r.Select(g => g.Select(p => $"m{p + 1}"))));
            var planRepeats = RepeatedPairs(plan);
            output.WriteLine($"n={people} k={size} meetings={meetings} seed={seed}: planner {planRepeats} repeats in {planTime.TotalMilliseconds:F0} ms ({plan.Iterations} iterations), GEG {gegRepeats} in {gegTime.TotalMilliseconds:F0} ms");
            Assert.True(planRepeats <= gegRepeats, $"planner {planRepeats} > GEG {gegRepeats}");
        }
    }

    [Fact]
    public void GoodEnoughGolfers_Port_PlansPartitions()
    {
        // The port itself: every round it plans is a partition of the people in the layout asked for.
        var rounds = new GoodEnoughGolfers(3).Solve(11, [4, 4, 3], 4);

        Assert.All(rounds, r => Assert.Equal(Enumerable.Range(0, 11), r.SelectMany(g => g).Order()));
        Assert.All(rounds, r => Assert.Equal([4, 4, 3], r.Select(g => g.Length)));
    }
}

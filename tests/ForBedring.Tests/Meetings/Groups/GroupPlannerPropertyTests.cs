using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForBedring.Meetings;
using static ForBedring.Tests.Meetings.Groups.GroupPlanning;

namespace ForBedring.Tests.Meetings.Groups;

/// <summary>Rules that hold for every request: a plan is a partition of the people present in the sizes asked for, and keeps the fixed sets.</summary>
public sealed class GroupPlannerPropertyTests
{
    /// <summary>A request drawn at random: people, sizing, meetings, together and apart pairs, people kept out.</summary>
    public sealed record PlanCase(int People, int Size, int Count, int Meetings, (int, int)[] Together, (int, int)[] Apart, int[] KeptOut, int Seed, int Units)
    {
        public GroupPlanRequest ToRequest() => new(
            GroupPlanning.People(People, Units > 0 ? i => new UnitId($"u{i % Units}") : null),
            Size > 0 ? GroupSizing.OfSize(Size) : GroupSizing.InGroups(Count),
            Meetings)
        {
            Together = [.. Together.Select(t => (IReadOnlyList<PersonId>)[P(t.Item1), P(t.Item2)])],
            Apart = [.. Apart.Select(t => (IReadOnlyList<PersonId>)[P(t.Item1), P(t.Item2)])],
            KeptOut = [.. KeptOut.Select(P)],
            Seed = Seed,
            MaxIterations = 1_500,
        };

        public override string ToString()
            => $"n={People} size={Size} count={Count} meetings={Meetings} together=[{string.Join(" ", Together)}] apart=[{string.Join(" ", Apart)}] out=[{string.Join(" ", KeptOut)}] seed={Seed} units={Units}";
    }

    private static Gen<PlanCase> Cases(bool constraints) =>
        from n in Gen.Choose(2, 30)
        from bySize in ArbMap.Default.GeneratorFor<bool>()
        from size in Gen.Choose(2, 6)
        from count in Gen.Choose(1, 8)
        from meetings in Gen.Choose(1, 5)
        from togetherCount in Gen.Choose(0, constraints ? 3 : 0)
        from apartCount in Gen.Choose(0, constraints ? 3 : 0)
        from keptOutCount in Gen.Choose(0, constraints ? 1 : 0)
        from together in Gen.ArrayOf(Pair(n), togetherCount)
        from apart in Gen.ArrayOf(Pair(n), apartCount)
        from keptOut in Gen.ArrayOf(Gen.Choose(1, n), keptOutCount)
        from seed in ArbMap.Default.GeneratorFor<int>()
        from units in Gen.Choose(0, 4)
        select new PlanCase(n, bySize ? size : 0, count, meetings, together, apart, keptOut, seed, units);

    private static Gen<(int, int)> Pair(int n) =>
        from a in Gen.Choose(1, n)
        from b in Gen.Choose(1, n)
        select (a, b);

    [Property(MaxTest = 150)]
    public Property Plan_AnyRequest_IsAPartitionInTheSizesAskedForKeepingTheSets()
        => Prop.ForAll(Cases(constraints: true).ToArbitrary(), c =>
        {
            var request = c.ToRequest();
            GroupPlan plan;
            try
            {
                plan = GroupPlanner.Plan(request);
            }
            catch (GroupPlanException e)
            {
                // A refusal always names a real problem of this request.
                return e.Problems.Count > 0 && e.Problems.All(p => IsReal(p, c, request));
            }

            var present = request.Members.Select(m => m.Id).Where(id => !request.KeptOut.Contains(id)).Distinct().OrderBy(id => id.Value, StringComparer.Ordinal).ToList();
            var sizes = request.Sizing.SizesFor(present.Count).Order().ToList();
            return plan.Meetings.Count == c.Meetings && plan.Meetings.All(m =>
                m.Groups.SelectMany(g => g.Members).OrderBy(id => id.Value, StringComparer.Ordinal).SequenceEqual(present)
                && m.Groups.Select(g => g.Members.Count).Order().SequenceEqual(sizes)
                && request.Together.All(t => m.Groups.Any(g => t.All(g.Members.Contains)))
                && request.Apart.All(a => m.Groups.All(g => a.Count(g.Members.Contains) <= 1)));
        });

    [Property(MaxTest = 100)]
    public Property Plan_NoConstraintsAndSizesThatFit_AlwaysPlans()
        => Prop.ForAll(Cases(constraints: false).ToArbitrary(), c =>
        {
            var request = c.ToRequest();
            var fits = request.Sizing.SizesFor(c.People).Count > 0;
            try
            {
                return GroupPlanner.Plan(request).Meetings.Count == c.Meetings && fits;
            }
            catch (GroupPlanException e)
            {
                return !fits && e.Problems.Single().Kind == GroupPlanProblemKind.SizesCannotPartition;
            }
        });

    [Property(MaxTest = 40)]
    public Property Plan_SameRequest_GivesTheSamePlan()
        => Prop.ForAll(Cases(constraints: true).ToArbitrary(), c =>
        {
            static string Run(GroupPlanRequest r)
            {
                try
                {
                    var plan = GroupPlanner.Plan(r);
                    return string.Join("|", plan.Meetings.Select(m => string.Join(" ", m.Groups.Select(g => string.Join(",", g.Members)))));
                }
                catch (GroupPlanException e)
                {
                    return e.Message;
                }
            }

            return Run(c.ToRequest()) == Run(c.ToRequest());
        });

    [Property(MaxTest = 100)]
    public Property SizesFor_AnyCount_AreEvenAndSumToThePeople()
        => Prop.ForAll(Gen.Choose(0, 60).ToArbitrary(), Gen.Choose(2, 8).ToArbitrary(), (n, k) =>
        {
            var bySize = GroupSizing.OfSize(k).SizesFor(n);
            var byCount = GroupSizing.InGroups(k).SizesFor(n);
            var sizeOk = n < k ? bySize.Count == 0 : bySize.Sum() == n && bySize.All(s => s >= k) && bySize.Max() - bySize.Min() <= 1 && bySize.Count == n / k;
            var countOk = n < 2 * k ? byCount.Count == 0 : byCount.Sum() == n && byCount.Count == k && byCount.Max() - byCount.Min() <= 1;
            return sizeOk && countOk;
        });

    private static bool IsReal(GroupPlanProblem p, PlanCase c, GroupPlanRequest request)
    {
        var present = Enumerable.Range(1, c.People).Except(c.KeptOut).ToList();
        return p.Kind switch
        {
            GroupPlanProblemKind.NotPresent => p.People.All(id => c.KeptOut.Select(P).Contains(id)),
            GroupPlanProblemKind.SetTooSmall => c.Together.Concat(c.Apart).Any(t => t.Item1 == t.Item2),
            GroupPlanProblemKind.SizesCannotPartition => request.Sizing.SizesFor(present.Count).Count == 0,
            GroupPlanProblemKind.TogetherAndApart => p.People.Count == 2,
            GroupPlanProblemKind.TogetherSetTooLarge or GroupPlanProblemKind.ApartSetTooLarge or GroupPlanProblemKind.ApartNotKept => p.People.Count >= 2,
            _ => false,
        };
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForBedring.Results;

namespace ForBedring.Tests.Results.Anonymity;

/// <summary>
/// Properties of the planner and the audit over random organisations (10,600 per run): the audit is the oracle for
/// the planner, brute force (every subset, span membership by exact rank) is the oracle for both.
/// </summary>
public sealed class AnonymityPropertyTests
{
    private static Arbitrary<int> Seeds => Gen.Choose(0, int.MaxValue - 1).ToArbitrary();

    [Property(MaxTest = 4000)]
    public Property Plan_AnyTree_ReleaseNeverLeaksAndEveryReasonIsRight()
        => Prop.ForAll(Seeds, seed =>
        {
            var org = RandomOrganisation.Create(seed);
            var k = org.Threshold;
            var plan = ReleasePlanner.Plan(org.Parents, org.Respondents, k);
            var released = plan.Select(d => d == UnitDisclosure.Released).ToArray();
            for (var v = 0; v < org.Count; v++)
            {
                var expected = org.Respondents[v] < 0 ? UnitDisclosure.Withheld
                    : org.Respondents[v] < k ? UnitDisclosure.BelowThreshold
                    : plan[v] == UnitDisclosure.Released ? UnitDisclosure.Released : UnitDisclosure.ProtectsOtherUnit;
                Assert.Equal(expected, plan[v]);
            }

            var (cells, figures) = org.Audit(released);
            var audit = DisclosureAudit.Check(cells, figures, k);
            Assert.True(audit.IsSafe, $"seed {seed}: {string.Join("; ", audit.Leaks)}");
            Assert.True(SpanOracle.Keeps(org, released), $"seed {seed}");
            Assert.Empty(DisclosureAudit.CheckTree(org.Parents, org.Respondents, released, k));

            // Nothing more can be shown: releasing any one hidden unit besides would break the rule.
            if (org.Count <= 60)
            {
                for (var v = 0; v < org.Count; v++)
                {
                    if (plan[v] == UnitDisclosure.ProtectsOtherUnit)
                    {
                        var more = (bool[])released.Clone();
                        more[v] = true;
                        Assert.False(SpanOracle.Keeps(org, more), $"seed {seed}: unit {v} could be released too");
                    }
                }
            }
        });

    [Property(MaxTest = 3000)]
    public Property Check_ThresholdOnlyRelease_LeaksExactlyTheBlocksBelowTheThreshold()
        => Prop.ForAll(Seeds, seed =>
        {
            var org = RandomOrganisation.Create(seed);
            var k = org.Threshold;
            var released = org.ThresholdOnly();
            var (cells, figures) = org.Audit(released);
            var audit = DisclosureAudit.Check(cells, figures, k);

            var small = SpanOracle.Blocks(org, released).Where(b => b.Value > 0 && b.Value < k).OrderBy(b => b.Key).ToList();
            Assert.Equal(small.Count == 0, audit.IsSafe);
            Assert.Equal(small.Select(b => b.Value).OrderBy(x => x), audit.Leaks.Select(l => l.Respondents).OrderBy(x => x));
            Assert.Equal(
                small.Select(b => (b.Key, b.Value)),
                DisclosureAudit.CheckTree(org.Parents, org.Respondents, released, k).Select(l => (l.Unit, l.Respondents)));

            // Each leak names its derivation: one figure minus others gives exactly its cells (identical figures count as one).
            var weight = cells.ToDictionary(c => c.Id, c => c.Respondents);
            var byLabel = figures.ToDictionary(f => f.Label);
            foreach (var leak in audit.Leaks)
            {
                var derived = byLabel[Assert.Single(leak.AddedFigures)].CellIds
                    .Except(leak.SubtractedFigures.SelectMany(f => byLabel[f].CellIds))
                    .Where(c => weight[c] > 0)
                    .OrderBy(c => c, StringComparer.Ordinal);
                Assert.Equal(leak.CellIds.OrderBy(c => c, StringComparer.Ordinal), derived);
                Assert.Equal(leak.Respondents, leak.CellIds.Sum(c => weight[c]));
            }
        });

    [Property(MaxTest = 2000)]
    public Property Plan_SmallTree_ReleasesAsManyUnitsAsTheBestSubset()
        => Prop.ForAll(Seeds, seed =>
        {
            var org = RandomOrganisation.Create(seed, maxUnits: 10, maxOwn: 12);
            var k = org.Threshold;
            var plan = ReleasePlanner.Plan(org.Parents, org.Respondents, k);
            var planned = plan.Count(d => d == UnitDisclosure.Released);

            var candidates = Enumerable.Range(0, org.Count).Where(v => org.Respondents[v] >= k).ToArray();
            var best = 0;
            for (var mask = 0; mask < 1 << candidates.Length; mask++)
            {
                var released = new bool[org.Count];
                var size = 0;
                for (var i = 0; i < candidates.Length; i++)
                {
                    if ((mask & (1 << i)) != 0)
                    {
                        released[candidates[i]] = true;
                        size++;
                    }
                }

                if (size > best && SpanOracle.Keeps(org, released))
                {
                    best = size;
                }
            }

            Assert.Equal(best, planned);
        });

    [Property(MaxTest = 1000)]
    public Property Check_RandomFigures_FindsExactlyTheMinimalGroupsBruteForceFinds()
        => Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var k = new[] { 3, 5, 7 }[random.Next(3)];
            var weights = Enumerable.Range(0, random.Next(1, 13)).Select(_ => random.Next(4) == 0 ? random.Next(5, 20) : random.Next(0, 5)).ToArray();
            var figures = Enumerable.Range(0, random.Next(1, 9))
                .Select(_ => Enumerable.Range(0, weights.Length).Where(_ => random.Next(2) == 0).ToArray())
                .Where(f => f.Length > 0)
                .ToList();
            AssertAgreesWithBruteForce(weights, figures, k, seed);
        });

    [Property(MaxTest = 600)]
    public Property Check_TwoReleasesAcrossAReorganisation_AgreesWithBruteForce()
        => Prop.ForAll(Seeds, seed =>
        {
            var random = new Random(seed);
            var k = new[] { 3, 5, 7 }[random.Next(3)];
            var reorganisation = Reorganisation.Create(random);
            var oldRelease = reorganisation.Release(reorganisation.OldParents, reorganisation.OldUnitOfCell, k, random.Next(2) == 0);
            var newRelease = reorganisation.Release(reorganisation.NewParents, reorganisation.NewUnitOfCell, k, random.Next(2) == 0);
            var figures = new List<int[]>();
            figures.AddRange(Reorganisation.Figures(reorganisation.OldParents, reorganisation.OldUnitOfCell, oldRelease));
            figures.AddRange(Reorganisation.Figures(reorganisation.NewParents, reorganisation.NewUnitOfCell, newRelease));
            AssertAgreesWithBruteForce(reorganisation.Weights, figures, k, seed);

            // The model's way: figures built per tree by AuditFigures, one audit over both.
            var ids = reorganisation.Weights.Select((_, c) => "c" + c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var unitIds = Enumerable.Range(0, reorganisation.UnitCount).Select(u => "u" + u.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var both = AuditFigures.ForTree("old", unitIds, reorganisation.OldParents, oldRelease, ids.Select((id, c) => (id, reorganisation.OldUnitOfCell[c])).ToArray())
                .Concat(AuditFigures.ForTree("new", unitIds, reorganisation.NewParents, newRelease, ids.Select((id, c) => (id, reorganisation.NewUnitOfCell[c])).ToArray()));
            var audit = DisclosureAudit.Check(ids.Select((id, c) => new AuditCell(id, reorganisation.Weights[c])), both, k);
            Assert.Equal(SpanOracle.MinimalLeaks(reorganisation.Weights, figures, k).Count == 0, audit.IsSafe);
        });

    private static void AssertAgreesWithBruteForce(int[] weights, IReadOnlyList<int[]> figures, int k, int seed)
    {
        var ids = weights.Select((_, c) => "c" + c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var audit = DisclosureAudit.Check(
            ids.Select((id, c) => new AuditCell(id, weights[c])),
            figures.Select((f, i) => new AuditFigure("f" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Select(c => ids[c]).ToArray())),
            k);
        var expected = SpanOracle.MinimalLeaks(weights, figures, k)
            .Select(g => string.Join(",", g.Select(c => ids[c])) + "=" + g.Sum(c => weights[c]).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(s => s, StringComparer.Ordinal);
        var actual = audit.Leaks
            .Select(l => string.Join(",", l.CellIds) + "=" + l.Respondents.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(s => s, StringComparer.Ordinal);
        Assert.True(expected.SequenceEqual(actual), $"seed {seed}: expected [{string.Join("; ", expected)}], got [{string.Join("; ", actual)}]");
        foreach (var leak in audit.Leaks)
        {
            Assert.InRange(leak.Respondents, 1, k - 1);
        }
    }
}

using BenchmarkDotNet.Attributes;
using ForBedring.Results;

namespace ForBedring.Benchmarks.Results;

/// <summary>
/// The anonymity-safe release of one round: plan the release, build the released figures (40 mean scores copied per
/// released unit) and audit the release; beside the plain bottom-up aggregation of the same tree (respondents and 40
/// score sums per unit) as the baseline. Target: 8,000 units under a second, at most 3× the baseline, growing no
/// faster than n log n.
/// </summary>
/// <remarks>
/// The audit of one tree's release is <see cref="DisclosureAudit"/>'s laminar path on the tree itself (residual blocks,
/// linear time), which the property tests hold equal to the general <see cref="DisclosureAudit.Check"/>. On a shared
/// two-core machine read the ratio from the Min and Median columns.
/// </remarks>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ReleaseBenchmarks
{
    private const int Indicators = 40;
    private const int Threshold = 5;
    private RandomHospital _hospital = null!;

    /// <summary>Gets or sets the number of units.</summary>
    [Params(1_000, 8_000, 64_000)]
    public int Units { get; set; }

    /// <summary>Builds the organisation.</summary>
    [GlobalSetup]
    public void Setup() => _hospital = new RandomHospital(Units, Indicators, seed: 2027);

    /// <summary>The baseline: aggregate respondents and 40 score sums bottom-up.</summary>
    /// <returns>The score sums.</returns>
    [Benchmark(Baseline = true)]
    public double[] Aggregate()
    {
        _hospital.Aggregate(out var sums);
        return sums;
    }

    /// <summary>Plans the release, copies the released units' scores and audits the release.</summary>
    /// <returns>The released scores.</returns>
    [Benchmark]
    public double[] PlanReleaseAudit()
    {
        var respondents = _hospital.Respondents;
        var plan = ReleasePlanner.Plan(_hospital.Parents, respondents, Threshold);
        var released = new bool[plan.Length];
        var count = 0;
        for (var v = 0; v < plan.Length; v++)
        {
            if (plan[v] == UnitDisclosure.Released)
            {
                released[v] = true;
                count++;
            }
        }

        var figures = new double[count * Indicators];
        var at = 0;
        for (var v = 0; v < plan.Length; v++)
        {
            if (released[v])
            {
                Array.Copy(_hospital.Scores, v * Indicators, figures, at, Indicators);
                at += Indicators;
            }
        }

        if (DisclosureAudit.CheckTree(_hospital.Parents, respondents, released, Threshold).Count != 0)
        {
            throw new InvalidOperationException("The planned release leaks.");
        }

        return figures;
    }
}

using BenchmarkDotNet.Attributes;
using ForBedring.Actions;
using ForBedring.Persistence;
using ForBedring.Process;
using NodaTime;

namespace ForBedring.Benchmarks.Actions;

/// <summary>
/// The roll-up across leadership teams (25 actions each) over processes already loaded, beside the baseline: a
/// hand-written single pass that only counts actions by status over the same processes. Target: at most 3× the
/// baseline's time, linear in actions, allocating per team and topic area, not per action.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class RollupBenchmarks
{
    private static readonly LocalDate Date = new(2027, 3, 1);
    private FollowUpProcess[] _processes = [];

    /// <summary>Gets or sets the number of teams.</summary>
    [Params(200, 2_000, 20_000)]
    public int Teams { get; set; }

    /// <summary>Loads the teams' processes from a few saved documents, as a portal would read them from its database.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var clock = new StillClock(Instant.FromUtc(2027, 1, 4, 8, 0));
        var serializer = new FollowUpProcessSerializer(clock);
        var documents = Enumerable.Range(0, 6).Select(v => serializer.Serialize(RollupProcesses.Build(clock, v))).ToArray();
        _processes = Enumerable.Range(0, Teams).Select(i => serializer.Deserialize(documents[i % documents.Length])).ToArray();
    }

    /// <summary>The baseline: one pass counting actions by status.</summary>
    /// <returns>The counts.</returns>
    [Benchmark(Baseline = true)]
    public int[] CountByStatus()
    {
        var counts = new int[5];
        foreach (var process in _processes)
        {
            var actions = process.Actions;
            for (var i = 0; i < actions.Count; i++)
            {
                counts[(int)actions[i].Status]++;
            }
        }

        return counts;
    }

    /// <summary>The full roll-up.</summary>
    /// <returns>The roll-up.</returns>
    [Benchmark]
    public ActionRollup Rollup() => ActionRollup.Of(_processes, Date);

    private sealed class StillClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}

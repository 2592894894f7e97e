using BenchmarkDotNet.Attributes;

namespace ForBedring.Benchmarks;

/// <summary>
/// PLACEHOLDER, to be replaced by real benchmarks: only here so that <c>--filter '*' --job Dry</c> has
/// something to run.
/// </summary>
[MemoryDiagnoser]
public class PlaceholderBenchmarks
{
    private readonly int[] _numbers = Enumerable.Range(0, 64).ToArray();

    /// <summary>Sums a small array with a loop.</summary>
    [Benchmark(Baseline = true)]
    public int SumLoop()
    {
        int sum = 0;
        foreach (int n in _numbers)
        {
            sum += n;
        }

        return sum;
    }

    /// <summary>Sums a small array with LINQ.</summary>
    [Benchmark]
    public int SumLinq() => _numbers.Sum();
}

using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ForBedring.Benchmarks;

/// <summary>Entry point: pick benchmarks with <c>--filter</c>, e.g. <c>-- --filter '*' --job Dry</c>.</summary>
public static class Program
{
    /// <summary>
    /// Runs the benchmarks selected on the command line. BenchmarkDotNet itself exits 0 even when a benchmark
    /// throws or fails to build, so the exit code is 1 if any selected benchmark failed, and 2 if a filter
    /// selected none.
    /// </summary>
    public static int Main(string[] args)
    {
        Summary[] summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToArray();

        bool onlyListing = args.Any(a => a is "--list" or "--help" or "-h" or "--info" or "--version");
        if (summaries.Length == 0 && !onlyListing && args.Contains("--filter"))
        {
            Console.Error.WriteLine("No benchmark matched the filter.");
            return 2;
        }

        var failed = summaries
            .Where(s => s.HasCriticalValidationErrors
                || s.Reports.Length < s.BenchmarksCases.Length
                || s.Reports.Any(r => !r.Success))
            .Select(s => s.Title)
            .ToArray();
        foreach (string title in failed)
        {
            Console.Error.WriteLine($"Benchmark run failed: {title}");
        }

        return failed.Length == 0 ? 0 : 1;
    }
}

using ForBedring.Csv;
using ForBedring.Results;

namespace ForBedring.Samples.Console.Commands;

/// <summary><c>release --results FILE.csv [--threshold N] --out RELEASE.json</c>: computes the round's release and writes it as JSON.</summary>
internal static class ReleaseCommand
{
    public const string Usage = "release --results FILE.csv [--threshold N] --out RELEASE.json";

    public static Task<int> RunAsync(CommandArguments a)
    {
        var file = a.Required("results");
        var threshold = a.Int("threshold", SurveyRound.DefaultScoreThreshold, SurveyRound.MinimumScoreThreshold, 1000);
        var output = a.Required("out");
        a.RejectUnknown();
        var results = LoadResults(file, threshold);
        if (results is null)
        {
            return Task.FromResult(2);
        }

        var release = Release.Compute(results);
        File.WriteAllBytes(output, ReleaseJson.Write(release));
        var released = release.Units.Count(u => u.IsReleased);
        System.Console.WriteLine($"{output}: {released} of {release.Units.Count} units released (threshold {threshold}).");
        foreach (var group in release.Units.Where(u => !u.IsReleased).GroupBy(u => u.Status))
        {
            System.Console.WriteLine($"  {group.Key}: {string.Join(", ", group.Select(u => u.Id))}");
        }

        return Task.FromResult(0);
    }

    /// <summary>Reads a result file for a round with the given threshold; prints every problem and returns null when it cannot.</summary>
    internal static SurveyResults? LoadResults(string file, int threshold)
    {
        if (!File.Exists(file))
        {
            System.Console.Error.WriteLine($"{file}: no such file.");
            return null;
        }

        try
        {
            using var stream = File.OpenRead(file);
            var round = new SurveyRound(Path.GetFileNameWithoutExtension(file), Path.GetFileNameWithoutExtension(file), threshold, Math.Max(threshold, SurveyRound.DefaultFreeTextThreshold));
            return ResultsCsv.Read(stream, round);
        }
        catch (SurveyResultsException e)
        {
            System.Console.Error.WriteLine($"{file}: {e.Problems.Count} problem(s); nothing was imported.");
            foreach (var problem in e.Problems)
            {
                System.Console.Error.WriteLine($"  {problem}");
            }

            return null;
        }
    }
}

using System.Diagnostics;
using ForBedring.Csv;
using ForBedring.Results;
using ForBedring.Tests.TestSupport;

namespace ForBedring.Tests.Results;

/// <summary>The shipped sample results (samples/data): they import, have the promised shape, and are what the seeded generator gives.</summary>
public sealed class SampleDataTests
{
    private static SurveyResults Load(string name)
    {
        using var stream = File.OpenRead(RepositoryFiles.PathOf("samples/data/" + name));
        return ResultsCsv.Read(stream, new SurveyRound(name, name));
    }

    [Theory]
    [InlineData("sample-results-2026.csv")]
    [InlineData("sample-results-2027.csv")]
    public void SampleRound_Imports_AndHasTheSyntheticHospitalsShape(string name)
    {
        var results = Load(name);
        Assert.Equal(UnitKind.Enterprise, results.Root.Kind);
        Assert.InRange(results.Units.Count(u => u.Kind == UnitKind.Clinic), 4, 6);
        Assert.InRange(results.Units.Count(u => u.Kind is UnitKind.Department or UnitKind.Section), 25, 40);
        Assert.Equal(results.Units.Count(u => u.Kind == UnitKind.Clinic) + 1, results.Units.Count(u => u.Kind == UnitKind.LeadershipTeam));
        Assert.InRange(results.ResultOf(results.Root.Id)!.Respondents!.Value, 2000, 3000);
        Assert.Contains(results.Results, r => r.Respondents is > 0 and < 5);
    }

    [Fact]
    public void SampleRounds_AreReorganised_AndTheMovesAccountForEveryoneOf2026()
    {
        var before = Load("sample-results-2026.csv");
        var after = Load("sample-results-2027.csv");
        Assert.NotEqual(before.Units.Select(u => (u.Id, u.ParentId)), after.Units.Select(u => (u.Id, u.ParentId)));
        var moves = File.ReadAllLines(RepositoryFiles.PathOf("samples/data/sample-reorganisation-2027.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Select(f => new StaffMove(f[0].Length == 0 ? null : new UnitId(f[0]), f[1].Length == 0 ? null : new UnitId(f[1]), int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        foreach (var unit in before.Units.Where(u => !before.ResultOf(u.Id)!.IsWithheld && before.Children(u.Id).All(c => !before.ResultOf(c)!.IsWithheld)))
        {
            var own = before.ResultOf(unit.Id)!.Respondents!.Value - before.Children(unit.Id).Sum(c => before.ResultOf(c)!.Respondents!.Value);
            Assert.Equal(own, moves.Where(m => m.From == unit.Id).Sum(m => m.Respondents));
        }

        Assert.All(moves.Where(m => m.To is not null), m => Assert.NotNull(after.Unit(m.To!.Value)));
    }

    [Fact]
    public void Generator_Regenerated_GivesTheShippedBytes()
    {
        // Runs the sample host's generator, built with the solution, in check mode against samples/data.
        var dll = RepositoryFiles.PathOf("samples/ForBedring.Samples.Console/bin/Release/net10.0/ForBedring.Samples.Console.dll");
        Assert.True(File.Exists(dll), $"Build the sample host first (dotnet build -c Release): {dll} is missing.");
        using var process = System.Diagnostics.Process.Start(new ProcessStartInfo("dotnet", [dll, "generate-sample-data", "--check", "--out", RepositoryFiles.PathOf("samples/data")])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output);
        Assert.Equal(3, output.Split('\n').Count(l => l.EndsWith("same bytes", StringComparison.Ordinal)));
    }
}

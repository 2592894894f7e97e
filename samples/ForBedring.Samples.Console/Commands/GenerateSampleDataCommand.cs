using ForBedring.Samples.Console.SampleData;

namespace ForBedring.Samples.Console.Commands;

/// <summary><c>generate-sample-data [--out DIR] [--check]</c>: writes the synthetic hospital's two rounds and re-organisation, or checks that the shipped files are what the generator gives.</summary>
internal static class GenerateSampleDataCommand
{
    public const string Usage = "generate-sample-data [--out DIR] [--check]";

    public static Task<int> RunAsync(CommandArguments a)
    {
        var folder = a.Optional("out") ?? Path.Combine("samples", "data");
        var check = a.Flag("check");
        a.RejectUnknown();
        var differ = 0;
        foreach (var (name, bytes) in SampleHospital.Generate())
        {
            var path = Path.Combine(folder, name);
            if (check)
            {
                var same = File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
                System.Console.WriteLine($"{path}: {(same ? "same bytes" : "DIFFERS from the generator")}");
                differ += same ? 0 : 1;
            }
            else
            {
                Directory.CreateDirectory(folder);
                File.WriteAllBytes(path, bytes);
                System.Console.WriteLine($"{path}: {bytes.Length} bytes");
            }
        }

        return Task.FromResult(differ == 0 ? 0 : 1);
    }
}

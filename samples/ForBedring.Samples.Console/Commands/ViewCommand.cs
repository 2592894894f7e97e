using ForBedring.Results;

namespace ForBedring.Samples.Console.Commands;

/// <summary><c>view --release RELEASE.json --leader LEADER_ID [--out VIEW.json] [--lang nb|nn|en]</c>: a leader's view, as JSON or as the readable A4 report.</summary>
internal static class ViewCommand
{
    public const string Usage = "view --release RELEASE.json --leader LEADER_ID [--out VIEW.json] [--lang nb|nn|en]";

    public static Task<int> RunAsync(CommandArguments a)
    {
        var file = a.Required("release");
        var leaderText = a.Required("leader");
        var output = a.Optional("out");
        var language = Language(a.Optional("lang"));
        a.RejectUnknown();
        if (!PersonId.TryParse(leaderText, out var leader))
        {
            throw new CommandLineException($"'{leaderText}' is not a leader id.");
        }

        if (!File.Exists(file))
        {
            System.Console.Error.WriteLine($"{file}: no such file.");
            return Task.FromResult(2);
        }

        Release release;
        try
        {
            release = ReleaseJson.Read(File.ReadAllBytes(file));
        }
        catch (DocumentFormatException e)
        {
            System.Console.Error.WriteLine($"{file}: {e.Message}");
            return Task.FromResult(2);
        }

        LeaderView view;
        try
        {
            view = LeaderView.For(release, leader);
        }
        catch (ArgumentException e)
        {
            System.Console.Error.WriteLine(e.Message);
            return Task.FromResult(2);
        }

        if (output is null)
        {
            System.Console.Write(view.Render(language));
        }
        else
        {
            File.WriteAllBytes(output, view.ToJson());
            System.Console.WriteLine($"{output}: {view.Units.Count} units ({view.UnitsAbove.Count} above, {view.OwnUnits.Count} in the leader's area).");
        }

        return Task.FromResult(0);
    }

    internal static TextLanguage Language(string? code) => code switch
    {
        null or "nb" => TextLanguage.Bokmal,
        "nn" => TextLanguage.Nynorsk,
        "en" => TextLanguage.English,
        _ => throw new CommandLineException($"Unknown language '{code}': use nb, nn or en."),
    };
}

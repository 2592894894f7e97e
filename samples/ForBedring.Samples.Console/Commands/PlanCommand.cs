using ForBedring.Actions;
using ForBedring.Persistence;
using ForBedring.Process;
using NodaTime;

namespace ForBedring.Samples.Console.Commands;

/// <summary>
/// <c>plan --process FILE.json [--lang nb|nn|en]</c>: prints the action plans of a saved process as Markdown, each
/// action followed by the quality check's suggestions (ARK). Exit 0, or 2 when the file cannot be read or loaded.
/// </summary>
internal static class PlanCommand
{
    public const string Usage = "plan --process FILE.json [--lang nb|nn|en]";

    public static async Task<int> RunAsync(CommandArguments a)
    {
        var file = a.Required("process");
        var language = ProcessFile.Language(a.Optional("lang"));
        a.RejectUnknown();
        var process = await ProcessFile.LoadAsync(file);
        if (process is null)
        {
            return 2;
        }

        if (process.ActionPlans.Count == 0)
        {
            System.Console.WriteLine(language switch
            {
                TextLanguage.English => "The process has no action plan yet.",
                TextLanguage.Nynorsk => "Prosessen har ingen handlingsplan enno.",
                _ => "Prosessen har ingen handlingsplan ennå.",
            });
            return 0;
        }

        foreach (var plan in process.ActionPlans)
        {
            System.Console.Write(ActionsMarkdown.Plan(plan, language));
            var warnings = plan.Actions.SelectMany(ActionQualityCheck.Check).ToList();
            foreach (var warning in warnings)
            {
                System.Console.WriteLine($"> {warning.Criterion}: {warning.Text.In(language)}");
            }

            System.Console.WriteLine();
        }

        return 0;
    }
}

/// <summary>Reads a saved process for the commands, printing every problem to stderr.</summary>
internal static class ProcessFile
{
    public static TextLanguage Language(string? code) => code switch
    {
        null or "nb" => TextLanguage.Bokmal,
        "nn" => TextLanguage.Nynorsk,
        "en" => TextLanguage.English,
        _ => throw new CommandLineException($"Option --lang takes nb, nn or en, not '{code}'."),
    };

    public static async Task<FollowUpProcess?> LoadAsync(string file)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            System.Console.Error.WriteLine($"{file}: {e.Message}");
            return null;
        }

        try
        {
            return new FollowUpProcessSerializer(SystemClock.Instance).Deserialize(bytes);
        }
        catch (DocumentFormatException e)
        {
            System.Console.Error.WriteLine($"{file}: {e.Message}");
            return null;
        }
    }
}

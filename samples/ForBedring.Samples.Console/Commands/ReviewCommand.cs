using ForBedring.Actions;
using NodaTime.Text;

namespace ForBedring.Samples.Console.Commands;

/// <summary>
/// <c>review --process FILE.json --date 2027-03-01 [--due-soon DAYS] [--stale DAYS] [--lang nb|nn|en]</c>: prints the
/// status review prepared for that date (C2, C3) as Markdown. Exit 0, or 2 with every problem printed.
/// </summary>
internal static class ReviewCommand
{
    public const string Usage = "review --process FILE.json --date 2027-03-01 [--due-soon DAYS] [--stale DAYS] [--lang nb|nn|en]";

    public static async Task<int> RunAsync(CommandArguments a)
    {
        var file = a.Required("process");
        var dateText = a.Required("date");
        var options = new StatusReviewOptions { DueSoonDays = a.Int("due-soon", 14, 0, 365), StaleAfterDays = a.Int("stale", 28, 1, 365) };
        var language = ProcessFile.Language(a.Optional("lang"));
        a.RejectUnknown();
        var date = LocalDatePattern.Iso.Parse(dateText);
        if (!date.Success)
        {
            throw new CommandLineException($"Option --date takes a date like 2027-03-01, not '{dateText}'.");
        }

        var process = await ProcessFile.LoadAsync(file);
        if (process is null)
        {
            return 2;
        }

        System.Console.Write(ActionsMarkdown.Review(process.PrepareStatusReview(date.Value, options), language));
        return 0;
    }
}

using ForBedring.Process;
using ForBedring.Results;

namespace ForBedring.Samples.Console.Commands;

/// <summary>
/// <c>highlights --results FILE.csv --leader LEADER_ID [--threshold N] [--process FILE.json] [--lang nb|nn|en]</c>: the
/// leader's highlights, readable; with the team's new-cycle process, also how each carried-over action's indicator moved.
/// </summary>
internal static class HighlightsCommand
{
    public const string Usage = "highlights --results FILE.csv --leader LEADER_ID [--threshold N] [--process FILE.json] [--lang nb|nn|en]";

    public static async Task<int> RunAsync(CommandArguments a)
    {
        var file = a.Required("results");
        var leaderText = a.Required("leader");
        var threshold = a.Int("threshold", SurveyRound.DefaultScoreThreshold, SurveyRound.MinimumScoreThreshold, 1000);
        var processFile = a.Optional("process");
        var language = ViewCommand.Language(a.Optional("lang"));
        a.RejectUnknown();
        if (!PersonId.TryParse(leaderText, out var leader))
        {
            throw new CommandLineException($"'{leaderText}' is not a leader id.");
        }

        var results = ReleaseCommand.LoadResults(file, threshold);
        if (results is null)
        {
            return 2;
        }

        FollowUpProcess? process = null;
        if (processFile is not null && (process = await ProcessFile.LoadAsync(processFile)) is null)
        {
            return 2;
        }

        Highlights highlights;
        try
        {
            var view = LeaderView.For(Release.Compute(results), leader);
            highlights = process is null ? Highlights.For(view) : process.HighlightsFor(view);
        }
        catch (ArgumentException e)
        {
            System.Console.Error.WriteLine(e.Message);
            return 2;
        }

        System.Console.Write(highlights.Render(language));
        return 0;
    }
}

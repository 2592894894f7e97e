using ForBedring.Results;

namespace ForBedring.Samples.Console.Commands;

/// <summary><c>highlights --results FILE.csv --leader LEADER_ID [--threshold N] [--lang nb|nn|en]</c>: the leader's highlights, readable.</summary>
internal static class HighlightsCommand
{
    public const string Usage = "highlights --results FILE.csv --leader LEADER_ID [--threshold N] [--lang nb|nn|en]";

    public static Task<int> RunAsync(CommandArguments a)
    {
        var file = a.Required("results");
        var leaderText = a.Required("leader");
        var threshold = a.Int("threshold", SurveyRound.DefaultScoreThreshold, SurveyRound.MinimumScoreThreshold, 1000);
        var language = ViewCommand.Language(a.Optional("lang"));
        a.RejectUnknown();
        if (!PersonId.TryParse(leaderText, out var leader))
        {
            throw new CommandLineException($"'{leaderText}' is not a leader id.");
        }

        var results = ReleaseCommand.LoadResults(file, threshold);
        if (results is null)
        {
            return Task.FromResult(2);
        }

        LeaderView view;
        try
        {
            view = LeaderView.For(Release.Compute(results), leader);
        }
        catch (ArgumentException e)
        {
            System.Console.Error.WriteLine(e.Message);
            return Task.FromResult(2);
        }

        System.Console.Write(Highlights.For(view).Render(language));
        return Task.FromResult(0);
    }
}

using ForBedring.Actions;
using ForBedring.Results;

namespace ForBedring.Samples.Console.Commands;

/// <summary>
/// <c>talking-points --process FILE.json --results FILE.csv --person ID [--lang nb|nn|en]</c>: the talking points for
/// the appraisal conversation (C4) between the process's team leader and a person (the leader or someone they lead),
/// as Markdown. The results are released with the round's default threshold; only released figures are shown.
/// Exit 0, or 2 when a file cannot be read or the person is not the leader nor someone they lead.
/// </summary>
internal static class TalkingPointsCommand
{
    public const string Usage = "talking-points --process FILE.json --results FILE.csv --person ID [--lang nb|nn|en]";

    public static async Task<int> RunAsync(CommandArguments a)
    {
        var processFile = a.Required("process");
        var resultsFile = a.Required("results");
        var personText = a.Required("person");
        var language = ProcessFile.Language(a.Optional("lang"));
        a.RejectUnknown();
        if (!PersonId.TryParse(personText, out var person))
        {
            throw new CommandLineException($"'{personText}' is not a person id.");
        }

        var process = await ProcessFile.LoadAsync(processFile);
        var results = ReleaseCommand.LoadResults(resultsFile, SurveyRound.DefaultScoreThreshold);
        if (process is null || results is null)
        {
            return 2;
        }

        AppraisalTalkingPoints points;
        try
        {
            points = AppraisalTalkingPoints.For(process, Release.Compute(results), person);
        }
        catch (TalkingPointsException e)
        {
            foreach (var condition in e.Conditions)
            {
                System.Console.Error.WriteLine($"{condition.Code}: {condition.Text.In(language)}");
            }

            return 2;
        }

        System.Console.Write(points.ToMarkdown(language));
        return 0;
    }
}

namespace ForBedring.Samples.Console.Commands;

/// <summary>
/// The sample host's subcommands (<c>release</c>, <c>view</c>, <c>agenda</c>, <c>groups</c>, <c>plan</c> ...). With no
/// subcommand the host walks the whole follow-up cycle. Exit codes: 0 done, 2 bad input (every problem printed).
/// </summary>
internal static class CommandLine
{
    /// <summary>Each subcommand: its name, a one-line usage, and the method that runs it.</summary>
    private static readonly (string Name, string Usage, Func<CommandArguments, Task<int>> Run)[] Table =
    [
        // Each part adds its commands here, one line each.
        ("release", ReleaseCommand.Usage, ReleaseCommand.RunAsync),
        ("view", ViewCommand.Usage, ViewCommand.RunAsync),
        ("highlights", HighlightsCommand.Usage, HighlightsCommand.RunAsync),
        ("generate-sample-data", GenerateSampleDataCommand.Usage, GenerateSampleDataCommand.RunAsync),
        ("groups", GroupsCommand.Usage, GroupsCommand.RunAsync),
        ("agenda", AgendaCommand.Usage, AgendaCommand.RunAsync),
        ("plan", PlanCommand.Usage, PlanCommand.RunAsync),
        ("review", ReviewCommand.Usage, ReviewCommand.RunAsync),
        ("rollup", RollupCommand.Usage, RollupCommand.RunAsync),
        ("talking-points", TalkingPointsCommand.Usage, TalkingPointsCommand.RunAsync),
    ];

    /// <summary>Gets a value indicating whether <paramref name="args"/> asks for a subcommand.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    /// <summary>Runs the subcommand named by the first argument.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var entry = Table.FirstOrDefault(t => t.Name == args[0]);
        if (entry.Name is null)
        {
            System.Console.Error.WriteLine($"Unknown command '{args[0]}'. Commands:");
            foreach (var (_, usage, _) in Table)
            {
                System.Console.Error.WriteLine($"  {usage}");
            }

            System.Console.Error.WriteLine("  (no command)  walks the sample follow-up cycle [--lang nb|nn|en] [--interactive]");
            return 2;
        }

        try
        {
            return await entry.Run(new CommandArguments(args.Skip(1)));
        }
        catch (CommandLineException e)
        {
            System.Console.Error.WriteLine(e.Message);
            System.Console.Error.WriteLine($"usage: {entry.Usage}");
            return 2;
        }
    }
}

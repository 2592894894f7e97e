using System.Globalization;
using ForBedring.Actions;
using ForBedring.Process;
using NodaTime;
using NodaTime.Text;

namespace ForBedring.Samples.Console.Commands;

/// <summary>
/// <c>rollup --processes FOLDER [--date 2027-03-01] [--units UNIT,UNIT]</c>: reads every saved process (<c>*.json</c>) in
/// the folder and prints the roll-up across the leadership teams: teams per phase, read-back meetings held, plans
/// adopted, actions by status, overdue, by focus area kind and topic area, and across units; with <c>--units</c> only
/// the teams of those units. Exit 0, or 2 with every file that could not be read or loaded printed.
/// </summary>
internal static class RollupCommand
{
    public const string Usage = "rollup --processes FOLDER [--date 2027-03-01] [--units UNIT,UNIT]";

    public static async Task<int> RunAsync(CommandArguments a)
    {
        var folder = a.Required("processes");
        var dateText = a.Optional("date");
        var unitsText = a.Optional("units");
        a.RejectUnknown();
        var parsed = dateText is null ? null : LocalDatePattern.Iso.Parse(dateText);
        if (parsed is { Success: false })
        {
            throw new CommandLineException($"Option --date takes a date like 2027-03-01, not '{dateText}'.");
        }

        var date = parsed?.Value ?? SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Oslo"]).Date;
        var units = unitsText?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => UnitId.TryParse(u, out var id)
            ? id
            : throw new CommandLineException($"'{u}' is not a unit id.")).ToList();
        if (!Directory.Exists(folder))
        {
            System.Console.Error.WriteLine($"{folder}: no such folder.");
            return 2;
        }

        var processes = new List<FollowUpProcess>();
        var failed = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var process = await ProcessFile.LoadAsync(file);
            if (process is null)
            {
                failed++;
            }
            else
            {
                processes.Add(process);
            }
        }

        var r = ActionRollup.Of(processes, date, units);
        var c = CultureInfo.InvariantCulture;
        System.Console.WriteLine(string.Create(c, $"# Roll-up {LocalDatePattern.Iso.Format(date)}: {r.Teams} teams, {r.Actions} actions"));
        System.Console.WriteLine();
        foreach (var phase in Enum.GetValues<ProcessPhase>())
        {
            System.Console.WriteLine(string.Create(c, $"- teams in {phase}: {r.TeamsIn(phase)}"));
        }

        System.Console.WriteLine(string.Create(c, $"- held the read-back meeting: {r.HeldReadBackMeeting}"));
        System.Console.WriteLine(string.Create(c, $"- adopted a plan: {r.AdoptedPlan}"));
        foreach (var status in Enum.GetValues<ActionStatus>())
        {
            System.Console.WriteLine(string.Create(c, $"- actions {status}: {r.ActionsWith(status)}"));
        }

        System.Console.WriteLine(string.Create(c, $"- overdue: {r.Overdue}"));
        System.Console.WriteLine(string.Create(c, $"- cross-unit: {r.CrossUnit}"));
        System.Console.WriteLine(string.Create(c, $"- in areas to keep: {r.ActionsIn(FocusAreaKind.Keep)}, to improve: {r.ActionsIn(FocusAreaKind.Improve)}"));
        foreach (var topic in r.ActionsByTopicArea.OrderBy(t => t.Key.Value, StringComparer.Ordinal))
        {
            System.Console.WriteLine(string.Create(c, $"- topic area {topic.Key}: {topic.Value}"));
        }

        return failed == 0 ? 0 : 2;
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using ForBedring.Meetings;
using NodaTime;

namespace ForBedring.Samples.Console.Commands;

/// <summary>
/// <c>groups (--people N | --members FILE) --group-size K --rounds R [--history FILE.json] [--seed S] --out FILE.json</c>:
/// plans the groups of the next meetings (A3.5) so that people talk with others than last time, and writes
/// <c>{ "rounds": [ [ ["m1", "m2", "m3"], ... ], ... ] }</c>. The members file has one id a line, optionally
/// <c>id,unit</c>; the history file has the same shape as the output. Exit 2 with every problem on bad input.
/// </summary>
internal static class GroupsCommand
{
    public const string Usage = "groups (--people N | --members FILE) --group-size K --rounds R [--history FILE.json] [--seed S] --out FILE.json";

    public static async Task<int> RunAsync(CommandArguments a)
    {
        var problems = new List<string>();
        var peopleText = a.Optional("people");
        var membersFile = a.Optional("members");
        var size = Number(a, "group-size", 2, 100, problems, required: true);
        var rounds = Number(a, "rounds", 1, 52, problems, required: true);
        var seed = Number(a, "seed", int.MinValue, int.MaxValue, problems, required: false) ?? 0;
        var historyFile = a.Optional("history");
        var outFile = a.Optional("out");
        a.RejectUnknown();
        if (outFile is null)
        {
            problems.Add("Option --out is required.");
        }

        List<GroupMember>? members = null;
        if ((peopleText is null) == (membersFile is null))
        {
            problems.Add("Give either --people N or --members FILE, not both or neither.");
        }
        else if (peopleText is not null)
        {
            if (int.TryParse(peopleText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 2 and <= 500)
            {
                members = [.. Enumerable.Range(1, n).Select(i => new GroupMember(new PersonId($"m{i}")))];
            }
            else
            {
                problems.Add($"Option --people takes a whole number from 2 to 500, not '{peopleText}'.");
            }
        }
        else
        {
            members = await ReadMembersAsync(membersFile!, problems);
        }

        var history = historyFile is null ? [] : await ReadHistoryAsync(historyFile, problems);
        if (problems.Count > 0 || members is null || size is null || rounds is null)
        {
            return Fail(problems);
        }

        GroupPlan plan;
        try
        {
            plan = GroupPlanner.Plan(new GroupPlanRequest(members, GroupSizing.OfSize(size.Value), rounds.Value) { History = history, Seed = seed });
        }
        catch (GroupPlanException e)
        {
            return Fail([.. e.Problems.Select(p => p.Message)]);
        }

        await File.WriteAllBytesAsync(outFile!, Write(plan));
        System.Console.WriteLine(
            $"Planned {rounds} meeting(s) for {members.Count} people in groups of {size} (seed {seed}, {history.Count} earlier meeting(s)): {plan.RepeatedPairs} repeated pair(s).");
        for (var r = 0; r < plan.Meetings.Count; r++)
        {
            var meeting = plan.Meetings[r];
            var groups = string.Join("  ", meeting.Groups.Select(g => "[" + string.Join(" ", g.Members) + "]"));
            System.Console.WriteLine($"  meeting {r + 1}: {meeting.RepeatedPairs} repeated pair(s)  {groups}");
        }

        System.Console.WriteLine($"Written to {outFile}.");
        return 0;
    }

    private static int Fail(List<string> problems)
    {
        System.Console.Error.WriteLine(problems.Count == 1 ? "The groups cannot be planned:" : $"The groups cannot be planned ({problems.Count} problems):");
        foreach (var problem in problems)
        {
            System.Console.Error.WriteLine($"- {problem}");
        }

        System.Console.Error.WriteLine($"usage: {Usage}");
        return 2;
    }

    private static int? Number(CommandArguments a, string name, int min, int max, List<string> problems, bool required)
    {
        try
        {
            var text = a.Optional(name);
            if (text is null)
            {
                if (required)
                {
                    problems.Add($"Option --{name} is required.");
                }

                return null;
            }

            return a.Int(name, 0, min, max);
        }
        catch (CommandLineException e)
        {
            problems.Add(e.Message);
            return null;
        }
    }

    /// <summary>Reads one id a line, optionally <c>id,unit</c>; blank lines are skipped.</summary>
    private static async Task<List<GroupMember>?> ReadMembersAsync(string path, List<string> problems)
    {
        string[] lines;
        try
        {
            lines = await File.ReadAllLinesAsync(path);
        }
        catch (IOException e)
        {
            problems.Add($"{path}: {e.Message}");
            return null;
        }

        var members = new List<GroupMember>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(',');
            var idOk = PersonId.TryParse(parts[0].Trim(), out var id);
            UnitId unit = default;
            var unitOk = parts.Length == 1 || (parts.Length == 2 && UnitId.TryParse(parts[1].Trim(), out unit));
            if (!idOk || !unitOk)
            {
                problems.Add($"{path}, line {i + 1}: expected 'id' or 'id,unit' (ids of 1-64 letters, digits, '.', '_', '-', ':'), got '{line}'.");
                continue;
            }

            members.Add(new GroupMember(id, parts.Length == 2 ? unit : null));
        }

        return members;
    }

    /// <summary>Reads <c>{ "rounds": [ [ ["m1", "m2"], ... ], ... ] }</c>, reporting every problem with its JSON path.</summary>
    private static async Task<List<GroupRound>> ReadHistoryAsync(string path, List<string> problems)
    {
        var rounds = new List<GroupRound>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(await File.ReadAllBytesAsync(path));
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            problems.Add($"{path}: {e.Message}");
            return rounds;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{path}: $ must be an object with \"rounds\".");
                return rounds;
            }

            foreach (var property in root.EnumerateObject().Where(p => p.Name != "rounds"))
            {
                problems.Add($"{path}: $.{property.Name} is not a known member.");
            }

            if (!root.TryGetProperty("rounds", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"{path}: $.rounds must be an array of meetings.");
                return rounds;
            }

            // The history file carries no dates: the meetings are kept in order, a week apart.
            var date = new LocalDate(2000, 1, 3);
            var r = 0;
            foreach (var round in list.EnumerateArray())
            {
                var groups = ReadRound(round, $"$.rounds[{r}]", path, problems);
                if (groups is not null)
                {
                    rounds.Add(new GroupRound(date.PlusWeeks(r), groups));
                }

                r++;
            }
        }

        return rounds;
    }

    private static List<MeetingGroup>? ReadRound(JsonElement round, string at, string path, List<string> problems)
    {
        if (round.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{path}: {at} must be an array of groups.");
            return null;
        }

        var groups = new List<MeetingGroup>();
        var seen = new HashSet<PersonId>();
        var ok = true;
        var g = 0;
        foreach (var group in round.EnumerateArray())
        {
            var where = $"{at}[{g++}]";
            if (group.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"{path}: {where} must be an array of ids.");
                ok = false;
                continue;
            }

            var people = new List<PersonId>();
            var m = 0;
            foreach (var item in group.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String || !PersonId.TryParse(item.GetString(), out var id))
                {
                    problems.Add($"{path}: {where}[{m}] must be a person id (1-64 letters, digits, '.', '_', '-', ':').");
                    ok = false;
                }
                else if (!seen.Add(id))
                {
                    problems.Add($"{path}: {where}[{m}]: {id} is in two groups of the same meeting.");
                    ok = false;
                }
                else
                {
                    people.Add(id);
                }

                m++;
            }

            if (people.Count < 2)
            {
                problems.Add($"{path}: {where} must have at least two people.");
                ok = false;
            }
            else
            {
                groups.Add(new MeetingGroup(people));
            }
        }

        return ok ? groups : null;
    }

    /// <summary>Writes the plan in the history's shape, so that it can be given back as <c>--history</c> next time.</summary>
    private static byte[] Write(GroupPlan plan)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("rounds");
            foreach (var meeting in plan.Meetings)
            {
                writer.WriteStartArray();
                foreach (var group in meeting.Groups)
                {
                    writer.WriteStartArray();
                    foreach (var person in group.Members)
                    {
                        writer.WriteStringValue(person.Value);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return [.. stream.ToArray(), .. Encoding.UTF8.GetBytes(Environment.NewLine)];
    }
}

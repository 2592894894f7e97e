using System.Globalization;
using ForBedring.Calendar;
using ForBedring.Meetings;
using NodaTime;
using NodaTime.Text;

namespace ForBedring.Samples.Console.Commands;

/// <summary>
/// <c>agenda --members N --minutes M [--start 2027-01-14T09:00] [--format md|ics] [--lang nb|nn|en]</c>: prints the
/// agenda built from the guide's template (Europe/Oslo). Exit codes: 0 it fits; 1 it does not fit (the reasons and
/// the ways out are printed, as Markdown); 2 bad arguments (every problem on stderr).
/// </summary>
internal static class AgendaCommand
{
    public const string Usage = "agenda --members N --minutes M [--start 2027-01-14T09:00] [--format md|ics] [--lang nb|nn|en]";

    public static Task<int> RunAsync(CommandArguments a)
    {
        var problems = new List<string>();
        var members = Try(() => a.Int("members", 0, 1, 60), problems);
        if (a.Optional("members") is null)
        {
            problems.Add("Option --members is required.");
        }

        var minutes = Try(() => a.Int("minutes", 0, AgendaBuilder.MinMinutes, AgendaBuilder.MaxMinutes), problems);
        if (a.Optional("minutes") is null)
        {
            problems.Add("Option --minutes is required.");
        }

        var startText = Try(() => a.Optional("start"), problems) ?? "2027-01-14T09:00";
        var parsed = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(startText);
        if (!parsed.Success)
        {
            problems.Add($"Option --start takes a local date and time like 2027-01-14T09:00, not '{startText}'.");
        }

        var format = Try(() => a.Optional("format"), problems) ?? "md";
        if (format is not ("md" or "ics"))
        {
            problems.Add($"Option --format takes md or ics, not '{format}'.");
        }

        var lang = Try(() => a.Optional("lang"), problems) ?? "nb";
        TextLanguage? language = lang switch { "nb" => TextLanguage.Bokmal, "nn" => TextLanguage.Nynorsk, "en" => TextLanguage.English, _ => null };
        if (language is null)
        {
            problems.Add($"Option --lang takes nb, nn or en, not '{lang}'.");
        }

        Try(() => { a.RejectUnknown(); return 0; }, problems);
        if (problems.Count > 0)
        {
            foreach (var p in problems)
            {
                System.Console.Error.WriteLine(p);
            }

            System.Console.Error.WriteLine($"usage: {Usage}");
            return Task.FromResult(2);
        }

        var start = AgendaBuilder.InOslo(parsed.Value);
        var plan = new AgendaBuilder().Build(members, start, minutes, language!.Value);
        if (format == "ics" && plan.Fits)
        {
            // The stamp is the meeting's start so that the same arguments print the same bytes.
            System.Console.Out.Write(MeetingCalendar.Meeting(plan.Agenda, new CalendarExportOptions(start.ToInstant(), language.Value)));
        }
        else
        {
            System.Console.Out.Write(MeetingMarkdown.Plan(plan, language.Value));
        }

        return Task.FromResult(plan.Fits ? 0 : 1);
    }

    private static T? Try<T>(Func<T> read, List<string> problems)
    {
        try
        {
            return read();
        }
        catch (CommandLineException e)
        {
            problems.Add(e.Message);
            return default;
        }
    }
}

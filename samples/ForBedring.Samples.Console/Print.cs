using ForBedring.Process;
using ForBedring.Prompts;

namespace ForBedring.Samples.Console;

/// <summary>Writes the walkthrough to standard output; plain text, so it reads the same in a terminal and in a CI log.</summary>
internal static class Print
{
    private static ProcessStep? _lastStep;

    public static void Title(string text)
    {
        System.Console.WriteLine();
        System.Console.WriteLine(text);
        System.Console.WriteLine(new string('=', text.Length));
    }

    public static void Line(string text) => System.Console.WriteLine(text);

    /// <summary>Prints a Markdown export, indented under the step.</summary>
    public static void Markdown(string markdown)
    {
        foreach (var line in markdown.TrimEnd().Split('\n'))
        {
            System.Console.WriteLine("   | " + line);
        }
    }

    /// <summary>Prints the step the process is at, once per step.</summary>
    public static void Step(FollowUpProcess process)
    {
        if (_lastStep == process.Step)
        {
            return;
        }

        _lastStep = process.Step;
        var language = TextLanguages.Current;
        System.Console.WriteLine();
        System.Console.WriteLine($"[{ProcessSteps.GuideItems(process.Step)}] {ProcessSteps.NameOf(process.Step).In(language)}");
    }

    public static void Answer(Prompt prompt, string who, Answer answer, TextLanguage language, Func<PersonId, string> nameOf)
    {
        var text = answer switch
        {
            TextAnswer t => t.Text,
            YesNoAnswer y => y.Value ? Yes(language) : No(language),
            TopicAreasAnswer t => string.Join(", ", t.Items.Select(i => ForBedring.Results.TopicAreaCatalog.ForBedring.Find(i)?.Name.In(language) ?? i.Value)),
            PersonAnswer { Person: null } => "—",
            PersonAnswer p => nameOf(p.Person!.Value),
            _ => answer.ToString() ?? string.Empty,
        };
        System.Console.WriteLine($"   {prompt.Id} {prompt.Text.In(language)}");
        System.Console.WriteLine($"       {who}: {text}");
    }

    /// <summary>Runs a command that is expected to be refused, and prints why it was.</summary>
    public static void Refused(Action command)
    {
        try
        {
            command();
            throw new InvalidOperationException("The sample expected this command to be refused.");
        }
        catch (ProcessRuleException e)
        {
            System.Console.WriteLine("   ! " + e.Message.Replace(Environment.NewLine, Environment.NewLine + "     ", StringComparison.Ordinal));
        }
    }

    private static string Yes(TextLanguage language) => language == TextLanguage.English ? "yes" : "ja";

    private static string No(TextLanguage language) => language switch
    {
        TextLanguage.English => "no",
        TextLanguage.Nynorsk => "nei",
        _ => "nei",
    };
}

using System.Globalization;
using System.Text;
using ForBedring.Internal;
using NodaTime;
using NodaTime.Text;

namespace ForBedring.Meetings;

/// <summary>
/// Writes the read-back meeting's agenda, its time plan check and ways out, and the minutes as Markdown (CommonMark
/// with pipe tables). Every text a person typed goes through the library's escaping, so it can never add HTML,
/// links, images or formatting.
/// </summary>
public static class MeetingMarkdown
{
    private static readonly LocalizedText AgendaHeading = new("Agenda for tilbakemeldingsmøtet", "Agenda for tilbakemeldingsmøtet", "Agenda of the read-back meeting");
    private static readonly LocalizedText Columns = new("| Tid | Punkt | Veileder | Minutter |", "| Tid | Punkt | Rettleiar | Minutt |", "| Time | Item | Guide | Minutes |");
    private static readonly LocalizedText DoesNotFit = new("Tidsplanen går ikke opp", "Tidsplanen går ikkje opp", "The time plan does not fit");
    private static readonly LocalizedText ShortBy = new("Punktene som er for korte, mangler til sammen {0} minutter.", "Punkta som er for korte, manglar til saman {0} minutt.", "The items that are too short lack {0} minutes together.");
    private static readonly LocalizedText WaysOut = new("Dette ville gå opp", "Dette ville gå opp", "What would fit");
    private static readonly LocalizedText NoWayOut = new("Ingen endring av lengde, tid per leder eller deling i grupper får planen til å gå opp.", "Inga endring av lengd, tid per leiar eller deling i grupper får planen til å gå opp.", "No change of length, time each or sharing in groups makes the plan fit.");

    /// <summary>Writes an agenda: a heading, the date and time, and a table per part with each item's time, title, guide reference and minutes.</summary>
    /// <param name="agenda">The agenda.</param>
    /// <param name="language">The language of the headings.</param>
    /// <returns>The Markdown, lines ending in LF.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agenda"/> is null.</exception>
    public static string Agenda(MeetingAgenda agenda, TextLanguage language)
    {
        Guard.NotNull(agenda, nameof(agenda));
        var builder = new StringBuilder(1024);
        builder.Append("# ").Append(AgendaHeading.In(language)).Append('\n').Append('\n');
        WriteAgenda(builder, agenda, language, "##");
        return builder.ToString();
    }

    /// <summary>Writes a built plan: its agenda, and when it does not fit, every problem and every way out with its agenda.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="language">The language.</param>
    /// <returns>The Markdown, lines ending in LF.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static string Plan(AgendaPlan plan, TextLanguage language)
    {
        Guard.NotNull(plan, nameof(plan));
        var builder = new StringBuilder(Agenda(plan.Agenda, language));
        if (plan.Fits)
        {
            return builder.ToString();
        }

        builder.Append("## ").Append(DoesNotFit.In(language)).Append("\n\n");
        foreach (var problem in plan.Check.Problems)
        {
            builder.Append("- ").Append(MarkdownText.EscapeInline(problem.Message.In(language))).Append('\n');
        }

        builder.Append('\n').Append(MarkdownText.Escape(ShortBy.Format(language, plan.Check.ShortBy))).Append("\n\n");
        builder.Append("## ").Append(WaysOut.In(language)).Append("\n\n");
        if (plan.WaysOut.Count == 0)
        {
            builder.Append(MarkdownText.Escape(NoWayOut.In(language))).Append('\n');
        }

        for (var i = 0; i < plan.WaysOut.Count; i++)
        {
            var way = plan.WaysOut[i];
            builder.Append("### ").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(MarkdownText.EscapeInline(way.Description.In(language))).Append("\n\n");
            WriteAgenda(builder, way.Agenda, language, "####");
        }

        return builder.ToString();
    }

    internal static void WriteAgenda(StringBuilder builder, MeetingAgenda agenda, TextLanguage language, string heading)
    {
        var culture = LocalizedText.CultureOf(language);
        var date = LocalDatePattern.Create("dddd d. MMMM yyyy", culture).Format(agenda.Start.Date);
        builder.Append(MarkdownText.Escape($"{date}, {Time(agenda.Start)}–{Time(agenda.End)} ({agenda.Start.Zone.Id})")).Append("\n\n");
        var at = agenda.Start;
        AgendaSection? section = null;
        foreach (var item in agenda.Items)
        {
            if (item.Section != section)
            {
                if (section is not null)
                {
                    builder.Append('\n');
                }

                section = item.Section;
                builder.Append(heading).Append(' ').Append(MeetingTexts.NameOf(item.Section).In(language)).Append("\n\n");
                builder.Append(Columns.In(language)).Append("\n| --- | --- | --- | ---: |\n");
            }

            var end = at.Plus(Duration.FromMinutes(item.Minutes));
            builder.Append("| ").Append(Time(at)).Append('–').Append(Time(end))
                .Append(" | ").Append(MarkdownText.EscapeInline(item.Title))
                .Append(" | ").Append(item.GuideReference ?? string.Empty)
                .Append(" | ").Append(item.Minutes.ToString(CultureInfo.InvariantCulture)).Append(" |\n");
            at = end;
        }

        builder.Append('\n');
    }

    internal static string Time(ZonedDateTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}

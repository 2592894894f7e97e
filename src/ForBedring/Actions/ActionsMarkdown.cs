using System.Globalization;
using System.Text;
using ForBedring.Internal;
using ForBedring.Process;
using NodaTime;
using NodaTime.Text;

namespace ForBedring.Actions;

/// <summary>
/// Writes an action plan and a prepared status review as Markdown (CommonMark). Every text a person typed — titles,
/// descriptions, notes, names, ids — is escaped so that it renders as exactly that text and can never add HTML,
/// links, images or formatting. Headings and labels are in the chosen language.
/// </summary>
public static class ActionsMarkdown
{
    private static readonly LocalizedText PlanOfUnit = new("Handlingsplan for {0}", "Handlingsplan for {0}", "Action plan of {0}");
    private static readonly LocalizedText SharedPlan = new("Ledergruppens felles handlingsplan", "Den felles handlingsplanen til leiargruppa", "The leadership team's shared action plan");
    private static readonly LocalizedText Responsible = new("Ansvarlig for planen", "Ansvarleg for planen", "Responsible for the plan");
    private static readonly LocalizedText KeepAreas = new("Bevaringsområder", "Bevaringsområde", "Areas to keep");
    private static readonly LocalizedText ImproveAreas = new("Forbedringsområder", "Forbetringsområde", "Areas to improve");
    private static readonly LocalizedText Actions = new("Tiltak", "Tiltak", "Actions");
    private static readonly LocalizedText None = new("Ingen.", "Ingen.", "None.");
    private static readonly LocalizedText TopicAreas = new("temaområder", "temaområde", "topic areas");
    private static readonly LocalizedText Indicators = new("indikatorer", "indikatorar", "indicators");
    private static readonly LocalizedText Status = new("Status", "Status", "Status");
    private static readonly LocalizedText FocusArea = new("Fokusområde", "Fokusområde", "Focus area");
    private static readonly LocalizedText Owner = new("Ansvarlig", "Ansvarleg", "Owner");
    private static readonly LocalizedText Due = new("Frist", "Frist", "Due");
    private static readonly LocalizedText Contributors = new("Bidragsytere", "Bidragsytarar", "Contributors");
    private static readonly LocalizedText Units = new("Enheter", "Einingar", "Units");
    private static readonly LocalizedText Resources = new("Ressurser", "Ressursar", "Resources");
    private static readonly LocalizedText Indicator = new("Indikator", "Indikator", "Indicator");
    private static readonly LocalizedText Success = new("Slik ser vi at det virker", "Slik ser vi at det verkar", "How success is judged");
    private static readonly LocalizedText Description = new("Beskrivelse", "Skildring", "Description");
    private static readonly LocalizedText SubSteps = new("Delmål", "Delmål", "Sub-steps");
    private static readonly LocalizedText Progress = new("Framdrift", "Framdrift", "Progress");
    private static readonly LocalizedText CrossUnit = new("På tvers av enheter", "På tvers av einingar", "Across units");
    private static readonly LocalizedText Nobody = new("ingen", "ingen", "nobody");
    private static readonly LocalizedText Yes = new("ja", "ja", "yes");
    private static readonly LocalizedText No = new("nei", "nei", "no");
    private static readonly LocalizedText ReviewTitle = new("Statusgjennomgang {0}", "Statusgjennomgang {0}", "Status review {0}");
    private static readonly LocalizedText Previous = new("Forrige gjennomgang: {0}", "Førre gjennomgang: {0}", "Previous review: {0}");
    private static readonly LocalizedText FirstReview = new("Første gjennomgang.", "Første gjennomgang.", "First review.");
    private static readonly LocalizedText ReporterPresents = new(
        "Statusrapportør (C7): {0} legger fram status for alle tiltakene.",
        "Statusrapportør (C7): {0} legg fram status for alle tiltaka.",
        "Status reporter (C7): {0} presents the status of every action.");
    private static readonly LocalizedText OwnersPresent = new(
        "Ingen fast statusrapportør (C7): hver eier legger fram sine egne tiltak etter tur.",
        "Ingen fast statusrapportør (C7): kvar eigar legg fram sine eigne tiltak etter tur.",
        "No set status reporter (C7): each owner presents their own actions in turn.");
    private static readonly LocalizedText ActionColumn = new("Tiltak", "Tiltak", "Action");
    private static readonly LocalizedText SinceLast = new("Skjedd siden sist", "Skjedd sidan sist", "Since last time");
    private static readonly LocalizedText NextStep = new("Neste steg", "Neste steg", "Next step");
    private static readonly LocalizedText Help = new("Trenger hjelp", "Treng hjelp", "Help needed");
    private static readonly LocalizedText Overdue = new("Forfalt", "Forfalle", "Overdue");
    private static readonly LocalizedText DueSoon = new("Forfaller snart", "Forfell snart", "Due soon");
    private static readonly LocalizedText Stale = new("Uten oppdatering", "Utan oppdatering", "Without an update");
    private static readonly LocalizedText Ownerless = new("Uten ansvarlig", "Utan ansvarleg", "Without an owner");
    private static readonly LocalizedText Completed = new("Resultater siden sist (C3)", "Resultat sidan sist (C3)", "Results since last time (C3)");

    private static readonly LocalizedText[] ResourceNames =
    [
        new("HR", "HR", "HR"),
        new("bedriftshelsetjenesten (BHT)", "bedriftshelsetenesta (BHT)", "occupational health service (BHT)"),
        new("kvalitetsrådgivere", "kvalitetsrådgjevarar", "quality advisors"),
        new("verneombud", "verneombod", "safety representative"),
        new("tillitsvalgte", "tillitsvalde", "union representatives"),
        new("andre", "andre", "others"),
    ];

    /// <summary>Writes an action plan: its focus areas, then each action with its details and sub-steps.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="language">The language of headings and labels.</param>
    /// <param name="team">The team, to show people by name; null shows their ids.</param>
    /// <returns>The Markdown, lines ending in <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static string Plan(ActionPlan plan, TextLanguage language, LeadershipTeam? team = null)
    {
        Guard.NotNull(plan, nameof(plan));
        var b = new StringBuilder();
        b.Append("# ").Append(plan.Unit is { } unit ? PlanOfUnit.Format(language, MarkdownText.EscapeInline(unit.Value)) : SharedPlan.In(language)).Append("\n\n");
        b.Append(Responsible.In(language)).Append(": ").Append(MarkdownText.EscapeInline(NameOf(plan.Responsible, team))).Append("\n\n");
        foreach (var kind in new[] { FocusAreaKind.Keep, FocusAreaKind.Improve })
        {
            b.Append("## ").Append((kind == FocusAreaKind.Keep ? KeepAreas : ImproveAreas).In(language)).Append("\n\n");
            var areas = plan.FocusAreas.Where(f => f.Kind == kind).ToList();
            if (areas.Count == 0)
            {
                b.Append(None.In(language)).Append("\n\n");
                continue;
            }

            foreach (var area in areas)
            {
                b.Append("- ").Append(MarkdownText.EscapeInline(area.Id.Value)).Append(": ").Append(MarkdownText.EscapeInline(area.Title));
                var ties = new List<string>();
                if (area.TopicAreas.Count > 0)
                {
                    ties.Add(TopicAreas.In(language) + " " + Join(area.TopicAreas.Select(t => t.Value)));
                }

                if (area.Indicators.Count > 0)
                {
                    ties.Add(Indicators.In(language) + " " + Join(area.Indicators.Select(t => t.Value)));
                }

                b.Append(" (").Append(string.Join("; ", ties)).Append(")\n");
            }

            b.Append('\n');
        }

        b.Append("## ").Append(Actions.In(language)).Append("\n\n");
        if (plan.Actions.Count == 0)
        {
            b.Append(None.In(language)).Append('\n');
        }

        foreach (var action in plan.Actions)
        {
            AppendAction(b, action, language, team);
        }

        return b.ToString();
    }

    /// <summary>Writes a prepared status review: the fixed structure per open action as a table, then the lists.</summary>
    /// <param name="report">The prepared review.</param>
    /// <param name="language">The language of headings and labels.</param>
    /// <param name="team">The team, to show owners by name; null shows their ids.</param>
    /// <returns>The Markdown, lines ending in <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Review(StatusReviewReport report, TextLanguage language, LeadershipTeam? team = null)
    {
        Guard.NotNull(report, nameof(report));
        var b = new StringBuilder();
        b.Append("# ").Append(ReviewTitle.Format(language, Iso(report.Date))).Append("\n\n");
        b.Append(report.PreviousReview is { } previous ? Previous.Format(language, Iso(previous)) : FirstReview.In(language)).Append("\n\n");
        b.Append(report.Reporter is { } reporter ? ReporterPresents.Format(language, MarkdownText.EscapeInline(NameOf(reporter, team))) : OwnersPresent.In(language)).Append("\n\n");
        b.Append("| ").Append(ActionColumn.In(language)).Append(" | ").Append(Status.In(language)).Append(" | ").Append(Owner.In(language))
            .Append(" | ").Append(Due.In(language)).Append(" | ").Append(SinceLast.In(language)).Append(" | ").Append(NextStep.In(language))
            .Append(" | ").Append(Help.In(language)).Append(" |\n");
        b.Append("| --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var line in report.Lines)
        {
            var a = line.Action;
            b.Append("| ").Append(MarkdownText.EscapeInline(a.Id.Value + " " + a.Title))
                .Append(" | ").Append(ActionTexts.NameOf(a.Status).In(language))
                .Append(" | ").Append(a.Owner is { } o ? MarkdownText.EscapeInline(NameOf(o, team)) : Nobody.In(language))
                .Append(" | ").Append(a.DueDate is { } d ? Iso(d) : "—")
                .Append(" | ").Append(line.SinceLastReview.Count == 0 ? "—" : string.Join(" / ", line.SinceLastReview.Select(u => MarkdownText.EscapeInline(u.Happened))))
                .Append(" | ").Append(line.NextStep is { } next ? MarkdownText.EscapeInline(next) : "—")
                .Append(" | ").Append((line.HelpNeeded ? Yes : No).In(language)).Append(" |\n");
        }

        b.Append('\n');
        AppendList(b, Overdue, report.Overdue, language);
        AppendList(b, DueSoon, report.DueSoon, language);
        AppendList(b, Stale, report.Stale, language);
        AppendList(b, Ownerless, report.Ownerless, language);
        b.Append("## ").Append(Completed.In(language)).Append("\n\n");
        if (report.Completed.Count == 0)
        {
            b.Append(None.In(language)).Append('\n');
        }

        foreach (var action in report.Completed)
        {
            b.Append("- ").Append(MarkdownText.EscapeInline(action.Id.Value + " " + action.Title)).Append(" (").Append(ActionTexts.NameOf(action.Status).In(language)).Append(')');
            if (action.ClosingNote is { } note)
            {
                b.Append(": ").Append(MarkdownText.EscapeInline(note));
            }

            b.Append('\n');
        }

        return b.ToString();
    }

    private static string NameOf(PersonId person, LeadershipTeam? team) => team?.Find(person)?.Name ?? person.Value;

    private static void AppendAction(StringBuilder b, PlannedAction a, TextLanguage language, LeadershipTeam? team)
    {
        b.Append("### ").Append(MarkdownText.EscapeInline(a.Id.Value)).Append(' ').Append(MarkdownText.EscapeInline(a.Title)).Append("\n\n");
        Item(b, Status, ActionTexts.NameOf(a.Status).In(language), language);
        Item(b, FocusArea, MarkdownText.EscapeInline(a.FocusArea.Value), language);
        Item(b, Owner, a.Owner is { } o ? MarkdownText.EscapeInline(NameOf(o, team)) : Nobody.In(language), language);
        Item(b, Due, a.DueDate is { } d ? Iso(d) : "—", language);
        if (a.CrossUnit)
        {
            Item(b, CrossUnit, Yes.In(language), language);
        }

        if (a.Contributors.Count > 0)
        {
            Item(b, Contributors, Join(a.Contributors.Select(p => p.Value)), language);
        }

        if (a.Units.Count > 0)
        {
            Item(b, Units, Join(a.Units.Select(u => u.Value)), language);
        }

        if (a.Resources.Count > 0)
        {
            Item(b, Resources, string.Join(", ", a.Resources.Select(r => ResourceNames[(int)r.Kind].In(language) + (r.Name is { } n ? " (" + MarkdownText.EscapeInline(n) + ")" : string.Empty))), language);
        }

        if (a.Indicator is { } indicator)
        {
            Item(b, Indicator, MarkdownText.EscapeInline(indicator.Value), language);
        }

        if (a.Progress is { } progress)
        {
            Item(b, Progress, progress.ToString(CultureInfo.InvariantCulture) + " %", language);
        }

        if (a.SuccessMeasure is { } success)
        {
            Item(b, Success, MarkdownText.EscapeInline(success), language);
        }

        b.Append('\n');
        if (a.Description is { } description)
        {
            b.Append(Description.In(language)).Append(":\n\n").Append(MarkdownText.Escape(description)).Append("\n\n");
        }

        if (a.SubSteps.Count > 0)
        {
            b.Append(SubSteps.In(language)).Append(":\n\n");
            foreach (var step in a.SubSteps)
            {
                b.Append("- ").Append(step.Done ? "☑ " : "☐ ").Append(MarkdownText.EscapeInline(step.Text));
                if (step.DueDate is { } stepDue)
                {
                    b.Append(" (").Append(Iso(stepDue)).Append(')');
                }

                b.Append('\n');
            }

            b.Append('\n');
        }
    }

    private static void AppendList(StringBuilder b, LocalizedText heading, IReadOnlyList<PlannedAction> actions, TextLanguage language)
    {
        b.Append("## ").Append(heading.In(language)).Append("\n\n");
        if (actions.Count == 0)
        {
            b.Append(None.In(language)).Append("\n\n");
            return;
        }

        foreach (var action in actions)
        {
            b.Append("- ").Append(MarkdownText.EscapeInline(action.Id.Value + " " + action.Title));
            if (action.DueDate is { } due)
            {
                b.Append(" (").Append(Iso(due)).Append(')');
            }

            b.Append('\n');
        }

        b.Append('\n');
    }

    private static void Item(StringBuilder b, LocalizedText label, string value, TextLanguage language)
        => b.Append("- ").Append(label.In(language)).Append(": ").Append(value).Append('\n');

    private static string Join(IEnumerable<string> ids) => string.Join(", ", ids.Select(MarkdownText.EscapeInline));

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}

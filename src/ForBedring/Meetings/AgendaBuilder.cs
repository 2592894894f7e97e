using ForBedring.Internal;
using NodaTime;

namespace ForBedring.Meetings;

/// <summary>
/// Builds the read-back meeting's agenda from a template (the guide's by default) for the members present, a start
/// and a length; checks its time plan; and, when it does not fit, offers ready agendas that do (A3.3).
/// </summary>
/// <remarks>
/// Every template item first gets its least minutes (B3: the time each for every member present plus the room for
/// questions; B4: the rules' least times; the summary is raised to its least). A meeting longer than
/// <see cref="AgendaRules.BreakAfterMinutes"/> keeps the template's break, or gets one after B3. The minutes left are
/// shared by the items' weights (largest remainder, earlier items first). When the least minutes do not fit, the
/// meeting's minutes are shared in proportion to them instead and the check says what is short.
/// </remarks>
public sealed class AgendaBuilder
{
    /// <summary>The shortest meeting the builder plans, in minutes.</summary>
    public const int MinMinutes = 15;

    /// <summary>The longest meeting the builder plans, in minutes.</summary>
    public const int MaxMinutes = 480;

    /// <summary>Creates a builder.</summary>
    /// <param name="template">The template; the guide's when null.</param>
    /// <param name="rules">The rules; the guide's when null.</param>
    public AgendaBuilder(AgendaTemplate? template = null, AgendaRules? rules = null)
    {
        Template = template ?? AgendaTemplate.Guide;
        Rules = rules ?? AgendaRules.Default;
    }

    /// <summary>Gets the Europe/Oslo time zone, the default of the meeting.</summary>
    public static DateTimeZone Oslo { get; } = DateTimeZoneProviders.Tzdb["Europe/Oslo"];

    /// <summary>Gets the template.</summary>
    public AgendaTemplate Template { get; }

    /// <summary>Gets the rules.</summary>
    public AgendaRules Rules { get; }

    /// <summary>Places a local date and time in Europe/Oslo (a time skipped by daylight saving moves forward).</summary>
    /// <param name="local">The local date and time.</param>
    /// <returns>The zoned start.</returns>
    public static ZonedDateTime InOslo(LocalDateTime local) => local.InZoneLeniently(Oslo);

    /// <summary>Builds, checks and, when it does not fit, finds ways out, for a list of the members present.</summary>
    /// <param name="present">The members present (each counted once).</param>
    /// <param name="start">When the meeting starts.</param>
    /// <param name="minutes">The meeting's length, <see cref="MinMinutes"/>–<see cref="MaxMinutes"/>.</param>
    /// <param name="language">The language of the titles.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="present"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The count of members or the minutes are out of range.</exception>
    public AgendaPlan BuildFor(IEnumerable<PersonId> present, ZonedDateTime start, int minutes, TextLanguage language = TextLanguage.Bokmal)
        => Build(Guard.NotNull(present, nameof(present)).Distinct().Count(), start, minutes, language);

    /// <summary>Builds, checks and, when it does not fit, finds ways out.</summary>
    /// <param name="membersPresent">The members present, 1–60.</param>
    /// <param name="start">When the meeting starts.</param>
    /// <param name="minutes">The meeting's length, <see cref="MinMinutes"/>–<see cref="MaxMinutes"/>.</param>
    /// <param name="language">The language of the titles.</param>
    /// <returns>The plan: the agenda, its check, and the ways out when it does not fit (each passes the check).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count of members or the minutes are out of range.</exception>
    public AgendaPlan Build(int membersPresent, ZonedDateTime start, int minutes, TextLanguage language = TextLanguage.Bokmal)
    {
        CheckArguments(membersPresent, minutes);
        var agenda = Lay(Template, Rules, membersPresent, start, minutes, language);
        var check = Check(agenda, membersPresent, minutes, Rules);
        var waysOut = check.IsOk ? [] : WaysOut(membersPresent, start, minutes, language);
        return new AgendaPlan(agenda, membersPresent, minutes, check, waysOut);
    }

    /// <summary>Lays out the template without checking it or looking for ways out (what the benchmark compares with).</summary>
    /// <param name="membersPresent">The members present, 1–60.</param>
    /// <param name="start">When the meeting starts.</param>
    /// <param name="minutes">The meeting's length, <see cref="MinMinutes"/>–<see cref="MaxMinutes"/>.</param>
    /// <param name="language">The language of the titles.</param>
    /// <returns>The agenda.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count of members or the minutes are out of range.</exception>
    public MeetingAgenda Layout(int membersPresent, ZonedDateTime start, int minutes, TextLanguage language = TextLanguage.Bokmal)
    {
        CheckArguments(membersPresent, minutes);
        return Lay(Template, Rules, membersPresent, start, minutes, language);
    }

    /// <summary>Checks an agenda with this builder's rules.</summary>
    /// <param name="agenda">The agenda.</param>
    /// <param name="membersPresent">The members present, 0–60.</param>
    /// <param name="minutes">The meeting's planned length.</param>
    /// <returns>Every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agenda"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="membersPresent"/> is out of range.</exception>
    public AgendaCheck Check(MeetingAgenda agenda, int membersPresent, int minutes) => Check(agenda, membersPresent, minutes, Rules);

    /// <summary>
    /// Checks an agenda: the items fill the meeting exactly; the three parts are there, in order; B3 gives every member
    /// present the time each plus room for questions; the groups and the plenary round of B4 both have their least
    /// time; the summary and evaluation has its least; a meeting over the rules' limit has a break.
    /// </summary>
    /// <param name="agenda">The agenda.</param>
    /// <param name="membersPresent">The members present, 0–60.</param>
    /// <param name="minutes">The meeting's planned length.</param>
    /// <param name="rules">The rules.</param>
    /// <returns>Every problem found, and the minutes the short items lack together.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agenda"/> or <paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="membersPresent"/> is out of range.</exception>
    public static AgendaCheck Check(MeetingAgenda agenda, int membersPresent, int minutes, AgendaRules rules)
    {
        Guard.NotNull(agenda, nameof(agenda));
        Guard.NotNull(rules, nameof(rules));
        if (membersPresent is < 0 or > 60)
        {
            throw new ArgumentOutOfRangeException(nameof(membersPresent), membersPresent, "From 0 to 60 members can be present.");
        }

        var problems = new List<AgendaProblem>();
        var items = agenda.Items;
        var total = items.Sum(i => i.Minutes);
        var lacking = 0;
        if (total != minutes)
        {
            problems.Add(new(AgendaProblemCode.LengthMismatch, null, total, minutes, AgendaTexts.LengthMismatch.Fill(total, minutes)));
        }

        foreach (var section in new[] { AgendaSection.Introduction, AgendaSection.Discussion, AgendaSection.SummaryAndEvaluation })
        {
            if (!items.Any(i => i.Section == section))
            {
                problems.Add(new(AgendaProblemCode.PartMissing, null, 0, 0, AgendaTexts.PartMissing.Fill(MeetingTexts.NameOf(section))));
            }
        }

        if (!agenda.IsInPartOrder)
        {
            problems.Add(new(AgendaProblemCode.PartOrder, null, 0, 0, AgendaTexts.PartOrder));
        }

        var sharing = IndexOf(items, AgendaItemKind.Sharing, AgendaItemKind.SharingInGroups);
        if (sharing < 0)
        {
            var need = rules.SharingMinutes(membersPresent, inGroups: false);
            lacking += need;
            problems.Add(new(AgendaProblemCode.SharingMissing, null, 0, need, AgendaTexts.SharingMissing.Fill(need)));
        }
        else
        {
            var inGroups = !items.Any(i => i.Kind == AgendaItemKind.Sharing);
            var need = rules.SharingMinutes(membersPresent, inGroups);
            var actual = MinutesOf(items, AgendaItemKind.Sharing, AgendaItemKind.SharingInGroups);
            if (actual < need)
            {
                lacking += need - actual;
                var circle = rules.LargestCircle(membersPresent, inGroups);
                problems.Add(new(AgendaProblemCode.SharingTooShort, sharing, actual, need, AgendaTexts.SharingTooShort.Fill(actual, circle, rules.MinutesPerMember, rules.QuestionMinutes, need)));
            }
        }

        lacking += Least(items, AgendaItemKind.GroupWork, rules.MinimumGroupMinutes, AgendaProblemCode.GroupWorkMissing, AgendaTexts.GroupWorkMissing, AgendaTexts.GroupWorkTooShort, problems);
        lacking += Least(items, AgendaItemKind.Plenary, rules.MinimumPlenaryMinutes, AgendaProblemCode.PlenaryMissing, AgendaTexts.PlenaryMissing, AgendaTexts.PlenaryTooShort, problems);
        var summary = agenda.MinutesIn(AgendaSection.SummaryAndEvaluation);
        if (summary > 0 && summary < rules.MinimumSummaryMinutes)
        {
            lacking += rules.MinimumSummaryMinutes - summary;
            problems.Add(new(AgendaProblemCode.SummaryTooShort, null, summary, rules.MinimumSummaryMinutes, AgendaTexts.SummaryTooShort.Fill(summary, rules.MinimumSummaryMinutes)));
        }

        var length = Math.Max(total, minutes);
        if (length > rules.BreakAfterMinutes && !items.Any(i => i.Kind == AgendaItemKind.Break))
        {
            lacking += rules.BreakMinutes;
            problems.Add(new(AgendaProblemCode.BreakMissing, null, 0, rules.BreakMinutes, AgendaTexts.BreakMissing.Fill(length, rules.BreakAfterMinutes)));
        }

        return new AgendaCheck(problems, lacking);
    }

    /// <summary>Finds the ways out for a meeting that does not fit: a longer meeting, less time each, sharing in groups.</summary>
    private List<AgendaWayOut> WaysOut(int members, ZonedDateTime start, int minutes, TextLanguage language)
    {
        var ways = new List<AgendaWayOut>(3);
        for (var longer = minutes + 1; longer <= MaxMinutes; longer++)
        {
            if (Need(Template, Rules, members, longer) <= longer)
            {
                var agenda = Lay(Template, Rules, members, start, longer, language);
                Offer(ways, AgendaWayOutKind.LongerMeeting, agenda, members, longer, Rules, AgendaTexts.LongerMeeting.Fill(longer, longer - minutes, agenda.End.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
                break;
            }
        }

        for (var each = Rules.MinutesPerMember - 1; each >= Rules.LeastMinutesPerMember; each--)
        {
            var rules = Rules.WithMinutesPerMember(each);
            if (Need(Template, rules, members, minutes) <= minutes)
            {
                Offer(ways, AgendaWayOutKind.LessTimeEach, Lay(Template, rules, members, start, minutes, language), members, minutes, rules, AgendaTexts.LessTimeEach.Fill(each, Rules.MinutesPerMember));
                break;
            }
        }

        var sharing = Template.Items.ToList().FindIndex(i => i.Kind == AgendaItemKind.Sharing);
        if (sharing >= 0 && members > Rules.SharingGroupSize)
        {
            var items = Template.Items.ToList();
            var old = items[sharing];
            items[sharing] = new AgendaTemplateItem(old.Section, AgendaItemKind.SharingInGroups, AgendaTexts.SharingInGroupsTitle.Fill(Rules.SharingGroupSize), old.Minutes, old.Weight);
            var template = new AgendaTemplate(Template.Name, items);
            if (Need(template, Rules, members, minutes) <= minutes)
            {
                Offer(ways, AgendaWayOutKind.SharingInGroups, Lay(template, Rules, members, start, minutes, language), members, minutes, Rules, AgendaTexts.SharingInGroups.Fill(Rules.SharingGroupSize));
            }
        }

        return ways;
    }

    private static void Offer(List<AgendaWayOut> ways, AgendaWayOutKind kind, MeetingAgenda agenda, int members, int minutes, AgendaRules rules, LocalizedText text)
    {
        // Offered only when it passes: a template without a part or a B4 item has no way out by time alone.
        if (Check(agenda, members, minutes, rules).IsOk)
        {
            ways.Add(new AgendaWayOut(kind, agenda, rules, text));
        }
    }

    private static void CheckArguments(int membersPresent, int minutes)
    {
        if (membersPresent is < 1 or > 60)
        {
            throw new ArgumentOutOfRangeException(nameof(membersPresent), membersPresent, "From 1 to 60 members can be present.");
        }

        if (minutes is < MinMinutes or > MaxMinutes)
        {
            throw new ArgumentOutOfRangeException(nameof(minutes), minutes, $"A meeting lasts {MinMinutes} to {MaxMinutes} minutes.");
        }
    }

    /// <summary>Gets the template's items for a meeting of a length, each with its least minutes and weight.</summary>
    private static List<(AgendaTemplateItem Item, LocalizedText Title, int Least)> Entries(AgendaTemplate template, AgendaRules rules, int members, int minutes)
    {
        var withBreak = minutes > rules.BreakAfterMinutes;
        var entries = new List<(AgendaTemplateItem Item, LocalizedText Title, int Least)>(template.Items.Count + 1);
        foreach (var item in template.Items)
        {
            if (item.Kind == AgendaItemKind.Break && !withBreak)
            {
                continue;
            }

            var least = item.Kind switch
            {
                AgendaItemKind.Sharing => Math.Max(item.Minutes, rules.SharingMinutes(members, inGroups: false)),
                AgendaItemKind.SharingInGroups => Math.Max(item.Minutes, rules.SharingMinutes(members, inGroups: true)),
                AgendaItemKind.GroupWork => Math.Max(item.Minutes, rules.MinimumGroupMinutes),
                AgendaItemKind.Plenary => Math.Max(item.Minutes, rules.MinimumPlenaryMinutes),
                _ => item.Minutes,
            };
            entries.Add((item, item.Title, least));
        }

        if (withBreak && !entries.Any(e => e.Item.Kind == AgendaItemKind.Break))
        {
            var after = entries.FindIndex(e => e.Item.Kind is AgendaItemKind.Sharing or AgendaItemKind.SharingInGroups);
            after = after >= 0 ? after : Math.Max(0, (entries.Count / 2) - 1);
            var section = entries.Count == 0 ? AgendaSection.Discussion : entries[after].Item.Section;
            entries.Insert(Math.Min(after + 1, entries.Count), (new AgendaTemplateItem(section, AgendaItemKind.Break, AgendaTexts.Break, rules.BreakMinutes, 0), AgendaTexts.Break, rules.BreakMinutes));
        }

        var summary = entries.FindIndex(e => e.Item.Section == AgendaSection.SummaryAndEvaluation);
        var summaryMinutes = entries.Where(e => e.Item.Section == AgendaSection.SummaryAndEvaluation).Sum(e => e.Least);
        if (summary >= 0 && summaryMinutes < rules.MinimumSummaryMinutes)
        {
            var e = entries[summary];
            entries[summary] = (e.Item, e.Title, e.Least + rules.MinimumSummaryMinutes - summaryMinutes);
        }

        return entries;
    }

    /// <summary>Gets the least minutes a meeting of a length needs.</summary>
    private static int Need(AgendaTemplate template, AgendaRules rules, int members, int minutes)
        => Entries(template, rules, members, minutes).Sum(e => e.Least);

    private static MeetingAgenda Lay(AgendaTemplate template, AgendaRules rules, int members, ZonedDateTime start, int minutes, TextLanguage language)
    {
        var entries = Entries(template, rules, members, minutes);
        var least = entries.Sum(e => e.Least);
        var spare = minutes - least;
        int[] given;
        if (spare >= 0)
        {
            var weights = entries.Select(e => e.Item.Weight).ToArray();
            if (weights.Sum() == 0)
            {
                weights[weights.Length - 1] = 1;
            }

            given = Share(spare, weights);
            for (var i = 0; i < given.Length; i++)
            {
                given[i] += entries[i].Least;
            }
        }
        else
        {
            // Too short: every item keeps a minute and the rest follows the least minutes, so the check can say what is short.
            var rest = Math.Max(0, minutes - entries.Count);
            given = Share(rest, entries.Select(e => e.Least - 1).ToArray());
            for (var i = 0; i < given.Length; i++)
            {
                given[i] += 1;
            }
        }

        var items = new AgendaItem[entries.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var e = entries[i];
            items[i] = new AgendaItem(e.Item.Section, e.Title.In(language), given[i], e.Item.Kind);
        }

        return new MeetingAgenda(start, items);
    }

    /// <summary>Shares whole minutes by weights, largest remainder first, earlier items winning ties.</summary>
    private static int[] Share(int minutes, int[] weights)
    {
        var result = new int[weights.Length];
        long sum = weights.Sum();
        if (sum == 0 || minutes == 0)
        {
            if (minutes > 0 && result.Length > 0)
            {
                result[result.Length - 1] = minutes;
            }

            return result;
        }

        var remainders = new long[weights.Length];
        var given = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var exact = (long)minutes * weights[i];
            result[i] = (int)(exact / sum);
            remainders[i] = exact % sum;
            given += result[i];
        }

        var order = Enumerable.Range(0, weights.Length).OrderByDescending(i => remainders[i]).ThenBy(i => i).ToArray();
        for (var k = 0; given < minutes; k++, given++)
        {
            result[order[k]]++;
        }

        return result;
    }

    private static int IndexOf(IReadOnlyList<AgendaItem> items, AgendaItemKind kind, AgendaItemKind other)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Kind == kind || items[i].Kind == other)
            {
                return i;
            }
        }

        return -1;
    }

    private static int MinutesOf(IReadOnlyList<AgendaItem> items, AgendaItemKind kind, AgendaItemKind other)
        => items.Where(i => i.Kind == kind || i.Kind == other).Sum(i => i.Minutes);

    private static int Least(IReadOnlyList<AgendaItem> items, AgendaItemKind kind, int least, AgendaProblemCode missing, LocalizedText missingText, LocalizedText shortText, List<AgendaProblem> problems)
    {
        var index = IndexOf(items, kind, kind);
        if (index < 0)
        {
            problems.Add(new(missing, null, 0, least, missingText.Fill(least)));
            return least;
        }

        var actual = MinutesOf(items, kind, kind);
        if (actual >= least)
        {
            return 0;
        }

        problems.Add(new(missing + 1, index, actual, least, shortText.Fill(actual, least)));
        return least - actual;
    }
}

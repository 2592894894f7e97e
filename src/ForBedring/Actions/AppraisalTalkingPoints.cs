using System.Globalization;
using System.Text;
using ForBedring.Internal;
using ForBedring.Process;
using ForBedring.Results;
using NodaTime;
using NodaTime.Text;
using T = ForBedring.Actions.AppraisalTalkingPointsTexts;

namespace ForBedring.Actions;

/// <summary>
/// Talking points for the employee appraisal conversation (medarbeidersamtale, C4) between a leader and themselves or
/// someone they lead: the results of the person's units as the leader's view shows them (released figures only; a
/// hidden unit is said to be hidden, with no figure), the focus areas of their units' plans and the team's shared
/// plan, and every action the person owns or contributes to, with status, due date and last update. Each point
/// carries its evidence.
/// </summary>
public sealed class AppraisalTalkingPoints
{
    private AppraisalTalkingPoints(PersonId leader, PersonId person, IReadOnlyList<UnitId> units, IReadOnlyList<TalkingPoint> points)
    {
        Leader = leader;
        Person = person;
        Units = units;
        Points = points;
    }

    /// <summary>Gets the leader holding the conversation, whose view the figures come from.</summary>
    public PersonId Leader { get; }

    /// <summary>Gets the person the talking points are for (the leader or someone they lead).</summary>
    public PersonId Person { get; }

    /// <summary>Gets the person's units: those they lead in the leader's area, then their unit in the leadership team.</summary>
    public IReadOnlyList<UnitId> Units { get; }

    /// <summary>Gets the talking points: results, then focus areas, then actions.</summary>
    public IReadOnlyList<TalkingPoint> Points { get; }

    /// <summary>Makes the talking points for a person, with the process's team leader as the leader (indicator names from the ForBedring catalogue).</summary>
    /// <param name="process">The team's follow-up process (its team, plans and time zone).</param>
    /// <param name="release">The round's release.</param>
    /// <param name="person">The person: the team's leader or someone they lead.</param>
    /// <returns>The talking points.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="process"/> or <paramref name="release"/> is null.</exception>
    /// <exception cref="TalkingPointsException">The leader leads no unit of the release, or the person is not the leader nor someone they lead; every problem is listed.</exception>
    public static AppraisalTalkingPoints For(FollowUpProcess process, Release release, PersonId person)
    {
        _ = Guard.NotNull(process, nameof(process));
        return For(process, release, process.Team.Leader.Id, person);
    }

    /// <summary>Makes the talking points for a person, seen from a leader's role (indicator names from the ForBedring catalogue).</summary>
    /// <param name="process">The team's follow-up process (its team, plans and time zone).</param>
    /// <param name="release">The round's release.</param>
    /// <param name="leader">The leader holding the conversation.</param>
    /// <param name="person">The person: the leader or someone they lead.</param>
    /// <returns>The talking points.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="process"/> or <paramref name="release"/> is null.</exception>
    /// <exception cref="TalkingPointsException">The leader leads no unit of the release, or the person is not the leader nor someone they lead; every problem is listed.</exception>
    public static AppraisalTalkingPoints For(FollowUpProcess process, Release release, PersonId leader, PersonId person)
    {
        _ = Guard.NotNull(process, nameof(process));
        _ = Guard.NotNull(release, nameof(release));
        var problems = new List<UnmetCondition>();
        LeaderView? view = null;
        if (release.Units.Any(u => u.Leader == leader))
        {
            view = LeaderView.For(release, leader);
        }
        else
        {
            problems.Add(new UnmetCondition("talking-points.leader-not-in-release", "C4", Fill(T.LeaderNotInRelease, leader.Value)));
        }

        if (!IsLed(leader, person, process.Team, view))
        {
            problems.Add(NotLed(leader, person));
        }

        if (problems.Count > 0)
        {
            throw new TalkingPointsException(leader, person, problems);
        }

        return Build(view!, process.Team, process.ActionPlans, person, process.TimeZone, IndicatorCatalog.ForBedring);
    }

    /// <summary>Makes the talking points for a person from a leader's view, the team and its plans.</summary>
    /// <param name="view">The leader's view of the round; its leader holds the conversation.</param>
    /// <param name="team">The leadership team.</param>
    /// <param name="plans">The team's action plans.</param>
    /// <param name="person">The person: the view's leader or someone they lead.</param>
    /// <param name="zone">The team's time zone, for the dates of updates.</param>
    /// <param name="catalog">The indicators' names; the ForBedring catalogue when null.</param>
    /// <returns>The talking points.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="catalog"/> is null.</exception>
    /// <exception cref="TalkingPointsException">The person is neither the leader nor someone they lead.</exception>
    public static AppraisalTalkingPoints For(LeaderView view, LeadershipTeam team, IEnumerable<ActionPlan> plans, PersonId person, DateTimeZone zone, IndicatorCatalog? catalog = null)
    {
        _ = Guard.NotNull(view, nameof(view));
        _ = Guard.NotNull(team, nameof(team));
        _ = Guard.NotNull(plans, nameof(plans));
        _ = Guard.NotNull(zone, nameof(zone));
        var planList = plans.ToList();
        if (planList.Any(p => p is null))
        {
            throw new ArgumentException("A plan is null.", nameof(plans));
        }

        if (!IsLed(view.Leader, person, team, view))
        {
            throw new TalkingPointsException(view.Leader, person, [NotLed(view.Leader, person)]);
        }

        return Build(view, team, planList, person, zone, catalog ?? IndicatorCatalog.ForBedring);
    }

    /// <summary>Tells whether a leader may hold the conversation with a person: themselves, a member of the team they lead, or the leader of a unit in their area.</summary>
    /// <param name="leader">The leader.</param>
    /// <param name="person">The person.</param>
    /// <param name="team">The leadership team.</param>
    /// <param name="view">The leader's view, or null when the leader leads no unit of the release.</param>
    /// <returns>Whether the person is the leader or someone they lead.</returns>
    internal static bool IsLed(PersonId leader, PersonId person, LeadershipTeam team, LeaderView? view)
    {
        if (person == leader || (team.Leader.Id == leader && team.IsMember(person)))
        {
            return true;
        }

        return view is not null && view.OwnUnits.Any(u => u.Leader == person);
    }

    /// <summary>Renders the talking points as CommonMark: a title, then the results, focus areas and actions, each point a bullet. Every text is escaped, so it renders as itself.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The Markdown, lines ending in <c>\n</c>.</returns>
    public string ToMarkdown(TextLanguage language)
    {
        var b = new StringBuilder();
        b.Append("# ").Append(T.Title.Format(language, MarkdownText.EscapeInline(Person.Value))).Append("\n\n");
        b.Append(T.Prepared.Format(language, MarkdownText.EscapeInline(Leader.Value))).Append('\n');
        Section(T.ResultsHeading, k => k is TalkingPointKind.UnitResult or TalkingPointKind.UnitHidden or TalkingPointKind.UnitNotInView or TalkingPointKind.Strongest or TalkingPointKind.Weakest);
        Section(T.FocusHeading, k => k is TalkingPointKind.KeepArea or TalkingPointKind.ImproveArea);
        Section(T.ActionsHeading, k => k is TalkingPointKind.OwnedAction or TalkingPointKind.ContributedAction);
        return b.ToString();

        void Section(LocalizedText heading, Func<TalkingPointKind, bool> kinds)
        {
            b.Append("\n## ").Append(heading.In(language)).Append("\n\n");
            var any = false;
            foreach (var point in Points.Where(p => kinds(p.Kind)))
            {
                b.Append("- ").Append(point.Markdown.In(language)).Append('\n');
                any = true;
            }

            if (!any)
            {
                b.Append(T.None.In(language)).Append('\n');
            }
        }
    }

    private static AppraisalTalkingPoints Build(LeaderView view, LeadershipTeam team, IReadOnlyList<ActionPlan> plans, PersonId person, DateTimeZone zone, IndicatorCatalog catalog)
    {
        var units = view.OwnUnits.Where(u => u.Leader == person).Select(u => u.Id).ToList();
        if (team.Find(person) is { } member && !units.Contains(member.Unit))
        {
            units.Add(member.Unit);
        }

        var points = new List<TalkingPoint>();
        foreach (var id in units)
        {
            UnitPoints(points, view, id, catalog);
        }

        foreach (var plan in plans.Where(p => p.IsShared || units.Contains(p.Unit!.Value)))
        {
            var figures = Find(view, plan.Unit ?? team.Unit);
            foreach (var area in plan.FocusAreas)
            {
                points.Add(AreaPoint(plan, area, figures, catalog));
            }
        }

        var seen = new HashSet<ActionId>();
        foreach (var action in plans.SelectMany(p => p.Actions))
        {
            var owns = action.Owner == person;
            if ((owns || action.Contributors.Contains(person)) && seen.Add(action.Id))
            {
                points.Add(ActionPoint(action, owns, zone));
            }
        }

        return new AppraisalTalkingPoints(view.Leader, person, units.AsReadOnly(), points.AsReadOnly());
    }

    private static void UnitPoints(List<TalkingPoint> points, LeaderView view, UnitId id, IndicatorCatalog catalog)
    {
        var unit = Find(view, id);
        if (unit is null)
        {
            points.Add(Point(TalkingPointKind.UnitNotInView, (l, e) => T.UnitNotInView.Format(l, e(id.Value)), new TalkingPointEvidence(unit: id)));
            return;
        }

        if (!unit.IsReleased)
        {
            // Only the reason: a hidden unit's figures are not in the release at all.
            points.Add(Point(TalkingPointKind.UnitHidden, (l, e) => T.UnitHidden.Format(l, e(id.Value), LeaderView.Reason(unit.Status)), new TalkingPointEvidence(unit: id, unitStatus: unit.Status)));
            return;
        }

        points.Add(Point(TalkingPointKind.UnitResult, (l, e) => T.UnitResult.Format(l, e(id.Value), unit.Respondents!.Value), new TalkingPointEvidence(id, unit.Status, unit.Respondents, unit.Scores)));
        if (unit.Scores.Count < 2)
        {
            return;
        }

        var strongest = unit.Scores[0];
        var weakest = unit.Scores[0];
        foreach (var score in unit.Scores)
        {
            strongest = score.Score > strongest.Score ? score : strongest;
            weakest = score.Score < weakest.Score ? score : weakest;
        }

        if (strongest.Score > weakest.Score)
        {
            points.Add(ScorePoint(TalkingPointKind.Strongest, T.Strongest, unit, strongest, catalog));
            points.Add(ScorePoint(TalkingPointKind.Weakest, T.Weakest, unit, weakest, catalog));
        }
    }

    private static TalkingPoint ScorePoint(TalkingPointKind kind, LocalizedText template, ReleasedUnit unit, IndicatorScore score, IndicatorCatalog catalog)
        => Point(
            kind,
            (l, e) => template.Format(l, e(unit.Id.Value), e(catalog.NameOf(score.Indicator, l)), score.Score),
            new TalkingPointEvidence(unit.Id, unit.Status, unit.Respondents, [score]));

    private static TalkingPoint AreaPoint(ActionPlan plan, FocusArea area, ReleasedUnit? figures, IndicatorCatalog catalog)
    {
        var kind = area.Kind == FocusAreaKind.Keep ? TalkingPointKind.KeepArea : TalkingPointKind.ImproveArea;
        var unitOfPlan = plan.Unit;
        var scores = figures is { IsReleased: true }
            ? area.Indicators.Select(figures.ScoreOf).Where(s => s is not null).Select(s => s!).ToList()
            : [];
        string Text(TextLanguage l, Func<string, string> e)
        {
            var whose = unitOfPlan is { } u ? T.UnitPlan.Format(l, e(u.Value)) : T.SharedPlan.In(l);
            var line = (kind == TalkingPointKind.KeepArea ? T.KeepArea : T.ImproveArea).Format(l, e(area.Title), whose);
            if (figures is { IsReleased: false })
            {
                line += T.AreaHidden.Format(l, e(figures.Id.Value));
            }
            else if (scores.Count > 0)
            {
                var culture = LocalizedText.CultureOf(l);
                var list = string.Join(", ", scores.Select(s => e(catalog.NameOf(s.Indicator, l)) + " " + s.Score.ToString("0.0", culture)));
                line += T.AreaScores.Format(l, list, e(figures!.Id.Value));
            }

            return line.EndsWith(".", StringComparison.Ordinal) ? line : line + ".";
        }

        return Point(
            kind,
            Text,
            new TalkingPointEvidence(figures?.Id, figures?.Status, figures?.Respondents, scores.AsReadOnly(), area.Id));
    }

    private static TalkingPoint ActionPoint(PlannedAction action, bool owns, DateTimeZone zone)
    {
        var last = action.Updates.Count == 0 ? null : action.Updates[action.Updates.Count - 1];
        var lastDate = last?.At.InZone(zone).Date;
        string Text(TextLanguage l, Func<string, string> e)
        {
            var line = (owns ? T.Owned : T.Contributes).Format(
                l,
                e(action.Title),
                e(action.Id.Value),
                ActionTexts.NameOf(action.Status),
                action.DueDate is { } due ? Date(due) : T.NoDueDate);
            line += last is null ? T.NeverUpdated.In(l) : T.LastUpdate.Format(l, Date(lastDate!.Value), e(last.Happened));
            return line.EndsWith(".", StringComparison.Ordinal) ? line : line + ".";
        }

        return Point(
            owns ? TalkingPointKind.OwnedAction : TalkingPointKind.ContributedAction,
            Text,
            new TalkingPointEvidence(action: action.Id, actionStatus: action.Status, dueDate: action.DueDate, lastUpdated: lastDate));
    }

    private static ReleasedUnit? Find(LeaderView view, UnitId id) => view.Units.FirstOrDefault(u => u.Id == id);

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static UnmetCondition NotLed(PersonId leader, PersonId person)
        => new("talking-points.not-led", "C4", Fill(T.NotLed, person.Value, leader.Value));

    private static LocalizedText Fill(LocalizedText template, params object[] args)
        => Per(l => template.Format(l, args));

    // The sentence twice: as plain text, and for Markdown with every typed text (ids, titles, names, notes) escaped,
    // so that the fixed wording stays readable in the Markdown source and typed text can never add an element.
    private static TalkingPoint Point(TalkingPointKind kind, Func<TextLanguage, Func<string, string>, string> text, TalkingPointEvidence evidence)
        => new(kind, Per(l => text(l, static s => s)), Per(l => text(l, MarkdownText.EscapeInline)), evidence);

    private static LocalizedText Per(Func<TextLanguage, string> text)
        => new(text(TextLanguage.Bokmal), text(TextLanguage.Nynorsk), text(TextLanguage.English));
}

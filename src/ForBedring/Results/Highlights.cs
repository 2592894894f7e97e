using System.Collections.ObjectModel;
using ForBedring.Prompts;

namespace ForBedring.Results;

/// <summary>
/// The highlights of a leader's view: strongest and weakest indicators, changes since the previous round, what stands
/// out against the unit above and the enterprise, and themes shared by two or more of the leadership team's units.
/// Built only from figures the view holds (released ones); offered as suggestions for prompts A1.2, A5.1 and A5.4.
/// </summary>
public sealed class Highlights
{
    private static readonly PromptId A11 = new("A1.1");
    private static readonly PromptId A12 = new("A1.2");
    private static readonly PromptId A51 = new("A5.1");
    private static readonly PromptId A54 = new("A5.4");

    private static readonly LocalizedText StrongestText = new("Sterkest i {0}: {1} ({2:0.0})", "Sterkast i {0}: {1} ({2:0.0})", "Strongest in {0}: {1} ({2:0.0})");
    private static readonly LocalizedText WeakestText = new("Svakest i {0}: {1} ({2:0.0})", "Svakast i {0}: {1} ({2:0.0})", "Weakest in {0}: {1} ({2:0.0})");
    private static readonly LocalizedText ChangedText = new("{1} i {0} har endret seg med {2:+0.0;-0.0} poeng siden forrige undersøkelse ({3:0.0} → {4:0.0})", "{1} i {0} har endra seg med {2:+0.0;-0.0} poeng sidan førre undersøking ({3:0.0} → {4:0.0})", "{1} in {0} changed by {2:+0.0;-0.0} points since the previous survey ({3:0.0} → {4:0.0})");
    private static readonly LocalizedText StandsOutText = new("{1} i {0} skiller seg ut: {2:0.0} mot {3:0.0} i {4}", "{1} i {0} skil seg ut: {2:0.0} mot {3:0.0} i {4}", "{1} in {0} stands out: {2:0.0} against {3:0.0} in {4}");
    private static readonly LocalizedText ThemeText = new("Felles tema: {0} er svakt eller faller i {1} enheter ({2})", "Felles tema: {0} er svakt eller fell i {1} einingar ({2})", "Shared theme: {0} is weak or falling in {1} units ({2})");

    private Highlights(IReadOnlyList<Highlight> items) => Items = items;

    /// <summary>Gets every highlight, in the order: strongest and weakest, changed, stands out, shared themes, and (from <see cref="Process.FollowUpProcess.HighlightsFor"/>) carried-over actions.</summary>
    public IReadOnlyList<Highlight> Items { get; }

    /// <summary>Finds the highlights of a leader's view.</summary>
    /// <param name="view">The view.</param>
    /// <param name="options">The thresholds; the defaults when null.</param>
    /// <param name="catalog">The indicators' names; the ForBedring catalogue when null.</param>
    /// <returns>The highlights.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is null.</exception>
    public static Highlights For(LeaderView view, HighlightOptions? options = null, IndicatorCatalog? catalog = null)
    {
        if (view is null)
        {
            throw new ArgumentNullException(nameof(view));
        }

        options ??= new HighlightOptions();
        catalog ??= IndicatorCatalog.ForBedring;
        var byId = view.Units.ToDictionary(u => u.Id);
        var led = view.OwnUnits.Where(u => u.Leader == view.Leader && u.IsReleased).ToList();
        var top = view.Units.FirstOrDefault(u => u.ParentId is null || !byId.ContainsKey(u.ParentId.Value));
        var items = new List<Highlight>();
        foreach (var unit in led.Where(u => u.Scores.Count > 0))
        {
            var best = unit.Scores.OrderByDescending(s => s.Score).First();
            var worst = unit.Scores.OrderBy(s => s.Score).First();
            items.Add(Make(HighlightKind.Strongest, unit, best, StrongestText, Name(best.Indicator), best.Score));
            if (worst.Indicator != best.Indicator)
            {
                items.Add(Make(HighlightKind.Weakest, unit, worst, WeakestText, Name(worst.Indicator), worst.Score));
            }
        }

        foreach (var unit in led)
        {
            foreach (var score in unit.Scores.Where(s => s.Change is { } c && Math.Abs(c) >= options.ChangeThreshold))
            {
                items.Add(Make(HighlightKind.Changed, unit, score, ChangedText, Name(score.Indicator), score.Change!.Value, score.Previous!.Value, score.Score));
            }
        }

        foreach (var unit in led)
        {
            var references = new List<ReleasedUnit>();
            if (unit.ParentId is { } p && byId.TryGetValue(p, out var parent) && parent.IsReleased)
            {
                references.Add(parent);
            }

            if (top is not null && top.IsReleased && top.Id != unit.Id && !references.Contains(top))
            {
                references.Add(top);
            }

            foreach (var score in unit.Scores)
            {
                foreach (var reference in references)
                {
                    if (reference.ScoreOf(score.Indicator) is { } other && Math.Abs(score.Score - other.Score) >= options.DeviationThreshold)
                    {
                        items.Add(new Highlight(
                            HighlightKind.StandsOut,
                            unit.Id,
                            score.Indicator,
                            StandsOutText.Fill(unit.Id.Value, Name(score.Indicator), score.Score, other.Score, reference.Id.Value),
                            [Figure(unit, score), Figure(reference, other)]));
                    }
                }
            }
        }

        foreach (var unit in led)
        {
            var members = view.OwnUnits.Where(u => u.ParentId == unit.Id && u.IsReleased && !IsLeadershipTeam(u, view)).ToList();
            foreach (var indicator in members.SelectMany(m => m.Scores).Select(s => s.Indicator).Distinct())
            {
                var weak = members
                    .Select(m => (Unit: m, Score: m.ScoreOf(indicator)))
                    .Where(x => x.Score is { } s && (s.Score < options.WeakScore || s.Change <= -options.ChangeThreshold))
                    .ToList();
                if (weak.Count >= 2)
                {
                    items.Add(new Highlight(
                        HighlightKind.SharedTheme,
                        unit.Id,
                        indicator,
                        ThemeText.Fill(Name(indicator), weak.Count, string.Join(", ", weak.Select(w => w.Unit.Id.Value))),
                        weak.Select(w => Figure(w.Unit, w.Score!)).ToList().AsReadOnly()));
                }
            }
        }

        return new Highlights(new ReadOnlyCollection<Highlight>(items));

        LocalizedText Name(IndicatorId id) => catalog.Find(id)?.Name ?? new LocalizedText(id.Value, id.Value, id.Value);
    }

    /// <summary>Gets the highlights to offer as suggestions when answering a prompt.</summary>
    /// <param name="prompt">The prompt: A1.1 (thoughts on the results: how the carried-over actions' indicators moved), A1.2 (what surprises), A5.1 (what stands out) or A5.4 (what is shared); others get none.</param>
    /// <returns>The highlights that fit the prompt.</returns>
    public IReadOnlyList<Highlight> SuggestionsFor(PromptId prompt)
    {
        HighlightKind[] kinds =
            prompt == A11 ? [HighlightKind.CarriedAction]
            : prompt == A12 ? [HighlightKind.Changed, HighlightKind.StandsOut, HighlightKind.Strongest, HighlightKind.Weakest]
            : prompt == A51 ? [HighlightKind.StandsOut, HighlightKind.Changed]
            : prompt == A54 ? [HighlightKind.SharedTheme]
            : [];
        return Items.Where(h => Array.IndexOf(kinds, h.Kind) >= 0).ToList().AsReadOnly();
    }

    /// <summary>Gives these highlights with more after them.</summary>
    /// <param name="more">The highlights to add.</param>
    /// <returns>The highlights.</returns>
    internal Highlights Append(IReadOnlyCollection<Highlight> more)
        => more.Count == 0 ? this : new Highlights(new ReadOnlyCollection<Highlight>([.. Items, .. more]));

    /// <summary>Renders the highlights, one per line.</summary>
    /// <param name="language">The language.</param>
    /// <returns>Plain text, lines ending in <c>\n</c>.</returns>
    public string Render(TextLanguage language) => string.Concat(Items.Select(h => "- " + h.Text.In(language) + "\n"));

    // The view holds no kinds; a leadership team is recognised as a child the same leader leads.
    private static bool IsLeadershipTeam(ReleasedUnit unit, LeaderView view) => unit.Leader == view.Leader;

    private static Highlight Make(HighlightKind kind, ReleasedUnit unit, IndicatorScore score, LocalizedText template, params object[] args)
        => new(kind, unit.Id, score.Indicator, template.Fill([unit.Id.Value, .. args]), [Figure(unit, score)]);

    private static HighlightFigure Figure(ReleasedUnit unit, IndicatorScore score) => new(unit.Id, score.Indicator, score.Score, score.Previous);
}

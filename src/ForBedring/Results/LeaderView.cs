using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

namespace ForBedring.Results;

/// <summary>
/// What one leader may see of a round (guide A4): the report of every unit they lead and of everything below it,
/// plus the common reports of the units above (the clinic, the enterprise), all cut from the one release. It can only
/// be made by <see cref="For"/>, so it holds nothing else, and only the figures the release released.
/// </summary>
public sealed class LeaderView
{
    private static readonly LocalizedText Title = new("Resultater for {0} (terskel {1} svar)", "Resultat for {0} (terskel {1} svar)", "Results for {0} (threshold {1} respondents)");
    private static readonly LocalizedText CommonHeading = new("Felles rapporter for enhetene over", "Felles rapportar for einingane over", "Common reports of the units above");
    private static readonly LocalizedText OwnHeading = new("Ditt område", "Ditt område", "Your area");
    private static readonly LocalizedText Respondents = new("{0} svar", "{0} svar", "{0} respondents");
    private static readonly LocalizedText BelowThreshold = new("ikke vist: for få svar", "ikkje vist: for få svar", "not shown: too few respondents");
    private static readonly LocalizedText Protects = new("ikke vist: skjult for å verne en annen enhet", "ikkje vist: skjult for å verne ei anna eining", "not shown: hidden to protect another unit");
    private static readonly LocalizedText Withheld = new("ikke vist: holdt tilbake av leverandøren", "ikkje vist: halde tilbake av leverandøren", "not shown: withheld by the vendor");

    private readonly HashSet<UnitId> _own;

    private LeaderView(PersonId leader, int threshold, IReadOnlyList<ReleasedUnit> above, IReadOnlyList<ReleasedUnit> own)
    {
        Leader = leader;
        Threshold = threshold;
        UnitsAbove = above;
        OwnUnits = own;
        Units = new ReadOnlyCollection<ReleasedUnit>([.. above, .. own]);
        _own = new HashSet<UnitId>(own.Select(u => u.Id));
    }

    /// <summary>Gets the leader whose view it is.</summary>
    public PersonId Leader { get; }

    /// <summary>Gets the round's threshold.</summary>
    public int Threshold { get; }

    /// <summary>Gets the units above the leader's units, from the root down, whose common reports the leader sees.</summary>
    public IReadOnlyList<ReleasedUnit> UnitsAbove { get; }

    /// <summary>Gets the units the leader leads and every unit below them, in the release's order.</summary>
    public IReadOnlyList<ReleasedUnit> OwnUnits { get; }

    /// <summary>Gets every unit of the view: the units above, then the leader's own.</summary>
    public IReadOnlyList<ReleasedUnit> Units { get; }

    /// <summary>Cuts a leader's view from a release.</summary>
    /// <param name="release">The round's release.</param>
    /// <param name="leader">The leader.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="release"/> is null.</exception>
    /// <exception cref="ArgumentException">The leader leads no unit of the release.</exception>
    public static LeaderView For(Release release, PersonId leader)
    {
        if (release is null)
        {
            throw new ArgumentNullException(nameof(release));
        }

        var led = release.Units.Where(u => u.Leader == leader).Select(u => u.Id).ToList();
        if (led.Count == 0)
        {
            throw new ArgumentException($"The leader '{leader}' leads no unit of the release.", nameof(leader));
        }

        var own = new HashSet<UnitId>(led.SelectMany(release.Subtree));
        var above = new List<UnitId>();
        foreach (var id in led)
        {
            foreach (var ancestor in release.Ancestors(id))
            {
                if (!own.Contains(ancestor) && !above.Contains(ancestor))
                {
                    above.Add(ancestor);
                }
            }
        }

        var depth = above.ToDictionary(a => a, a => release.Ancestors(a).Count);
        return new LeaderView(
            leader,
            release.Threshold,
            above.OrderBy(a => depth[a]).Select(a => release.Unit(a)!).ToList().AsReadOnly(),
            release.Units.Where(u => own.Contains(u.Id)).ToList().AsReadOnly());
    }

    /// <summary>Tells whether a unit is one of the leader's own (led by them or below one they lead).</summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>Whether the unit is in the leader's area.</returns>
    public bool IsOwn(UnitId id) => _own.Contains(id);

    /// <summary>Writes the view as JSON in the release's shape (a release document holding only the view's units).</summary>
    /// <returns>The document's bytes.</returns>
    public byte[] ToJson() => ReleaseJson.Write(Threshold, Units);

    /// <summary>Renders the view as the A4 report: the common reports above, then the leader's area, each unit's figures or why they are not shown.</summary>
    /// <param name="language">The language.</param>
    /// <param name="catalog">The indicators' names; the ForBedring catalogue when null.</param>
    /// <returns>Plain text, lines ending in <c>\n</c>.</returns>
    public string Render(TextLanguage language, IndicatorCatalog? catalog = null)
    {
        catalog ??= IndicatorCatalog.ForBedring;
        var culture = LocalizedText.CultureOf(language);
        var text = new StringBuilder();
        text.Append(Title.Format(language, Leader.Value, Threshold)).Append('\n');
        if (UnitsAbove.Count > 0)
        {
            text.Append('\n').Append(CommonHeading.In(language)).Append('\n');
            foreach (var unit in UnitsAbove)
            {
                Unit(text, unit, 0);
            }
        }

        text.Append('\n').Append(OwnHeading.In(language)).Append('\n');
        var depthOf = new Dictionary<UnitId, int>();
        foreach (var unit in OwnUnits)
        {
            var depth = unit.ParentId is { } p && depthOf.TryGetValue(p, out var d) ? d + 1 : 0;
            depthOf[unit.Id] = depth;
            Unit(text, unit, depth);
        }

        return text.ToString();

        void Unit(StringBuilder text, ReleasedUnit unit, int depth)
        {
            var indent = new string(' ', 2 + (2 * depth));
            text.Append(indent).Append(unit.Id.Value).Append(": ");
            if (!unit.IsReleased)
            {
                text.Append(Reason(unit.Status).In(language)).Append('\n');
                return;
            }

            text.Append(Respondents.Format(language, unit.Respondents!.Value)).Append('\n');
            foreach (var score in unit.Scores)
            {
                text.Append(indent).Append("  ").Append(catalog.NameOf(score.Indicator, language)).Append(": ")
                    .Append(score.Score.ToString("0.0", culture)).Append('\n');
            }
        }
    }

    internal static LocalizedText Reason(ReleaseStatus status) => status switch
    {
        ReleaseStatus.BelowThreshold => BelowThreshold,
        ReleaseStatus.ProtectsOtherUnit => Protects,
        _ => Withheld,
    };
}

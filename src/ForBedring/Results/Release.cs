using System.Collections.ObjectModel;

namespace ForBedring.Results;

/// <summary>
/// The one release of a round: for every unit of the tree, either its figures or why they are not released, decided
/// for the whole tree at once so that no group of 1 to threshold−1 respondents can be singled out by adding and
/// subtracting released figures. Every leader's view is cut from it.
/// </summary>
public sealed class Release
{
    private readonly Dictionary<UnitId, int> _index;
    private readonly IReadOnlyList<UnitId>[] _children;

    internal Release(int threshold, IReadOnlyList<ReleasedUnit> units)
    {
        Threshold = threshold;
        Units = units;
        _index = new Dictionary<UnitId, int>(units.Count);
        for (var i = 0; i < units.Count; i++)
        {
            _index.Add(units[i].Id, i);
        }

        var children = units.Select(_ => new List<UnitId>()).ToArray();
        foreach (var unit in units)
        {
            if (unit.ParentId is { } parent)
            {
                children[_index[parent]].Add(unit.Id);
            }
            else
            {
                Root = unit;
            }
        }

        _children = children.Select(c => (IReadOnlyList<UnitId>)new ReadOnlyCollection<UnitId>(c)).ToArray();
    }

    /// <summary>Plans which units of a tree are released (the anonymity engine's signature).</summary>
    internal delegate UnitDisclosure[] Planner(ReadOnlySpan<int> parents, ReadOnlySpan<int> respondents, int threshold);

    /// <summary>Audits released figures (the audit's signature).</summary>
    internal delegate DisclosureAuditResult Auditor(IEnumerable<AuditCell> cells, IEnumerable<AuditFigure> figures, int threshold);

    /// <summary>Gets the round's score threshold the release was computed with.</summary>
    public int Threshold { get; }

    /// <summary>Gets every unit of the tree, in the order of the results.</summary>
    public IReadOnlyList<ReleasedUnit> Units { get; }

    /// <summary>Gets the root of the tree.</summary>
    public ReleasedUnit Root { get; } = null!;

    /// <summary>Computes the release of a round's results.</summary>
    /// <param name="results">The round's results.</param>
    /// <returns>The release.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    public static Release Compute(SurveyResults results) => Compute(results, ReleasePlanner.Plan);

    /// <summary>
    /// Computes the release of a round's results after a re-organisation, and refuses it when, together with the
    /// earlier release, its figures would let a group below the threshold be derived.
    /// </summary>
    /// <param name="results">The results over the new tree.</param>
    /// <param name="earlier">The release made before the re-organisation.</param>
    /// <param name="moves">How the respondents attached directly to each earlier unit map into the new units.</param>
    /// <returns>The new release.</returns>
    /// <exception cref="ArgumentNullException">An argument or item is null.</exception>
    /// <exception cref="ArgumentException">A move names a unit that is in neither tree, or the thresholds differ.</exception>
    /// <exception cref="ReleaseRefusedException">The two releases together would reveal a group below the threshold.</exception>
    public static Release ComputeAfterReorganisation(SurveyResults results, Release earlier, IEnumerable<StaffMove> moves)
        => ComputeAfterReorganisation(results, earlier, moves, ReleasePlanner.Plan, DisclosureAudit.Check);

    /// <summary>
    /// Gets this release without the previous round's scores. After a re-organisation the previous scores of the new
    /// units re-express the earlier round's figures over the new tree; when <see cref="ComputeAfterReorganisation(SurveyResults, Release, IEnumerable{StaffMove})"/>
    /// refuses them, release the new round's own figures this way.
    /// </summary>
    /// <returns>The same release with no previous scores.</returns>
    public Release WithoutPreviousScores() =>
        new(Threshold, Units.Select(u => new ReleasedUnit(u.Id, u.ParentId, u.Leader, u.Status, u.Respondents,
            u.Scores.Select(s => new IndicatorScore(s.Indicator, s.Score)).ToList().AsReadOnly())).ToList().AsReadOnly());

    /// <summary>Finds a unit.</summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>The unit, or null when the release has none with that id.</returns>
    public ReleasedUnit? Unit(UnitId id) => _index.TryGetValue(id, out var i) ? Units[i] : null;

    /// <summary>Gets the units directly below a unit.</summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>Their ids; empty for an unknown unit.</returns>
    public IReadOnlyList<UnitId> Children(UnitId id) => _index.TryGetValue(id, out var i) ? _children[i] : Array.Empty<UnitId>();

    /// <summary>Gets a unit and every unit below it, the unit first, depth first.</summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>The ids; empty for an unknown unit.</returns>
    public IReadOnlyList<UnitId> Subtree(UnitId id)
    {
        var list = new List<UnitId>();
        if (!_index.ContainsKey(id))
        {
            return list;
        }

        var stack = new Stack<UnitId>();
        stack.Push(id);
        while (stack.Count > 0)
        {
            var at = stack.Pop();
            list.Add(at);
            var children = Children(at);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return list;
    }

    /// <summary>Gets the units above a unit, nearest first.</summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>The ids of its ancestors; empty for the root or an unknown unit.</returns>
    public IReadOnlyList<UnitId> Ancestors(UnitId id)
    {
        var list = new List<UnitId>();
        var at = Unit(id)?.ParentId;
        while (at is { } parent)
        {
            list.Add(parent);
            at = Unit(parent)?.ParentId;
        }

        return list;
    }

    internal static Release Compute(SurveyResults results, Planner planner)
    {
        if (results is null)
        {
            throw new ArgumentNullException(nameof(results));
        }

        var n = results.Units.Count;
        var parents = new int[n];
        var respondents = new int[n];
        for (var i = 0; i < n; i++)
        {
            parents[i] = results.Units[i].ParentId is { } p ? results.IndexOf(p) : -1;
            respondents[i] = results.Results[i].Respondents ?? -1;
        }

        var plan = planner(parents, respondents, results.Round.ScoreThreshold);
        if (plan is null || plan.Length != n)
        {
            throw new InvalidOperationException("The release planner returned a plan of the wrong length.");
        }

        var units = new ReleasedUnit[n];
        for (var i = 0; i < n; i++)
        {
            var unit = results.Units[i];
            var result = results.Results[i];
            var status = plan[i] switch
            {
                UnitDisclosure.Released => ReleaseStatus.Released,
                UnitDisclosure.BelowThreshold => ReleaseStatus.BelowThreshold,
                UnitDisclosure.ProtectsOtherUnit => ReleaseStatus.ProtectsOtherUnit,
                _ => ReleaseStatus.Withheld,
            };

            // The planner decides; these guards keep a faulty plan from ever releasing what must not be.
            if (result.Respondents is null)
            {
                status = ReleaseStatus.Withheld;
            }
            else if (result.Respondents < results.Round.ScoreThreshold && status == ReleaseStatus.Released)
            {
                status = ReleaseStatus.BelowThreshold;
            }

            units[i] = new ReleasedUnit(unit.Id, unit.ParentId, unit.Leader, status, result.Respondents, result.Scores);
        }

        return new Release(results.Round.ScoreThreshold, Array.AsReadOnly(units));
    }

    internal static Release ComputeAfterReorganisation(SurveyResults results, Release earlier, IEnumerable<StaffMove> moves, Planner planner, Auditor auditor)
    {
        if (results is null)
        {
            throw new ArgumentNullException(nameof(results));
        }

        if (earlier is null)
        {
            throw new ArgumentNullException(nameof(earlier));
        }

        var moveList = Internal.ValueList.Copy(moves, nameof(moves));
        if (earlier.Threshold != results.Round.ScoreThreshold)
        {
            throw new ArgumentException($"The earlier release has threshold {earlier.Threshold}, the round {results.Round.ScoreThreshold}.", nameof(earlier));
        }

        foreach (var move in moveList)
        {
            if ((move.From is { } f && earlier.Unit(f) is null) || (move.To is { } t && results.Unit(t) is null))
            {
                throw new ArgumentException($"The move {move.From}→{move.To} names a unit that is in neither tree.", nameof(moves));
            }
        }

        var release = Compute(results, planner);
        var cells = moveList.Select((m, i) => new AuditCell($"{m.From?.Value ?? "(joined)"}>{m.To?.Value ?? "(left)"}#{i}", m.Respondents)).ToList();
        var figures = new List<AuditFigure>();
        figures.AddRange(Figures(earlier, "earlier:", cells, moveList, m => m.From));
        figures.AddRange(Figures(release, "new:", cells, moveList, m => m.To));
        var audit = auditor(cells, figures, results.Round.ScoreThreshold);
        if (!audit.IsSafe)
        {
            throw new ReleaseRefusedException(results.Round.ScoreThreshold, audit.Leaks);
        }

        return release;
    }

    private static IEnumerable<AuditFigure> Figures(Release release, string label, List<AuditCell> cells, IReadOnlyList<StaffMove> moves, Func<StaffMove, UnitId?> side)
    {
        foreach (var unit in release.Units.Where(u => u.IsReleased))
        {
            var inside = new HashSet<UnitId>(release.Subtree(unit.Id));
            var covered = new List<string>();
            for (var i = 0; i < moves.Count; i++)
            {
                if (side(moves[i]) is { } u && inside.Contains(u))
                {
                    covered.Add(cells[i].Id);
                }
            }

            yield return new AuditFigure(label + unit.Id.Value, covered);
        }
    }
}

using System.Collections.ObjectModel;

namespace ForBedring.Results;

/// <summary>
/// A round's results: the organisation tree and each unit's figures, checked as a whole (one root, no cycles, known
/// parents, respondents within invited and at least those of the units below). Immutable.
/// </summary>
public sealed class SurveyResults : IEquatable<SurveyResults>
{
    private readonly Dictionary<UnitId, int> _index;
    private readonly IReadOnlyList<UnitId>[] _children;

    private SurveyResults(SurveyRound round, IReadOnlyList<OrganisationUnit> units, IReadOnlyList<UnitResult> results, Dictionary<UnitId, int> index)
    {
        Round = round;
        Units = units;
        Results = results;
        _index = index;
        var children = new List<UnitId>[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            children[i] = [];
        }

        foreach (var unit in units)
        {
            if (unit.ParentId is { } parent)
            {
                children[index[parent]].Add(unit.Id);
            }
            else
            {
                Root = unit;
            }
        }

        _children = children.Select(c => (IReadOnlyList<UnitId>)new ReadOnlyCollection<UnitId>(c)).ToArray();
        Indicators = new ReadOnlyCollection<IndicatorId>(results.SelectMany(r => r.Scores).Select(s => s.Indicator).Distinct().ToList());
    }

    /// <summary>Gets the round.</summary>
    public SurveyRound Round { get; }

    /// <summary>Gets the units, in the order given.</summary>
    public IReadOnlyList<OrganisationUnit> Units { get; }

    /// <summary>Gets each unit's figures, in the order of <see cref="Units"/>.</summary>
    public IReadOnlyList<UnitResult> Results { get; }

    /// <summary>Gets the root of the tree (the enterprise).</summary>
    public OrganisationUnit Root { get; } = null!;

    /// <summary>Gets every indicator that has a score somewhere, in the order first met.</summary>
    public IReadOnlyList<IndicatorId> Indicators { get; }

    /// <summary>Checks units and their figures and builds the results.</summary>
    /// <param name="round">The round.</param>
    /// <param name="units">The units, one root, in any order.</param>
    /// <param name="results">One result per unit, in any order.</param>
    /// <returns>The results, with <see cref="Results"/> in the order of the units.</returns>
    /// <exception cref="ArgumentNullException">An argument or item is null.</exception>
    /// <exception cref="SurveyResultsException">The units or figures break a rule; every problem is listed.</exception>
    public static SurveyResults Create(SurveyRound round, IEnumerable<OrganisationUnit> units, IEnumerable<UnitResult> results)
    {
        if (round is null)
        {
            throw new ArgumentNullException(nameof(round));
        }

        var unitList = Internal.ValueList.Copy(units, nameof(units));
        var resultList = Internal.ValueList.Copy(results, nameof(results));
        var problems = Validate(unitList, resultList, out var index, out var ordered);
        if (problems.Count > 0)
        {
            throw new SurveyResultsException(problems);
        }

        return new SurveyResults(round, unitList, ordered!, index);
    }

    /// <summary>Finds a unit.</summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>The unit, or null when the results hold none with that id.</returns>
    public OrganisationUnit? Unit(UnitId id) => _index.TryGetValue(id, out var i) ? Units[i] : null;

    /// <summary>Gets a unit's figures.</summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>The figures, or null when the results hold no such unit.</returns>
    public UnitResult? ResultOf(UnitId id) => _index.TryGetValue(id, out var i) ? Results[i] : null;

    /// <summary>Gets the units directly below a unit.</summary>
    /// <param name="id">The unit's id.</param>
    /// <returns>The ids of its children, in the order of <see cref="Units"/>; empty for an unknown unit.</returns>
    public IReadOnlyList<UnitId> Children(UnitId id) => _index.TryGetValue(id, out var i) ? _children[i] : Array.Empty<UnitId>();

    /// <summary>Tells whether another value holds the same round, units and figures in the same order.</summary>
    /// <param name="other">The other results.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(SurveyResults? other)
        => other is not null && Round == other.Round && Units.SequenceEqual(other.Units) && Results.SequenceEqual(other.Results);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SurveyResults);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((Round.GetHashCode() * 31) + Internal.ValueList.SequenceHash(Units));

    internal int IndexOf(UnitId id) => _index[id];

    /// <summary>Checks the tree and figures; every problem names its unit and field so importers can place it.</summary>
    internal static List<ResultsProblem> Validate(IReadOnlyList<OrganisationUnit> units, IReadOnlyList<UnitResult> results, out Dictionary<UnitId, int> index, out UnitResult[]? ordered)
    {
        var problems = new List<ResultsProblem>();
        index = new Dictionary<UnitId, int>();
        ordered = null;
        if (units.Count == 0)
        {
            problems.Add(new ResultsProblem(ResultsProblemKind.EmptyFile, "There are no units."));
            return problems;
        }

        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (index.TryGetValue(unit.Id, out var first))
            {
                problems.Add(units[first].Name != unit.Name
                    ? new ResultsProblem(ResultsProblemKind.ConflictingUnit, $"The unit id '{unit.Id}' has two names: '{units[first].Name}' and '{unit.Name}'.") { Unit = unit.Id, Field = "unit_name" }
                    : new ResultsProblem(ResultsProblemKind.UnitMismatch, $"The unit '{unit.Id}' occurs twice.") { Unit = unit.Id });
                continue;
            }

            index.Add(unit.Id, i);
        }

        var byUnit = new UnitResult?[units.Count];
        foreach (var result in results)
        {
            if (!index.TryGetValue(result.Unit, out var i))
            {
                problems.Add(new ResultsProblem(ResultsProblemKind.UnitMismatch, $"There are figures for '{result.Unit}', which is not a unit.") { Unit = result.Unit });
            }
            else if (byUnit[i] is not null)
            {
                problems.Add(new ResultsProblem(ResultsProblemKind.UnitMismatch, $"The unit '{result.Unit}' has figures twice.") { Unit = result.Unit });
            }
            else
            {
                byUnit[i] = result;
            }
        }

        var roots = new List<OrganisationUnit>();
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (index[unit.Id] != i)
            {
                continue;
            }

            if (byUnit[i] is null)
            {
                problems.Add(new ResultsProblem(ResultsProblemKind.UnitMismatch, $"The unit '{unit.Id}' has no figures.") { Unit = unit.Id });
            }
            else if (byUnit[i]!.Respondents > byUnit[i]!.Invited)
            {
                problems.Add(new ResultsProblem(ResultsProblemKind.RespondentsAboveInvited, $"The unit '{unit.Id}' has {byUnit[i]!.Respondents} respondents but only {byUnit[i]!.Invited} invited.") { Unit = unit.Id, Field = "respondents" });
            }

            if (unit.ParentId is null)
            {
                roots.Add(unit);
            }
            else if (!index.ContainsKey(unit.ParentId.Value))
            {
                problems.Add(new ResultsProblem(ResultsProblemKind.UnknownParent, $"The unit '{unit.Id}' names the parent '{unit.ParentId}', which is not a unit.") { Unit = unit.Id, Field = "parent_id" });
            }
        }

        if (roots.Count > 1)
        {
            foreach (var extra in roots.Skip(1))
            {
                problems.Add(new ResultsProblem(ResultsProblemKind.RootCount, $"The unit '{extra.Id}' has no parent, but '{roots[0].Id}' is already the root: there can be only one.") { Unit = extra.Id, Field = "parent_id" });
            }
        }

        // A unit is in a cycle when walking up from it returns to it; each cycle is reported once, at its first unit.
        var state = new byte[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            if (index[units[i].Id] != i || state[i] != 0)
            {
                continue;
            }

            var path = new List<int>();
            var at = i;
            while (at >= 0 && state[at] == 0)
            {
                state[at] = 1;
                path.Add(at);
                at = units[at].ParentId is { } p && index.TryGetValue(p, out var pi) ? pi : -1;
            }

            if (at >= 0 && state[at] == 1)
            {
                var cycle = path.Skip(path.IndexOf(at)).Select(c => units[c].Id.Value).ToList();
                problems.Add(new ResultsProblem(ResultsProblemKind.Cycle, $"The units {string.Join(" → ", cycle)} → {cycle[0]} form a cycle.") { Unit = units[at].Id, Field = "parent_id" });
            }

            foreach (var done in path)
            {
                state[done] = 2;
            }
        }

        if (roots.Count == 0 && !problems.Any(p => p.Kind == ResultsProblemKind.Cycle))
        {
            problems.Add(new ResultsProblem(ResultsProblemKind.RootCount, "No unit is the root (every unit has a parent)."));
        }

        var childSum = new long[units.Count];
        var childUnits = new List<string>[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            if (index[units[i].Id] == i && units[i].ParentId is { } p && index.TryGetValue(p, out var pi) && byUnit[i]?.Respondents is { } r)
            {
                childSum[pi] += r;
                (childUnits[pi] ??= []).Add(units[i].Id.Value);
            }
        }

        for (var i = 0; i < units.Count; i++)
        {
            if (byUnit[i]?.Respondents is { } r && r < childSum[i])
            {
                problems.Add(new ResultsProblem(ResultsProblemKind.ParentBelowChildren, $"The unit '{units[i].Id}' has {r} respondents, fewer than the {childSum[i]} of the units below it ({string.Join(", ", childUnits[i])}) together.") { Unit = units[i].Id, Field = "respondents" });
            }
        }

        if (problems.Count == 0)
        {
            ordered = byUnit!;
        }

        return problems;
    }
}

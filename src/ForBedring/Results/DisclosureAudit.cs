using System.Numerics;
using ForBedring.Internal;

namespace ForBedring.Results;

/// <summary>
/// Checks any set of released figures, exactly, for a group of 1 to threshold−1 respondents that can be derived by
/// adding and subtracting them.
/// </summary>
/// <remarks>
/// A group (a set of cells) is derivable exactly when its 0/1 vector over the cells with respondents lies in the span,
/// over the rationals, of the figures' 0/1 vectors. When the figures are laminar (one tree) the derivable groups are
/// the unions of the residual blocks, found in near-linear time. Otherwise (for example two releases across a
/// re-organisation) each connected part is reduced by exact fraction-free Gauss–Jordan elimination over
/// <see cref="BigInteger"/>, and every derivable group below the threshold is enumerated by a bounded search over the
/// pivot cells with fewer respondents than the threshold. See docs/anonymity.md.
/// </remarks>
public static class DisclosureAudit
{
    /// <summary>Audits released figures over cells of respondents.</summary>
    /// <param name="cells">The smallest groups of people that move together (for one tree: each unit's own staff).</param>
    /// <param name="figures">The released figures, each covering a set of cells.</param>
    /// <param name="threshold">The round's score threshold.</param>
    /// <returns>Whether the figures are safe, and every smallest group that can be derived when they are not.</returns>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    /// <exception cref="ArgumentException">Two cells share an id, or a figure names a cell that is not given.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is below 3.</exception>
    public static DisclosureAuditResult Check(IEnumerable<AuditCell> cells, IEnumerable<AuditFigure> figures, int threshold)
    {
        var cellList = ValueList.Copy(cells, nameof(cells));
        var figureList = ValueList.Copy(figures, nameof(figures));
        if (threshold < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold is at least 3.");
        }

        var index = new Dictionary<string, int>(cellList.Count, StringComparer.Ordinal);
        for (var i = 0; i < cellList.Count; i++)
        {
            if (index.TryGetValue(cellList[i].Id, out var earlier))
            {
                throw new ArgumentException($"Cells {earlier} and {i} share the id \"{cellList[i].Id}\".", nameof(cells));
            }

            index.Add(cellList[i].Id, i);
        }

        var weights = new int[cellList.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = cellList[i].Respondents;
        }

        // Figures as sorted sets of cells with respondents; empty and repeated sets are dropped (they add nothing to the span).
        var sets = new List<int[]>();
        var labels = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var f = 0; f < figureList.Count; f++)
        {
            var members = new List<int>(figureList[f].CellIds.Count);
            foreach (var id in figureList[f].CellIds)
            {
                if (!index.TryGetValue(id, out var c))
                {
                    throw new ArgumentException($"Figure {f} (\"{figureList[f].Label}\") names the cell \"{id}\", which is not among the cells.", nameof(figures));
                }

                if (weights[c] > 0)
                {
                    members.Add(c);
                }
            }

            members.Sort();
            var set = members.Distinct().ToArray();
            if (set.Length > 0 && seen.Add(string.Join(",", set)))
            {
                sets.Add(set);
                labels.Add(figureList[f].Label);
            }
        }

        var leaks = new List<Leak>();
        foreach (var component in Components(sets, cellList.Count))
        {
            var componentSets = component.Select(f => sets[f]).ToArray();
            if (!Laminar.TryFindLeaks(componentSets, component, weights, threshold, leaks))
            {
                SpanSearch.FindLeaks(componentSets, weights, threshold, leaks);
            }
        }

        leaks.Sort(static (a, b) =>
        {
            var byRespondents = a.Respondents.CompareTo(b.Respondents);
            if (byRespondents != 0)
            {
                return byRespondents;
            }

            for (var i = 0; i < Math.Min(a.Cells.Length, b.Cells.Length); i++)
            {
                if (a.Cells[i] != b.Cells[i])
                {
                    return a.Cells[i].CompareTo(b.Cells[i]);
                }
            }

            return a.Cells.Length.CompareTo(b.Cells.Length);
        });

        return new DisclosureAuditResult(leaks.Select(l => new DisclosedGroup(l.Cells.Select(c => cellList[c].Id).ToArray(), l.Respondents)
        {
            AddedFigures = l.Added.Select(f => labels[f]).ToArray(),
            SubtractedFigures = l.Subtracted.Select(f => labels[f]).ToArray(),
        }).ToArray());
    }

    /// <summary>Finds, for one tree and its planned release, every released unit whose residual group has 1 to threshold−1 respondents.</summary>
    /// <param name="parents">For each unit, its parent's index or −1 (as for the planner).</param>
    /// <param name="respondents">For each unit, its respondents or −1 when withheld.</param>
    /// <param name="released">For each unit, whether its figures are released.</param>
    /// <param name="threshold">The threshold.</param>
    /// <returns>For each leaking released unit, its index and its residual respondents, in index order.</returns>
    /// <remarks>
    /// The same answer as <see cref="Check"/> over the figures of <see cref="AuditFigures.ForTree"/>, in linear time
    /// and without building the figures: the released units of one tree are laminar, their residual groups are the
    /// blocks, and each block belongs to exactly one released unit.
    /// </remarks>
    internal static List<(int Unit, int Respondents)> CheckTree(ReadOnlySpan<int> parents, ReadOnlySpan<int> respondents, ReadOnlySpan<bool> released, int threshold)
    {
        var own = ReleasePlanner.OwnPeople(parents, respondents);
        var n = parents.Length;
        for (var v = 0; v < n; v++)
        {
            if (released[v] && respondents[v] < 0)
            {
                throw new ArgumentException($"Unit {v} is withheld and cannot be released.", nameof(released));
            }
        }

        // The people of each known unit in no released unit within its subtree, carried to the nearest released ancestor.
        var residual = new int[n];
        var releasedAncestor = new int[n];
        var order = TopDown(parents);
        for (var idx = 0; idx < n; idx++)
        {
            var v = order[idx];
            var p = parents[v];
            releasedAncestor[v] = p < 0 ? -1 : released[p] ? p : releasedAncestor[p];
        }

        for (var v = 0; v < n; v++)
        {
            if (respondents[v] < 0)
            {
                continue;
            }

            var holder = released[v] ? v : releasedAncestor[v];
            if (holder >= 0)
            {
                residual[holder] += own[v];
            }
        }

        var leaks = new List<(int Unit, int Respondents)>();
        for (var v = 0; v < n; v++)
        {
            if (released[v] && residual[v] > 0 && residual[v] < threshold)
            {
                leaks.Add((v, residual[v]));
            }
        }

        return leaks;
    }

    private static int[] TopDown(ReadOnlySpan<int> parents)
    {
        var n = parents.Length;
        var start = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            if (parents[i] >= 0)
            {
                start[parents[i] + 1]++;
            }
        }

        for (var i = 0; i < n; i++)
        {
            start[i + 1] += start[i];
        }

        var children = new int[start[n]];
        var fill = new int[n];
        for (var i = 0; i < n; i++)
        {
            if (parents[i] >= 0)
            {
                children[start[parents[i]] + fill[parents[i]]++] = i;
            }
        }

        var order = new int[n];
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            if (parents[i] < 0)
            {
                order[count++] = i;
            }
        }

        for (var head = 0; head < count; head++)
        {
            var v = order[head];
            for (var c = start[v]; c < start[v + 1]; c++)
            {
                order[count++] = children[c];
            }
        }

        return order;
    }

    /// <summary>Splits the figures into groups that share no cell (their spans add directly).</summary>
    private static List<int[]> Components(List<int[]> sets, int cellCount)
    {
        var parent = new int[sets.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        var firstFigure = new int[cellCount];
        firstFigure.AsSpan().Fill(-1);
        for (var f = 0; f < sets.Count; f++)
        {
            foreach (var c in sets[f])
            {
                if (firstFigure[c] < 0)
                {
                    firstFigure[c] = f;
                }
                else
                {
                    var a = Find(parent, f);
                    var b = Find(parent, firstFigure[c]);
                    if (a != b)
                    {
                        parent[Math.Max(a, b)] = Math.Min(a, b);
                    }
                }
            }
        }

        var groups = new Dictionary<int, List<int>>();
        var result = new List<int[]>();
        var ordered = new List<List<int>>();
        for (var f = 0; f < sets.Count; f++)
        {
            var root = Find(parent, f);
            if (!groups.TryGetValue(root, out var list))
            {
                list = [];
                groups.Add(root, list);
                ordered.Add(list);
            }

            list.Add(f);
        }

        foreach (var list in ordered)
        {
            result.Add(list.ToArray());
        }

        return result;
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    /// <summary>A derivable group below the threshold: its cells (ascending), respondents and, where known, its derivation.</summary>
    internal sealed class Leak(int[] cells, int respondents, int[] added, int[] subtracted)
    {
        public int[] Cells { get; } = cells;

        public int Respondents { get; } = respondents;

        public int[] Added { get; } = added;

        public int[] Subtracted { get; } = subtracted;
    }
}

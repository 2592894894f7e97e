namespace ForBedring.Results;

/// <summary>
/// Decides which units of one organisation tree may be released so that no group of 1 to threshold−1 respondents
/// can be singled out by adding and subtracting released figures, hiding as few units as possible.
/// </summary>
/// <remarks>
/// <para>
/// The rule: the people of a released unit who are in no released unit below it number either zero or at least the
/// threshold k. Released figures of one tree form a laminar family, whose span holds exactly the unions of these
/// residual groups (docs/anonymity.md), so the rule is also sufficient.
/// </para>
/// <para>
/// A withheld unit (respondents −1) is never released and is transparent: its people count in the nearest ancestor
/// with known figures, whose own people are its known total minus the known totals of its nearest known descendants.
/// </para>
/// <para>
/// A dynamic programme over the tree, O(n·k²): for each unit and each capped deficit d ∈ {0, …, k} (people of its
/// subtree in no released unit, k meaning "k or more"), the most units that can be released in its subtree. Among
/// the releases with the most units, ties are broken deterministically from the roots downwards: a unit is released
/// whenever an optimal release with it exists given the choices above it; a root takes the smallest deficit that is
/// optimal; children's deficits are split giving the child with the lowest index the smallest feasible deficit
/// (so it is released where possible), then the next. No recursion: depth may be anything.
/// </para>
/// </remarks>
internal static class ReleasePlanner
{
    private const int Impossible = -1;

    /// <summary>Plans the release of a tree of units.</summary>
    /// <param name="parents">For each unit, the index of its parent, or −1 for a root. Units may come in any order.</param>
    /// <param name="respondents">For each unit, its respondents (covering the unit and everything below it), or −1 when the vendor withheld its figures.</param>
    /// <param name="threshold">The round's score threshold (at least 3).</param>
    /// <returns>For each unit, whether it is released or why not.</returns>
    /// <exception cref="ArgumentException">The lengths differ, a parent is out of range, the parents form a cycle, respondents are below −1, or a unit has fewer respondents than its nearest known descendants together.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is below 3.</exception>
    public static UnitDisclosure[] Plan(ReadOnlySpan<int> parents, ReadOnlySpan<int> respondents, int threshold)
    {
        var tree = Prepare(parents, respondents, threshold);
        return Solve(tree, respondents, threshold);
    }

    /// <summary>Computes each known unit's own people: its total minus its nearest known descendants' totals; −1 for withheld units.</summary>
    /// <param name="parents">The parents, as for <see cref="Plan"/>.</param>
    /// <param name="respondents">The respondents, as for <see cref="Plan"/>.</param>
    /// <returns>For each unit, its own people, or −1 when withheld.</returns>
    public static int[] OwnPeople(ReadOnlySpan<int> parents, ReadOnlySpan<int> respondents)
    {
        var tree = Prepare(parents, respondents, 3);
        return tree.Own;
    }

    /// <summary>Computes, for each unit, its nearest ancestor with known figures, or −1.</summary>
    /// <param name="parents">The parents, as for <see cref="Plan"/>.</param>
    /// <param name="respondents">The respondents, as for <see cref="Plan"/>.</param>
    /// <returns>For each unit, the nearest known ancestor's index or −1.</returns>
    public static int[] KnownParents(ReadOnlySpan<int> parents, ReadOnlySpan<int> respondents)
        => Prepare(parents, respondents, 3).KnownParent;

    private static Tree Prepare(ReadOnlySpan<int> parents, ReadOnlySpan<int> respondents, int threshold)
    {
        if (threshold < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold is at least 3.");
        }

        var n = parents.Length;
        if (respondents.Length != n)
        {
            throw new ArgumentException($"There are {n} parents but {respondents.Length} respondent counts.", nameof(respondents));
        }

        for (var i = 0; i < n; i++)
        {
            if (parents[i] < -1 || parents[i] >= n || parents[i] == i)
            {
                throw new ArgumentException($"Unit {i} has parent {parents[i]}, which is not a unit index (0 to {n - 1}) or −1.", nameof(parents));
            }

            if (respondents[i] < -1)
            {
                throw new ArgumentException($"Unit {i} has {respondents[i]} respondents; only −1 (withheld) may be negative.", nameof(respondents));
            }
        }

        // Children in CSR form, in index order.
        var childStart = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            if (parents[i] >= 0)
            {
                childStart[parents[i] + 1]++;
            }
        }

        for (var i = 0; i < n; i++)
        {
            childStart[i + 1] += childStart[i];
        }

        var children = new int[childStart[n]];
        var fill = new int[n];
        for (var i = 0; i < n; i++)
        {
            var p = parents[i];
            if (p >= 0)
            {
                children[childStart[p] + fill[p]++] = i;
            }
        }

        // Breadth-first from the roots: parents come before children; a unit not reached hangs off a cycle.
        var order = new int[n];
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            if (parents[i] == -1)
            {
                order[count++] = i;
            }
        }

        for (var head = 0; head < count; head++)
        {
            var v = order[head];
            for (var c = childStart[v]; c < childStart[v + 1]; c++)
            {
                order[count++] = children[c];
            }
        }

        if (count != n)
        {
            var reached = new bool[n];
            for (var i = 0; i < count; i++)
            {
                reached[order[i]] = true;
            }

            var first = Array.IndexOf(reached, false);
            throw new ArgumentException($"Unit {first} does not lead to a root: the parents form a cycle.", nameof(parents));
        }

        var knownParent = new int[n];
        var own = new int[n];
        for (var idx = 0; idx < n; idx++)
        {
            var v = order[idx];
            var p = parents[v];
            knownParent[v] = p < 0 ? -1 : respondents[p] >= 0 ? p : knownParent[p];
            own[v] = respondents[v];
        }

        for (var v = 0; v < n; v++)
        {
            if (respondents[v] >= 0 && knownParent[v] >= 0)
            {
                own[knownParent[v]] -= respondents[v];
            }
        }

        for (var v = 0; v < n; v++)
        {
            if (respondents[v] >= 0 && own[v] < 0)
            {
                throw new ArgumentException(
                    $"Unit {v} has {respondents[v]} respondents, fewer than its units below with known figures together ({respondents[v] - own[v]}).",
                    nameof(respondents));
            }
        }

        return new Tree(order, knownParent, own);
    }

    private static UnitDisclosure[] Solve(Tree tree, ReadOnlySpan<int> respondents, int k)
    {
        var n = tree.Order.Length;
        var width = k + 1;
        var order = tree.Order;
        var knownParent = tree.KnownParent;

        // Known children in CSR form, in index order.
        var start = new int[n + 1];
        for (var v = 0; v < n; v++)
        {
            if (respondents[v] >= 0 && knownParent[v] >= 0)
            {
                start[knownParent[v] + 1]++;
            }
        }

        for (var v = 0; v < n; v++)
        {
            start[v + 1] += start[v];
        }

        var kids = new int[start[n]];
        var fill = new int[n];
        for (var v = 0; v < n; v++)
        {
            if (respondents[v] >= 0 && knownParent[v] >= 0)
            {
                var p = knownParent[v];
                kids[start[p] + fill[p]++] = v;
            }
        }

        // best[v·width + d]: most released units in v's subtree with capped deficit d (Impossible when none).
        // prefix[(start[v] + v + i)·width + d]: the same before deciding v, over v's own people and its first i children.
        var best = new int[n * width];
        var prefix = new int[(start[n] + n) * width];
        var top = new int[n];
        var releaseFrom = new sbyte[n];
        best.AsSpan().Fill(Impossible);
        prefix.AsSpan().Fill(Impossible);

        for (var idx = n - 1; idx >= 0; idx--)
        {
            var v = order[idx];
            if (respondents[v] < 0)
            {
                continue;
            }

            var baseRow = start[v] + v;
            var g = prefix.AsSpan(baseRow * width, width);
            g[Math.Min(tree.Own[v], k)] = 0;
            var gTop = Math.Min(tree.Own[v], k);
            // Children are combined from the highest index down, so that reconstruction decides the lowest first.
            var m = start[v + 1] - start[v];
            for (var i = 1; i <= m; i++)
            {
                var child = kids[start[v + 1] - i];
                var prev = prefix.AsSpan((baseRow + i - 1) * width, width);
                var next = prefix.AsSpan((baseRow + i) * width, width);
                var f = best.AsSpan(child * width, width);
                var cTop = top[child];
                for (var a = 0; a <= gTop; a++)
                {
                    if (prev[a] < 0)
                    {
                        continue;
                    }

                    for (var b = 0; b <= cTop; b++)
                    {
                        if (f[b] < 0)
                        {
                            continue;
                        }

                        var d = Math.Min(a + b, k);
                        var value = prev[a] + f[b];
                        if (value > next[d])
                        {
                            next[d] = value;
                        }
                    }
                }

                gTop = Math.Min(gTop + cTop, k);
            }

            var last = prefix.AsSpan((baseRow + m) * width, width);
            var own = best.AsSpan(v * width, width);
            last.CopyTo(own);
            top[v] = gTop;
            releaseFrom[v] = -1;
            if (respondents[v] >= k)
            {
                // Released: the residual (deficit before deciding) must be 0 or at least k; it passes 0 upwards.
                var from = last[0] >= last[k] ? 0 : k;
                if (last[from] >= 0 && last[from] + 1 >= own[0])
                {
                    own[0] = last[from] + 1;
                    releaseFrom[v] = (sbyte)from;
                }
            }
        }

        // Reconstruction from the roots downwards.
        var result = new UnitDisclosure[n];
        var target = new int[n];
        for (var idx = 0; idx < n; idx++)
        {
            var v = order[idx];
            if (respondents[v] < 0)
            {
                result[v] = UnitDisclosure.Withheld;
                continue;
            }

            var own = best.AsSpan(v * width, width);
            if (knownParent[v] < 0)
            {
                var d = 0;
                for (var i = 1; i <= k; i++)
                {
                    if (own[i] > own[d])
                    {
                        d = i;
                    }
                }

                target[v] = d;
            }

            var t = target[v];
            var baseRow = start[v] + v;
            var m = start[v + 1] - start[v];
            var last = prefix.AsSpan((baseRow + m) * width, width);
            if (t == 0 && releaseFrom[v] >= 0 && last[releaseFrom[v]] + 1 == own[0])
            {
                result[v] = UnitDisclosure.Released;
                t = releaseFrom[v];
            }
            else
            {
                result[v] = respondents[v] < k ? UnitDisclosure.BelowThreshold : UnitDisclosure.ProtectsOtherUnit;
            }

            for (var i = m; i >= 1; i--)
            {
                var child = kids[start[v + 1] - i];
                var prev = prefix.AsSpan((baseRow + i - 1) * width, width);
                var next = prefix.AsSpan((baseRow + i) * width, width);
                var f = best.AsSpan(child * width, width);
                var found = false;
                for (var b = 0; b <= k && !found; b++)
                {
                    if (f[b] < 0)
                    {
                        continue;
                    }

                    for (var a = 0; a <= k; a++)
                    {
                        if (prev[a] >= 0 && Math.Min(a + b, k) == t && prev[a] + f[b] == next[t])
                        {
                            target[child] = b;
                            t = a;
                            found = true;
                            break;
                        }
                    }
                }
            }
        }

        return result;
    }

    private sealed class Tree(int[] order, int[] knownParent, int[] own)
    {
        public int[] Order { get; } = order;

        public int[] KnownParent { get; } = knownParent;

        public int[] Own { get; } = own;
    }
}

using System.Numerics;

namespace ForBedring.Results;

/// <summary>
/// The audit's general exact path: every group of 1 to threshold−1 respondents whose 0/1 vector lies in the rational
/// span of the figures, by fraction-free Gauss–Jordan elimination and a bounded search.
/// </summary>
/// <remarks>
/// <para>
/// Cells that lie in exactly the same figures always move together in the span (their coordinates are equal in every
/// combination), so they are merged into one column first. A merged column with at least threshold respondents can
/// never be part of a group below the threshold, so such columns are eliminated first: they become pivots where
/// possible and are then fixed at 0, and the search branches only on the remaining ("light") pivots.
/// </para>
/// <para>
/// With the reduced rows R (pivot P_i in column p_i), a vector x lies in the row space exactly when every free column
/// j satisfies x_j = Σ_i (R_ij / P_i)·x_(p_i): the pivot coordinates determine the rest. The search enumerates sets of
/// light pivots whose respondents stay below the threshold (each adds at least one, so at most threshold−1 of them),
/// computes the free coordinates incrementally and keeps the choices that make them all 0 or 1 with the total below
/// the threshold. Exact and complete; worst case O(L^(k−1)) for L light pivots.
/// </para>
/// </remarks>
internal static class SpanSearch
{
    /// <summary>Adds every inclusion-minimal derivable group below the threshold of one connected part to <paramref name="leaks"/>.</summary>
    /// <param name="sets">The part's figures, as sorted sets of cells with respondents.</param>
    /// <param name="weights">Respondents per cell.</param>
    /// <param name="threshold">The threshold.</param>
    /// <param name="leaks">Where leaks are added.</param>
    public static void FindLeaks(int[][] sets, int[] weights, int threshold, List<DisclosureAudit.Leak> leaks)
    {
        // Merge cells by the figures that hold them.
        var holders = new Dictionary<int, List<int>>();
        for (var f = 0; f < sets.Length; f++)
        {
            foreach (var c in sets[f])
            {
                if (!holders.TryGetValue(c, out var list))
                {
                    list = [];
                    holders.Add(c, list);
                }

                list.Add(f);
            }
        }

        var columnsByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var members = new List<List<int>>();
        var columnWeight = new List<long>();
        var columnFigures = new List<List<int>>();
        foreach (var cell in holders.Keys.OrderBy(c => c))
        {
            var key = string.Join(",", holders[cell]);
            if (!columnsByKey.TryGetValue(key, out var column))
            {
                column = members.Count;
                columnsByKey.Add(key, column);
                members.Add([]);
                columnWeight.Add(0);
                columnFigures.Add(holders[cell]);
            }

            members[column].Add(cell);
            columnWeight[column] += weights[cell];
        }

        var m = members.Count;

        // Column order for elimination: heavy columns first, then light, each by first cell.
        var columnOrder = Enumerable.Range(0, m).OrderBy(c => columnWeight[c] < threshold ? 1 : 0).ThenBy(c => members[c][0]).ToArray();
        var rows = new BigInteger[sets.Length][];
        for (var f = 0; f < sets.Length; f++)
        {
            rows[f] = new BigInteger[m];
        }

        for (var c = 0; c < m; c++)
        {
            foreach (var f in columnFigures[c])
            {
                rows[f][c] = BigInteger.One;
            }
        }

        var pivotRowOfColumn = new int[m];
        pivotRowOfColumn.AsSpan().Fill(-1);
        var rank = 0;
        foreach (var col in columnOrder)
        {
            var r = rank;
            while (r < rows.Length && rows[r][col].IsZero)
            {
                r++;
            }

            if (r == rows.Length)
            {
                continue;
            }

            (rows[rank], rows[r]) = (rows[r], rows[rank]);
            var pivotRow = rows[rank];
            var pivot = pivotRow[col];
            for (var i = 0; i < rows.Length; i++)
            {
                if (i == rank || rows[i][col].IsZero)
                {
                    continue;
                }

                var factor = rows[i][col];
                var row = rows[i];
                var gcd = BigInteger.Zero;
                for (var j = 0; j < m; j++)
                {
                    row[j] = (pivot * row[j]) - (factor * pivotRow[j]);
                    gcd = BigInteger.GreatestCommonDivisor(gcd, row[j]);
                }

                if (!gcd.IsZero && !gcd.IsOne)
                {
                    for (var j = 0; j < m; j++)
                    {
                        row[j] /= gcd;
                    }
                }
            }

            pivotRowOfColumn[col] = rank;
            rank++;
        }

        // Light pivots (the only ones that may be 1), in elimination order, and the free columns they touch.
        var light = columnOrder.Where(c => pivotRowOfColumn[c] >= 0 && columnWeight[c] < threshold).ToArray();
        if (light.Length == 0)
        {
            return;
        }

        var denominator = BigInteger.One;
        foreach (var c in light)
        {
            var p = BigInteger.Abs(rows[pivotRowOfColumn[c]][c]);
            denominator = denominator / BigInteger.GreatestCommonDivisor(denominator, p) * p;
        }

        var free = new List<int>();
        for (var c = 0; c < m; c++)
        {
            if (pivotRowOfColumn[c] < 0 && light.Any(l => !rows[pivotRowOfColumn[l]][c].IsZero))
            {
                free.Add(c);
            }
        }

        // coefficient[l][j] = R_(row of l, free j) · D / P_l, so that D·x_j = Σ_l coefficient[l][j]·x_l.
        var coefficient = new BigInteger[light.Length][];
        var lastLight = new int[free.Count];
        for (var l = 0; l < light.Length; l++)
        {
            var row = rows[pivotRowOfColumn[light[l]]];
            var scale = denominator / row[light[l]];
            coefficient[l] = new BigInteger[free.Count];
            for (var j = 0; j < free.Count; j++)
            {
                coefficient[l][j] = row[free[j]] * scale;
                if (!coefficient[l][j].IsZero)
                {
                    lastLight[j] = l;
                }
            }
        }

        var search = new Search(light, free.ToArray(), columnWeight.ToArray(), coefficient, lastLight, denominator, threshold);
        search.Run();

        // Keep the inclusion-minimal groups and expand merged columns into cells.
        var found = search.Found;
        for (var a = 0; a < found.Count; a++)
        {
            var minimal = true;
            for (var b = 0; b < found.Count && minimal; b++)
            {
                if (a != b && found[b].Count < found[a].Count && found[b].All(found[a].Contains))
                {
                    minimal = false;
                }
            }

            if (minimal)
            {
                var cells = found[a].SelectMany(c => members[c]).OrderBy(c => c).ToArray();
                var respondents = found[a].Sum(c => columnWeight[c]);
                leaks.Add(new DisclosureAudit.Leak(cells, (int)respondents, [], []));
            }
        }
    }

    private sealed class Search(int[] light, int[] free, long[] weight, BigInteger[][] coefficient, int[] lastLight, BigInteger denominator, int threshold)
    {
        private readonly BigInteger[] _sum = Enumerable.Repeat(BigInteger.Zero, free.Length).ToArray();
        private readonly List<int> _chosen = [];

        public List<HashSet<int>> Found { get; } = [];

        public void Run() => Extend(0, 0);

        private void Extend(int from, long chosenWeight)
        {
            for (var l = from; l < light.Length; l++)
            {
                var w = weight[light[l]];
                if (chosenWeight + w >= threshold)
                {
                    continue;
                }

                Add(l, 1);
                _chosen.Add(l);
                if (Evaluate(l, chosenWeight + w, out var complete, out var total) && complete)
                {
                    Record(total);
                }

                // Columns with no later light coefficient are final: if one is already invalid or too heavy, no extension helps.
                if (Evaluate(l, chosenWeight + w, out _, out _, finalOnly: true))
                {
                    Extend(l + 1, chosenWeight + w);
                }

                _chosen.RemoveAt(_chosen.Count - 1);
                Add(l, -1);
            }
        }

        private void Add(int l, int sign)
        {
            var row = coefficient[l];
            for (var j = 0; j < _sum.Length; j++)
            {
                if (!row[j].IsZero)
                {
                    _sum[j] = sign > 0 ? _sum[j] + row[j] : _sum[j] - row[j];
                }
            }
        }

        /// <summary>Checks the free coordinates (all, or only those no later light pivot can change).</summary>
        private bool Evaluate(int last, long chosenWeight, out bool complete, out long total, bool finalOnly = false)
        {
            complete = true;
            total = chosenWeight;
            for (var j = 0; j < _sum.Length; j++)
            {
                if (finalOnly && lastLight[j] > last)
                {
                    continue;
                }

                var s = _sum[j];
                if (s.IsZero)
                {
                    continue;
                }

                if (s == denominator && weight[free[j]] < threshold)
                {
                    total += weight[free[j]];
                    continue;
                }

                complete = false;
                if (finalOnly)
                {
                    return false;
                }
            }

            if (total >= threshold)
            {
                complete = false;
                return !finalOnly;
            }

            return true;
        }

        private void Record(long total)
        {
            _ = total;
            var group = new HashSet<int>(_chosen.Select(l => light[l]));
            for (var j = 0; j < _sum.Length; j++)
            {
                if (_sum[j] == denominator)
                {
                    group.Add(free[j]);
                }
            }

            Found.Add(group);
        }
    }
}

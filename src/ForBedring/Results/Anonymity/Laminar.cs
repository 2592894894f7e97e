namespace ForBedring.Results;

/// <summary>The audit's fast exact path for figures that nest (any two are disjoint or one holds the other).</summary>
internal static class Laminar
{
    /// <summary>
    /// Tests whether the sets are laminar and, when they are, adds each residual block with 1 to threshold−1
    /// respondents to <paramref name="leaks"/>: a block is a set minus the sets directly inside it, and the derivable
    /// groups are exactly the unions of blocks.
    /// </summary>
    /// <param name="sets">Distinct, non-empty, sorted sets of cells.</param>
    /// <param name="figureIds">The figure number of each set (for the derivation).</param>
    /// <param name="weights">Respondents per cell.</param>
    /// <param name="threshold">The threshold.</param>
    /// <param name="leaks">Where leaks are added.</param>
    /// <returns>Whether the sets are laminar (when not, nothing is added).</returns>
    public static bool TryFindLeaks(int[][] sets, int[] figureIds, int[] weights, int threshold, List<DisclosureAudit.Leak> leaks)
    {
        var order = new int[sets.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Larger sets first; a set's cells must then all have the same smallest holder so far (its parent).
        Array.Sort(order, (a, b) => sets[a].Length != sets[b].Length ? sets[b].Length.CompareTo(sets[a].Length) : a.CompareTo(b));
        var owner = new Dictionary<int, int>();
        var parent = new int[sets.Length];
        foreach (var f in order)
        {
            var expected = owner.TryGetValue(sets[f][0], out var o) ? o : -1;
            foreach (var c in sets[f])
            {
                var current = owner.TryGetValue(c, out var h) ? h : -1;
                if (current != expected)
                {
                    return false;
                }
            }

            parent[f] = expected;
            foreach (var c in sets[f])
            {
                owner[c] = f;
            }
        }

        var blocks = new List<int>[sets.Length];
        var children = new List<int>[sets.Length];
        for (var f = 0; f < sets.Length; f++)
        {
            blocks[f] = [];
            children[f] = [];
        }

        foreach (var pair in owner)
        {
            blocks[pair.Value].Add(pair.Key);
        }

        for (var f = 0; f < sets.Length; f++)
        {
            if (parent[f] >= 0)
            {
                children[parent[f]].Add(f);
            }
        }

        for (var f = 0; f < sets.Length; f++)
        {
            var respondents = 0L;
            foreach (var c in blocks[f])
            {
                respondents += weights[c];
            }

            if (respondents > 0 && respondents < threshold)
            {
                blocks[f].Sort();
                children[f].Sort();
                leaks.Add(new DisclosureAudit.Leak(
                    blocks[f].ToArray(),
                    (int)respondents,
                    [figureIds[f]],
                    children[f].Select(child => figureIds[child]).OrderBy(x => x).ToArray()));
            }
        }

        return true;
    }
}

namespace ForBedring.Tests.Meetings.Groups;

/// <summary>
/// A small port of the genetic solver of "Good Enough Golfers" (islemaster/good-enough-golfers, lib/geneticSolver.js),
/// the tool people use today, to compare the planner against.
/// </summary>
/// <remarks>
/// Faithful to the original: rounds are planned one at a time (greedy round by round); the pair weights start at
/// zero and grow by one each time a pair meets; a round's cost is Σ over its groups' pairs of weight²; each round starts
/// from 5 random partitions, and each of 30 generations keeps the original candidates, adds every swap of a person in
/// the costliest group with a person outside it and 2 fresh random partitions, then keeps the candidates with the best
/// cost (shuffled, at most 100); it stops early at cost 0. Assumptions where the port differs: uneven sizes (GEG only
/// knows groups × size) use the planner's layout, a swap exchanging positions across groups of unequal size; and when
/// every candidate ties, all are kept (GEG's <c>findIndex</c> returning −1 would drop the last one).
/// </remarks>
internal sealed class GoodEnoughGolfers(int seed, int generations = 30)
{
    private const int RandomMutations = 2;
    private const int MaxDescendantsToExplore = 100;
    private const int StartingOptions = 5;

    private readonly Random _random = new(seed);

    public List<int[][]> Solve(int people, IReadOnlyList<int> sizes, int rounds)
    {
        var weights = new int[people, people];
        var result = new List<int[][]>();
        for (var round = 0; round < rounds; round++)
        {
            var top = Enumerable.Range(0, StartingOptions).Select(_ => Score(RandomPartition(people, sizes), weights)).ToList();
            for (var generation = 0; generation < generations && top[0].Total > 0; generation++)
            {
                var candidates = Mutations(top, people, sizes, weights);
                candidates.Sort((a, b) => a.Total.CompareTo(b.Total));
                var best = candidates[0].Total;
                top = [.. Shuffle(candidates.TakeWhile(c => c.Total == best).ToList()).Take(MaxDescendantsToExplore)];
            }

            var chosen = top[0].Groups;
            result.Add(chosen);
            foreach (var group in chosen)
            {
                for (var i = 0; i < group.Length; i++)
                {
                    for (var j = i + 1; j < group.Length; j++)
                    {
                        weights[group[i], group[j]]++;
                        weights[group[j], group[i]]++;
                    }
                }
            }
        }

        return result;
    }

    private List<Candidate> Mutations(List<Candidate> top, int people, IReadOnlyList<int> sizes, int[,] weights)
    {
        var mutations = new List<Candidate>();
        foreach (var candidate in top)
        {
            // Costliest group first (a stable sort of the scores, reversed, as lodash's sortBy then reverse).
            var order = Enumerable.Range(0, candidate.Groups.Length).OrderBy(g => candidate.GroupScores[g]).Reverse().ToList();
            var sorted = order.Select(g => candidate.Groups[g]).ToArray();
            mutations.Add(candidate);
            var flat = sorted.SelectMany(g => g).ToArray();
            var first = sorted[0].Length;
            for (var i = 0; i < first; i++)
            {
                for (var j = first; j < people; j++)
                {
                    var copy = (int[])flat.Clone();
                    (copy[i], copy[j]) = (copy[j], copy[i]);
                    mutations.Add(Score(Cut(copy, sorted.Select(g => g.Length).ToArray()), weights));
                }
            }

            for (var i = 0; i < RandomMutations; i++)
            {
                mutations.Add(Score(RandomPartition(people, sizes), weights));
            }
        }

        return mutations;
    }

    private int[][] RandomPartition(int people, IReadOnlyList<int> sizes)
        => Cut([.. Shuffle(Enumerable.Range(0, people).ToList())], sizes);

    private static int[][] Cut(int[] flat, IReadOnlyList<int> sizes)
    {
        var groups = new int[sizes.Count][];
        var at = 0;
        for (var g = 0; g < sizes.Count; g++)
        {
            groups[g] = flat[at..(at + sizes[g])];
            at += sizes[g];
        }

        return groups;
    }

    private static Candidate Score(int[][] groups, int[,] weights)
    {
        var scores = new long[groups.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            for (var i = 0; i < groups[g].Length; i++)
            {
                for (var j = i + 1; j < groups[g].Length; j++)
                {
                    long w = weights[groups[g][i], groups[g][j]];
                    scores[g] += w * w;
                }
            }
        }

        return new Candidate(groups, scores, scores.Sum());
    }

    private List<T> Shuffle<T>(List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items;
    }

    private sealed record Candidate(int[][] Groups, long[] GroupScores, long Total);
}

using ForBedring.Results;

namespace ForBedring.Tests.Results.Anonymity;

/// <summary>
/// Two small trees over the same cells: the old organisation, and the new one after moving subtrees, merging a unit
/// into its parent, or moving some people (a cell) to another unit. Unit indices are shared; a merged unit stays as an
/// empty leaf (no respondents, so never released).
/// </summary>
internal sealed class Reorganisation
{
    public required int[] OldParents { get; init; }

    public required int[] NewParents { get; init; }

    public required int[] OldUnitOfCell { get; init; }

    public required int[] NewUnitOfCell { get; init; }

    public required int[] Weights { get; init; }

    public int UnitCount => OldParents.Length;

    public static Reorganisation Create(Random random, int maxUnits = 6, int steps = 2)
    {
        var units = random.Next(2, maxUnits + 1);
        var oldParents = new int[units];
        oldParents[0] = -1;
        for (var u = 1; u < units; u++)
        {
            oldParents[u] = random.Next(u);
        }

        var unitOfCell = new List<int>();
        var weights = new List<int>();
        for (var u = 0; u < units; u++)
        {
            for (var c = random.Next(1, 3); c > 0; c--)
            {
                unitOfCell.Add(u);
                weights.Add(random.Next(3) == 0 ? random.Next(0, 3) : random.Next(0, 14));
            }
        }

        var newParents = (int[])oldParents.Clone();
        var newUnitOfCell = unitOfCell.ToArray();
        for (var step = random.Next(1, steps + 1); step > 0; step--)
        {
            var v = random.Next(1, units);
            switch (random.Next(3))
            {
                case 0:
                    // Move v's subtree under a unit outside it.
                    var outside = Enumerable.Range(0, units).Where(p => !IsInSubtree(newParents, p, v)).ToArray();
                    newParents[v] = outside[random.Next(outside.Length)];
                    break;
                case 1:
                    // Merge v into its parent: its people and children move up; v is left empty.
                    var parent = newParents[v];
                    for (var c = 0; c < newUnitOfCell.Length; c++)
                    {
                        if (newUnitOfCell[c] == v)
                        {
                            newUnitOfCell[c] = parent;
                        }
                    }

                    for (var u = 0; u < units; u++)
                    {
                        if (newParents[u] == v)
                        {
                            newParents[u] = parent;
                        }
                    }

                    break;
                default:
                    // Some people move to another unit.
                    newUnitOfCell[random.Next(newUnitOfCell.Length)] = random.Next(units);
                    break;
            }
        }

        return new Reorganisation
        {
            OldParents = oldParents,
            NewParents = newParents,
            OldUnitOfCell = unitOfCell.ToArray(),
            NewUnitOfCell = newUnitOfCell,
            Weights = weights.ToArray(),
        };
    }

    /// <summary>Releases a tree: the planner's release, or the naive threshold-only one.</summary>
    public bool[] Release(int[] parents, int[] unitOfCell, int k, bool naive)
    {
        var respondents = new int[parents.Length];
        for (var c = 0; c < unitOfCell.Length; c++)
        {
            for (var v = unitOfCell[c]; v >= 0; v = parents[v])
            {
                respondents[v] += Weights[c];
            }
        }

        return naive
            ? respondents.Select(r => r >= k).ToArray()
            : ReleasePlanner.Plan(parents, respondents, k).Select(d => d == UnitDisclosure.Released).ToArray();
    }

    /// <summary>Builds the figures of a release as sets of cells.</summary>
    public static IEnumerable<int[]> Figures(int[] parents, int[] unitOfCell, bool[] released)
    {
        for (var v = 0; v < parents.Length; v++)
        {
            if (released[v])
            {
                var unit = v;
                yield return Enumerable.Range(0, unitOfCell.Length).Where(c => IsInSubtree(parents, unitOfCell[c], unit)).ToArray();
            }
        }
    }

    private static bool IsInSubtree(int[] parents, int u, int root)
    {
        for (var v = u; v >= 0; v = parents[v])
        {
            if (v == root)
            {
                return true;
            }
        }

        return false;
    }
}

using ForBedring.Results;

namespace ForBedring.Tests.Results.Anonymity;

/// <summary>
/// A random organisation tree for the properties: depth at most 5, fan-out at most 8, 0–40 own staff per unit (also
/// on inner units), leadership-team leaves under inner units, some units withheld by the vendor.
/// </summary>
internal sealed class RandomOrganisation
{
    private RandomOrganisation(int[] parents, int[] own, int[] respondents, int threshold)
    {
        Parents = parents;
        Own = own;
        Respondents = respondents;
        Threshold = threshold;
        Ids = Enumerable.Range(0, parents.Length).Select(i => "u" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    public int[] Parents { get; }

    /// <summary>Gets each unit's own staff (true, before withholding).</summary>
    public int[] Own { get; }

    /// <summary>Gets each unit's respondents as delivered: its subtree's total, or −1 when withheld.</summary>
    public int[] Respondents { get; }

    public int Threshold { get; }

    public string[] Ids { get; }

    public int Count => Parents.Length;

    /// <summary>Builds a tree from a seed.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="maxUnits">The most units (the tree is cut when it reaches them).</param>
    /// <param name="maxDepth">The deepest level below the root.</param>
    /// <param name="maxOwn">The most own staff of a unit.</param>
    public static RandomOrganisation Create(int seed, int maxUnits = 200, int maxDepth = 5, int maxOwn = 40)
    {
        var random = new Random(seed);
        int[] thresholds = [3, 5, 7];
        var k = thresholds[random.Next(3)];
        var parents = new List<int> { -1 };
        var depth = new List<int> { 0 };
        var own = new List<int> { Staff(random, maxOwn) };
        var withheldRoot = random.Next(20) == 0;
        for (var i = 0; i < parents.Count && parents.Count < maxUnits; i++)
        {
            if (depth[i] >= maxDepth)
            {
                continue;
            }

            // Fewer children deeper down keeps the trees small enough for thousands of runs; a leadership team (a leaf
            // of its own with a few leaders) counts in the fan-out of at most 8.
            var fanOut = random.Next(0, depth[i] <= 1 ? 9 : 4);
            var team = fanOut > 0 && random.Next(2) == 0;
            for (var c = team ? 1 : 0; c < fanOut && parents.Count < maxUnits; c++)
            {
                parents.Add(i);
                depth.Add(depth[i] + 1);
                own.Add(Staff(random, maxOwn));
            }

            if (team && parents.Count < maxUnits)
            {
                parents.Add(i);
                depth.Add(depth[i] + 1);
                own.Add(random.Next(1, 9));
            }
        }

        var n = parents.Count;
        var total = own.ToArray();
        for (var v = n - 1; v > 0; v--)
        {
            total[parents[v]] += total[v];
        }

        var respondents = (int[])total.Clone();
        for (var v = 0; v < n; v++)
        {
            if ((v == 0 && withheldRoot) || (v > 0 && random.Next(12) == 0))
            {
                respondents[v] = -1;
            }
        }

        // Shuffle the indices so that units come in any order.
        var permutation = Enumerable.Range(0, n).OrderBy(_ => random.Next()).ToArray();
        var newParents = new int[n];
        var newOwn = new int[n];
        var newRespondents = new int[n];
        for (var v = 0; v < n; v++)
        {
            newParents[permutation[v]] = parents[v] < 0 ? -1 : permutation[parents[v]];
            newOwn[permutation[v]] = own[v];
            newRespondents[permutation[v]] = respondents[v];
        }

        return new RandomOrganisation(newParents, newOwn, newRespondents, k);
    }

    /// <summary>Gets the naive release: every unit with known figures and at least the threshold.</summary>
    public bool[] ThresholdOnly() => Respondents.Select(r => r >= Threshold).ToArray();

    /// <summary>Builds the audit's cells (each known unit's own people, withheld units folded in) and the figures of a release.</summary>
    public (AuditCell[] Cells, AuditFigure[] Figures) Audit(bool[] released)
    {
        var cells = AuditFigures.CellsOfTree(Ids, Parents, Respondents);
        var figures = AuditFigures.ForTree("r", Ids, Parents, released, AuditFigures.CellUnitsOfTree(Ids, Respondents));
        return (cells, figures);
    }

    private static int Staff(Random random, int maxOwn)
        => random.Next(3) switch
        {
            0 => 0,
            1 => random.Next(1, Math.Min(maxOwn, 8) + 1),
            _ => random.Next(0, maxOwn + 1),
        };
}

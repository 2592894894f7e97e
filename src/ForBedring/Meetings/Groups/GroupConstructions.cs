namespace ForBedring.Meetings;

/// <summary>
/// Schedules in which no pair meets twice, written down from designs where local search struggles: the round robin
/// (a 1-factorisation of the complete graph) for pairs, the parallel classes of the affine plane AG(2, q) for q² people
/// in groups of q, and a Kirkman triple system for fifteen people in threes.
/// </summary>
internal static class GroupConstructions
{
    /// <summary>A Kirkman triple system KTS(15): seven rounds of five triples, every pair of 0–14 exactly once.</summary>
    private static readonly int[][][] Kirkman15 =
    [
        [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9, 10, 11], [12, 13, 14]],
        [[0, 3, 6], [1, 4, 7], [2, 9, 12], [5, 10, 13], [8, 11, 14]],
        [[0, 4, 9], [1, 5, 11], [2, 7, 14], [3, 8, 13], [6, 10, 12]],
        [[0, 5, 14], [1, 3, 12], [2, 6, 11], [4, 8, 10], [7, 9, 13]],
        [[0, 7, 10], [1, 6, 13], [2, 5, 8], [3, 9, 14], [4, 11, 12]],
        [[0, 8, 12], [1, 10, 14], [2, 4, 13], [3, 7, 11], [5, 6, 9]],
        [[0, 11, 13], [1, 8, 9], [2, 3, 10], [4, 6, 14], [5, 7, 12]],
    ];

    /// <summary>Returns as many repeat-free rounds as a known design gives for <paramref name="people"/> people in groups of <paramref name="size"/>, or none.</summary>
    public static int[][][] For(int people, int size)
    {
        if (people % size != 0)
        {
            return [];
        }

        if (size == 2)
        {
            return RoundRobin(people);
        }

        if (people == 15 && size == 3)
        {
            return Kirkman15;
        }

        return people == size * size && Field.TryCreate(size, out var field) ? AffinePlane(field!) : [];
    }

    /// <summary>The circle method: person n−1 stays, the others turn; n−1 rounds of n/2 pairs.</summary>
    private static int[][][] RoundRobin(int n)
    {
        var rounds = new int[n - 1][][];
        for (var r = 0; r < n - 1; r++)
        {
            var pairs = new int[n / 2][];
            pairs[0] = [r, n - 1];
            for (var i = 1; i < n / 2; i++)
            {
                pairs[i] = [(r + i) % (n - 1), (r - i + n - 1) % (n - 1)];
            }

            rounds[r] = pairs;
        }

        return rounds;
    }

    /// <summary>The q + 1 parallel classes of AG(2, q): the lines y = m·x + b for each slope m, and the lines x = c.</summary>
    private static int[][][] AffinePlane(Field f)
    {
        var q = f.Order;
        var rounds = new int[q + 1][][];
        for (var m = 0; m < q; m++)
        {
            var lines = new int[q][];
            for (var b = 0; b < q; b++)
            {
                lines[b] = new int[q];
                for (var x = 0; x < q; x++)
                {
                    var y = f.Add(f.Multiply(m, x), b);
                    lines[b][x] = (x * q) + y;
                }
            }

            rounds[m] = lines;
        }

        var vertical = new int[q][];
        for (var c = 0; c < q; c++)
        {
            vertical[c] = new int[q];
            for (var y = 0; y < q; y++)
            {
                vertical[c][y] = (c * q) + y;
            }
        }

        rounds[q] = vertical;
        return rounds;
    }

    /// <summary>The finite field GF(q) for q prime (arithmetic mod q) or q = 4 (polynomials over GF(2) mod x² + x + 1).</summary>
    private sealed class Field
    {
        private static readonly int[,] Gf4Multiply =
        {
            { 0, 0, 0, 0 },
            { 0, 1, 2, 3 },
            { 0, 2, 3, 1 },
            { 0, 3, 1, 2 },
        };

        private Field(int order) => Order = order;

        public int Order { get; }

        public static bool TryCreate(int q, out Field? field)
        {
            field = q == 4 || IsPrime(q) ? new Field(q) : null;
            return field is not null;
        }

        // GF(4) adds as bit vectors (XOR); a prime field adds mod q.
        public int Add(int a, int b) => Order == 4 ? a ^ b : (a + b) % Order;

        public int Multiply(int a, int b) => Order == 4 ? Gf4Multiply[a, b] : a * b % Order;

        private static bool IsPrime(int q)
        {
            if (q < 2)
            {
                return false;
            }

            for (var d = 2; d * d <= q; d++)
            {
                if (q % d == 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}

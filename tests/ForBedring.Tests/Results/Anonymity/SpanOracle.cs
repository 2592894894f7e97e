using System.Numerics;

namespace ForBedring.Tests.Results.Anonymity;

/// <summary>
/// The brute-force oracles the properties compare against: span membership by rank over exact fractions, every subset
/// enumerated, and the residual blocks of a tree computed from the true own staff.
/// </summary>
internal static class SpanOracle
{
    /// <summary>Finds every inclusion-minimal group of positive cells with 1 to k−1 respondents whose vector is in the figures' span.</summary>
    public static List<int[]> MinimalLeaks(int[] weights, IReadOnlyList<int[]> figures, int k)
    {
        var positive = Enumerable.Range(0, weights.Length).Where(c => weights[c] > 0).ToArray();
        var rows = figures.Select(f => positive.Select(c => f.Contains(c) ? 1 : 0).ToArray()).ToList();
        var baseRank = Rank(rows, positive.Length);
        var derivable = new List<int[]>();
        var chosen = new List<int>();
        Walk(0, 0);
        return derivable.Where(a => !derivable.Any(b => b.Length < a.Length && b.All(a.Contains))).ToList();

        void Walk(int from, int weight)
        {
            for (var i = from; i < positive.Length; i++)
            {
                if (weight + weights[positive[i]] >= k)
                {
                    continue;
                }

                chosen.Add(i);
                var x = new int[positive.Length];
                foreach (var c in chosen)
                {
                    x[c] = 1;
                }

                if (Rank([.. rows, x], positive.Length) == baseRank)
                {
                    derivable.Add(chosen.Select(c => positive[c]).ToArray());
                }

                Walk(i + 1, weight + weights[positive[i]]);
                chosen.RemoveAt(chosen.Count - 1);
            }
        }
    }

    /// <summary>Computes the rank of a 0/1 matrix over the rationals with exact fractions.</summary>
    public static int Rank(IReadOnlyList<int[]> matrix, int columns)
    {
        var a = matrix.Select(r => r.Select(v => new Fraction(v, 1)).ToArray()).ToArray();
        var rank = 0;
        for (var col = 0; col < columns && rank < a.Length; col++)
        {
            var pivot = Array.FindIndex(a, rank, r => !r[col].IsZero);
            if (pivot < 0)
            {
                continue;
            }

            (a[rank], a[pivot]) = (a[pivot], a[rank]);
            for (var i = rank + 1; i < a.Length; i++)
            {
                if (a[i][col].IsZero)
                {
                    continue;
                }

                var factor = a[i][col] / a[rank][col];
                for (var j = col; j < columns; j++)
                {
                    a[i][j] -= factor * a[rank][j];
                }
            }

            rank++;
        }

        return rank;
    }

    /// <summary>Computes, for a release of a tree, each released unit's residual block from the true own staff.</summary>
    public static Dictionary<int, int> Blocks(RandomOrganisation org, bool[] released)
    {
        var blocks = new Dictionary<int, int>();
        for (var u = 0; u < org.Count; u++)
        {
            var v = u;
            while (v >= 0 && !released[v])
            {
                v = org.Parents[v];
            }

            if (v >= 0)
            {
                blocks[v] = (blocks.TryGetValue(v, out var b) ? b : 0) + org.Own[u];
            }
        }

        return blocks;
    }

    /// <summary>Tells whether a release of a tree keeps the rule (every block 0 or at least k, released units known and at least k).</summary>
    public static bool Keeps(RandomOrganisation org, bool[] released)
        => Enumerable.Range(0, org.Count).All(v => !released[v] || org.Respondents[v] >= org.Threshold)
        && Blocks(org, released).Values.All(b => b == 0 || b >= org.Threshold);

    private readonly struct Fraction
    {
        public Fraction(BigInteger numerator, BigInteger denominator)
        {
            if (denominator.Sign < 0)
            {
                numerator = -numerator;
                denominator = -denominator;
            }

            var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
            Numerator = gcd.IsZero ? numerator : numerator / gcd;
            Denominator = gcd.IsZero ? denominator : denominator / gcd;
        }

        public BigInteger Numerator { get; }

        public BigInteger Denominator { get; }

        public bool IsZero => Numerator.IsZero;

        public static Fraction operator -(Fraction a, Fraction b) => new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

        public static Fraction operator *(Fraction a, Fraction b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

        public static Fraction operator /(Fraction a, Fraction b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);
    }
}

namespace ForBedring.Benchmarks.Results;

/// <summary>
/// A random organisation for the release benchmarks: n units in a random recursive tree (each unit's parent drawn
/// among the units before it, so depth grows like ln n), 0–40 own staff per unit (a third of them 0–8), one unit in
/// twenty withheld, and per unit and indicator the own staff's score sum.
/// </summary>
internal sealed class RandomHospital
{
    public RandomHospital(int units, int indicators, int seed)
    {
        var random = new Random(seed);
        Indicators = indicators;
        Parents = new int[units];
        OwnRespondents = new int[units];
        OwnScoreSums = new double[units * indicators];
        for (var v = 0; v < units; v++)
        {
            Parents[v] = v == 0 ? -1 : random.Next(v);
            OwnRespondents[v] = random.Next(3) == 0 ? random.Next(0, 9) : random.Next(0, 41);
            for (var i = 0; i < indicators; i++)
            {
                OwnScoreSums[(v * indicators) + i] = OwnRespondents[v] * (40 + (random.NextDouble() * 50));
            }
        }

        // The vendor's delivery: totals per unit covering everything below, some withheld.
        Respondents = Aggregate(out var sums);
        Scores = new double[units * indicators];
        for (var v = 0; v < units; v++)
        {
            for (var i = 0; i < indicators; i++)
            {
                Scores[(v * indicators) + i] = Respondents[v] == 0 ? 0 : sums[(v * indicators) + i] / Respondents[v];
            }

            if (v > 0 && random.Next(20) == 0)
            {
                Respondents[v] = -1;
            }
        }
    }

    public int Indicators { get; }

    /// <summary>Gets each unit's parent; parents come before their children.</summary>
    public int[] Parents { get; }

    public int[] OwnRespondents { get; }

    public double[] OwnScoreSums { get; }

    /// <summary>Gets the delivered respondents (subtree totals, −1 where withheld).</summary>
    public int[] Respondents { get; }

    /// <summary>Gets the delivered mean scores per unit and indicator.</summary>
    public double[] Scores { get; }

    /// <summary>Aggregates the own figures bottom-up: respondents and score sums covering each unit and everything below.</summary>
    public int[] Aggregate(out double[] sums)
    {
        var n = Parents.Length;
        var k = Indicators;
        var respondents = (int[])OwnRespondents.Clone();
        sums = (double[])OwnScoreSums.Clone();
        for (var v = n - 1; v > 0; v--)
        {
            var p = Parents[v];
            respondents[p] += respondents[v];
            var from = v * k;
            var to = p * k;
            for (var i = 0; i < k; i++)
            {
                sums[to + i] += sums[from + i];
            }
        }

        return respondents;
    }
}

using ForBedring.Results;

namespace ForBedring.Tests.Results;

/// <summary>
/// A simple, slow but correct stand-in for the anonymity engine, so the release's own logic can be tested on its own:
/// a planner that hides the smallest released unit below a released unit while the people between them number
/// 1 to k−1, and an audit that tries every group of cells against the span of the figures.
/// </summary>
internal static class NaiveAnonymity
{
    public static UnitDisclosure[] Plan(ReadOnlySpan<int> parents, ReadOnlySpan<int> respondents, int k)
    {
        var n = parents.Length;
        var p = parents.ToArray();
        var r = respondents.ToArray();
        var plan = new UnitDisclosure[n];
        for (var i = 0; i < n; i++)
        {
            plan[i] = r[i] < 0 ? UnitDisclosure.Withheld : r[i] < k ? UnitDisclosure.BelowThreshold : UnitDisclosure.Released;
        }

        var children = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Where(c => p[c] == i).ToList()).ToArray();
        bool changed;
        do
        {
            changed = false;
            for (var u = 0; u < n && !changed; u++)
            {
                if (plan[u] != UnitDisclosure.Released)
                {
                    continue;
                }

                var nearest = new List<int>();
                var stack = new Stack<int>(children[u]);
                while (stack.Count > 0)
                {
                    var c = stack.Pop();
                    if (plan[c] == UnitDisclosure.Released)
                    {
                        nearest.Add(c);
                    }
                    else
                    {
                        children[c].ForEach(stack.Push);
                    }
                }

                var residual = r[u] - nearest.Sum(c => r[c]);
                if (residual > 0 && residual < k && nearest.Count > 0)
                {
                    plan[nearest.OrderBy(c => r[c]).First()] = UnitDisclosure.ProtectsOtherUnit;
                    changed = true;
                }
            }
        }
        while (changed);

        return plan;
    }

    public static DisclosureAuditResult Audit(IEnumerable<AuditCell> cells, IEnumerable<AuditFigure> figures, int k)
    {
        var cellList = cells.ToList();
        if (cellList.Count > 16)
        {
            throw new ArgumentException("The naive audit tries every group: at most 16 cells.", nameof(cells));
        }

        var column = cellList.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var rows = figures.Select(f => Vector(f.CellIds.Select(id => column[id]), cellList.Count)).ToList();
        var rank = Rank(rows);
        var leaks = new List<DisclosedGroup>();
        for (var mask = 1; mask < 1 << cellList.Count; mask++)
        {
            var members = Enumerable.Range(0, cellList.Count).Where(i => (mask & (1 << i)) != 0).ToList();
            var size = members.Sum(i => cellList[i].Respondents);
            if (size > 0 && size < k && Rank([.. rows, Vector(members, cellList.Count)]) == rank)
            {
                leaks.Add(new DisclosedGroup(members.Select(i => cellList[i].Id).ToList(), size));
            }
        }

        return new DisclosureAuditResult(leaks);
    }

    private static double[] Vector(IEnumerable<int> ones, int n)
    {
        var v = new double[n];
        foreach (var i in ones)
        {
            v[i] = 1;
        }

        return v;
    }

    private static int Rank(List<double[]> rows)
    {
        var m = rows.Select(r => (double[])r.Clone()).ToList();
        var rank = 0;
        var n = m.Count == 0 ? 0 : m[0].Length;
        for (var col = 0; col < n && rank < m.Count; col++)
        {
            var pivot = Enumerable.Range(rank, m.Count - rank).FirstOrDefault(i => Math.Abs(m[i][col]) > 1e-9, -1);
            if (pivot < 0)
            {
                continue;
            }

            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (var i = 0; i < m.Count; i++)
            {
                if (i != rank && Math.Abs(m[i][col]) > 1e-9)
                {
                    var f = m[i][col] / m[rank][col];
                    for (var j = 0; j < n; j++)
                    {
                        m[i][j] -= f * m[rank][j];
                    }
                }
            }

            rank++;
        }

        return rank;
    }
}

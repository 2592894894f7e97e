using System.Diagnostics;

namespace ForBedring.Meetings;

/// <summary>
/// The planner's engine, on people numbered 0 … n−1: a greedy start (or a known design), then a tabu search after
/// Dotú and Van Hentenryck over swaps of two atoms (a person, or a together set) of equal size in different groups of
/// the same round, with restarts from the best schedule after a random perturbation when the search stalls.
/// </summary>
/// <remarks>
/// The cost is Σ over pairs of R·(max(0, c−1) + max(0, c−2)), c the meetings of the pair including the history, plus
/// for every pair sitting together the pair's weight (1 per shared unit, 1 per shared clinic, or a prohibitive weight
/// when the pair is to be kept apart). R exceeds the largest possible sum of unit and clinic weights, so fewer repeats
/// always win over better mixing, and the apart weight exceeds every repeat cost.
/// </remarks>
internal sealed class GroupSearch
{
    private readonly int _n;
    private readonly int _rounds;
    private readonly int[] _sizes;
    private readonly int[][] _atoms;
    private readonly int[] _atomOf;
    private readonly int[] _count;
    private readonly int[] _history;
    private readonly long[] _weight;
    private readonly long _repeat;
    private readonly SplitMixRandom _random;

    // Per round: the group of each atom, and each group's atoms.
    private readonly int[][] _groupOfAtom;
    private readonly List<int>[][] _groupAtoms;
    private readonly int[][] _tabu;
    private readonly long[] _f;
    private readonly long[] _leaveSum;
    private readonly long[] _joinSum;
    private readonly bool[] _conflict;
    private readonly int[] _personGroup;
    private long _cost;

    public GroupSearch(int people, int rounds, int[] sizes, int[][] atoms, int[] historyCount, long[] weight, long repeatWeight, int seed)
    {
        _n = people;
        _rounds = rounds;
        _sizes = sizes;
        _atoms = atoms;
        _atomOf = new int[people];
        for (var a = 0; a < atoms.Length; a++)
        {
            foreach (var p in atoms[a])
            {
                _atomOf[p] = a;
            }
        }

        _history = historyCount;
        _count = (int[])historyCount.Clone();
        _weight = weight;
        _repeat = repeatWeight;
        _random = new SplitMixRandom(seed);
        _f = new long[historyCount.DefaultIfEmpty(0).Max() + rounds + 2];
        for (var c = 0; c < _f.Length; c++)
        {
            _f[c] = F(c);
        }

        _leaveSum = new long[people];
        _joinSum = new long[people * sizes.Length];
        _conflict = new bool[people];
        _personGroup = new int[people];
        _groupOfAtom = new int[rounds][];
        _groupAtoms = new List<int>[rounds][];
        _tabu = new int[rounds][];
        for (var r = 0; r < rounds; r++)
        {
            _groupOfAtom[r] = new int[atoms.Length];
            _groupAtoms[r] = new List<int>[sizes.Length];
            for (var g = 0; g < sizes.Length; g++)
            {
                _groupAtoms[r][g] = [];
            }

            _tabu[r] = new int[atoms.Length];
        }
    }

    public int Iterations { get; private set; }

    public bool StoppedByTimeLimit { get; private set; }

    /// <summary>Plans every round and returns, per round, the group of each person.</summary>
    public int[][] Run(int[][][] designed, int maxIterations, long deadlineTimestamp)
    {
        var perm = Enumerable.Range(0, _n).ToArray();
        _random.Shuffle(perm);
        for (var r = 0; r < _rounds; r++)
        {
            if (r < designed.Length)
            {
                Place(r, designed[r], perm);
            }
            else
            {
                PlaceGreedily(r);
            }
        }

        _cost = TotalCost();
        var floor = FloorCost();

        var best = _cost;
        var bestState = Snapshot();
        var lastBest = 0;
        var lastMove = 0;
        // One meeting has a small neighbourhood: a shorter patience keeps the next meeting's groups fast.
        var stall = _rounds == 1 ? Math.Max(400, 10 * _n) : Math.Max(2_000, 40 * _n);
        var perturbAfter = Math.Max(100, 8 * _n);
        var iteration = 0;
        for (; iteration < maxIterations && best > floor; iteration++)
        {
            if ((iteration & 31) == 0 && deadlineTimestamp != long.MaxValue && Stopwatch.GetTimestamp() > deadlineTimestamp)
            {
                StoppedByTimeLimit = true;
                break;
            }

            if (iteration - lastBest > stall)
            {
                break;
            }

            if (!Step(iteration, best))
            {
                Perturb();
            }

            if (_cost < best)
            {
                best = _cost;
                bestState = Snapshot();
                lastBest = iteration;
                lastMove = iteration;
            }
            else if (iteration - lastMove > perturbAfter)
            {
                Restore(bestState);
                Perturb();
                lastMove = iteration;
            }
        }

        Iterations = iteration;
        Restore(bestState);
        var result = new int[_rounds][];
        for (var r = 0; r < _rounds; r++)
        {
            result[r] = new int[_n];
            for (var a = 0; a < _atoms.Length; a++)
            {
                foreach (var p in _atoms[a])
                {
                    result[r][p] = _groupOfAtom[r][a];
                }
            }
        }

        return result;
    }

    private long F(int c) => c <= 1 ? 0 : _repeat * ((c - 1) + (c > 2 ? c - 2 : 0));

    private bool Step(int iteration, long best)
    {
        var bestDelta = long.MaxValue;
        int bestRound = -1, bestA = -1, bestB = -1, ties = 0;
        var groups = _sizes.Length;
        for (var r = 0; r < _rounds; r++)
        {
            Precompute(r);
            var groupOf = _groupOfAtom[r];
            for (var a = 0; a < _atoms.Length; a++)
            {
                if (!InConflict(a))
                {
                    continue;
                }

                var ga = groupOf[a];
                var aTabu = _tabu[r][a] > iteration;
                long aPart = 0;
                foreach (var s in _atoms[a])
                {
                    aPart += _leaveSum[s];
                }

                for (var h = 0; h < groups; h++)
                {
                    if (h == ga)
                    {
                        continue;
                    }

                    long aJoins = 0;
                    foreach (var s in _atoms[a])
                    {
                        aJoins += _joinSum[(s * groups) + h];
                    }

                    foreach (var b in _groupAtoms[r][h])
                    {
                        if (_atoms[b].Length != _atoms[a].Length)
                        {
                            continue;
                        }

                        // Leaving: each side's pairs in its own group; joining: each side's pairs with the other group,
                        // less the pairs with the atom that leaves it.
                        var delta = aPart + aJoins;
                        foreach (var t in _atoms[b])
                        {
                            delta += _leaveSum[t] + _joinSum[(t * groups) + ga];
                            foreach (var s in _atoms[a])
                            {
                                delta -= 2 * Join(s, t);
                            }
                        }

                        if ((aTabu || _tabu[r][b] > iteration) && _cost + delta >= best)
                        {
                            continue;
                        }

                        if (delta < bestDelta)
                        {
                            (bestDelta, bestRound, bestA, bestB, ties) = (delta, r, a, b, 1);
                        }
                        else if (delta == bestDelta && _random.Next(++ties) == 0)
                        {
                            (bestRound, bestA, bestB) = (r, a, b);
                        }
                    }
                }
            }
        }

        if (bestRound < 0)
        {
            return false;
        }

        Swap(bestRound, bestA, bestB);
        var tenure = 4 + _random.Next(Math.Max(4, _n / 2));
        _tabu[bestRound][bestA] = iteration + tenure;
        _tabu[bestRound][bestB] = iteration + tenure;
        return true;
    }

    private bool InConflict(int a)
    {
        foreach (var p in _atoms[a])
        {
            if (_conflict[p])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// For round <paramref name="r"/>, sums for each person what leaving their group and joining each other group
    /// would cost, and marks who sits with someone they met before or share a unit with.
    /// </summary>
    private void Precompute(int r)
    {
        var groups = _sizes.Length;
        Array.Clear(_leaveSum, 0, _leaveSum.Length);
        Array.Clear(_joinSum, 0, _joinSum.Length);
        Array.Clear(_conflict, 0, _conflict.Length);
        var groupOfPerson = _personGroup;
        for (var a = 0; a < _atoms.Length; a++)
        {
            foreach (var p in _atoms[a])
            {
                groupOfPerson[p] = _groupOfAtom[r][a];
            }
        }

        for (var p = 0; p < _n; p++)
        {
            var gp = groupOfPerson[p];
            var row = p * _n;
            for (var y = 0; y < _n; y++)
            {
                // A together set's own pairs never change, and their counts are not kept.
                if (_atomOf[y] == _atomOf[p])
                {
                    continue;
                }

                var c = _count[row + y];
                var w = _weight[row + y];
                var gy = groupOfPerson[y];
                if (gy == gp)
                {
                    _leaveSum[p] += _f[c - 1] - _f[c] - w;
                    if (c > 1 || w > 0)
                    {
                        _conflict[p] = true;
                    }
                }
                else
                {
                    _joinSum[(p * groups) + gy] += _f[c + 1] - _f[c] + w;
                }
            }
        }
    }

    private long SwapDelta(int r, int a, int b)
    {
        long delta = 0;
        var ga = _groupOfAtom[r][a];
        var gb = _groupOfAtom[r][b];
        foreach (var other in _groupAtoms[r][ga])
        {
            if (other == a)
            {
                continue;
            }

            foreach (var x in _atoms[other])
            {
                foreach (var s in _atoms[a])
                {
                    delta += Leave(s, x);
                }

                foreach (var t in _atoms[b])
                {
                    delta += Join(t, x);
                }
            }
        }

        foreach (var other in _groupAtoms[r][gb])
        {
            if (other == b)
            {
                continue;
            }

            foreach (var y in _atoms[other])
            {
                foreach (var t in _atoms[b])
                {
                    delta += Leave(t, y);
                }

                foreach (var s in _atoms[a])
                {
                    delta += Join(s, y);
                }
            }
        }

        return delta;
    }

    private long Leave(int p, int x)
    {
        var i = (p * _n) + x;
        var c = _count[i];
        return _f[c - 1] - _f[c] - _weight[i];
    }

    private long Join(int p, int x)
    {
        var i = (p * _n) + x;
        var c = _count[i];
        return _f[c + 1] - _f[c] + _weight[i];
    }

    private void Swap(int r, int a, int b)
    {
        _cost += SwapDelta(r, a, b);
        var ga = _groupOfAtom[r][a];
        var gb = _groupOfAtom[r][b];
        Meet(r, a, ga, -1);
        Meet(r, b, gb, -1);
        _groupAtoms[r][ga].Remove(a);
        _groupAtoms[r][gb].Remove(b);
        _groupAtoms[r][ga].Add(b);
        _groupAtoms[r][gb].Add(a);
        _groupOfAtom[r][a] = gb;
        _groupOfAtom[r][b] = ga;
        Meet(r, a, gb, 1);
        Meet(r, b, ga, 1);
    }

    /// <summary>Adds <paramref name="change"/> to the count of every pair of atom <paramref name="a"/> with the rest of group <paramref name="g"/>.</summary>
    private void Meet(int r, int a, int g, int change)
    {
        foreach (var other in _groupAtoms[r][g])
        {
            if (other == a)
            {
                continue;
            }

            foreach (var x in _atoms[other])
            {
                foreach (var s in _atoms[a])
                {
                    _count[(s * _n) + x] += change;
                    _count[(x * _n) + s] += change;
                }
            }
        }
    }

    private void Perturb()
    {
        var swaps = 1 + _random.Next(Math.Max(1, _sizes.Length / 2));
        for (var i = 0; i < swaps; i++)
        {
            var r = _random.Next(_rounds);
            var a = _random.Next(_atoms.Length);
            var candidates = new List<int>();
            for (var b = 0; b < _atoms.Length; b++)
            {
                if (_atoms[b].Length == _atoms[a].Length && _groupOfAtom[r][b] != _groupOfAtom[r][a])
                {
                    candidates.Add(b);
                }
            }

            if (candidates.Count > 0)
            {
                Swap(r, a, candidates[_random.Next(candidates.Count)]);
            }
        }
    }

    private void Place(int r, int[][] groups, int[] perm)
    {
        for (var g = 0; g < groups.Length; g++)
        {
            foreach (var p in groups[g])
            {
                Add(r, _atomOf[perm[p]], g);
            }
        }
    }

    /// <summary>Places the together sets first (largest first, each in the group with the most room), then each person where they add the least cost.</summary>
    private void PlaceGreedily(int r)
    {
        var room = (int[])_sizes.Clone();
        var order = Enumerable.Range(0, _atoms.Length).ToArray();
        _random.Shuffle(order);
        order = [.. order.OrderByDescending(a => _atoms[a].Length)];
        foreach (var a in order)
        {
            int chosen = -1, ties = 0;
            var chosenCost = long.MaxValue;
            for (var g = 0; g < _sizes.Length; g++)
            {
                if (room[g] < _atoms[a].Length)
                {
                    continue;
                }

                long cost = 0;
                if (_atoms[a].Length > 1)
                {
                    // Together sets go where there is most room, so that the rest can still be fitted.
                    cost = -room[g];
                }
                else
                {
                    foreach (var other in _groupAtoms[r][g])
                    {
                        foreach (var x in _atoms[other])
                        {
                            cost += Join(_atoms[a][0], x);
                        }
                    }
                }

                if (cost < chosenCost)
                {
                    (chosen, chosenCost, ties) = (g, cost, 1);
                }
                else if (cost == chosenCost && _random.Next(++ties) == 0)
                {
                    chosen = g;
                }
            }

            room[chosen] -= _atoms[a].Length;
            Add(r, a, chosen);
        }
    }

    private void Add(int r, int a, int g)
    {
        _groupOfAtom[r][a] = g;
        _groupAtoms[r][g].Add(a);
        Meet(r, a, g, 1);
    }

    private long TotalCost()
    {
        long cost = 0;
        for (var i = 0; i < _n; i++)
        {
            for (var j = i + 1; j < _n; j++)
            {
                cost += F(_count[(i * _n) + j]);
            }
        }

        for (var r = 0; r < _rounds; r++)
        {
            foreach (var group in _groupAtoms[r])
            {
                var people = group.SelectMany(a => _atoms[a]).ToList();
                for (var i = 0; i < people.Count; i++)
                {
                    for (var j = i + 1; j < people.Count; j++)
                    {
                        cost += _weight[(people[i] * _n) + people[j]];
                    }
                }
            }
        }

        return cost;
    }

    /// <summary>The cost no schedule avoids: the pairs' earlier meetings, and the pairs inside each together set meet at every meeting.</summary>
    private long FloorCost()
    {
        long floor = 0;
        for (var i = 0; i < _n; i++)
        {
            for (var j = i + 1; j < _n; j++)
            {
                floor += _atomOf[i] == _atomOf[j] ? 0 : F(_history[(i * _n) + j]);
            }
        }

        foreach (var atom in _atoms)
        {
            for (var i = 0; i < atom.Length; i++)
            {
                for (var j = i + 1; j < atom.Length; j++)
                {
                    var index = (atom[i] * _n) + atom[j];
                    floor += F(_count[index]) + (_rounds * _weight[index]);
                }
            }
        }

        return floor;
    }

    private int[][] Snapshot() => [.. _groupOfAtom.Select(g => (int[])g.Clone())];

    private void Restore(int[][] state)
    {
        for (var r = 0; r < _rounds; r++)
        {
            for (var a = 0; a < _atoms.Length; a++)
            {
                if (_groupOfAtom[r][a] != state[r][a])
                {
                    var b = FindPartner(r, a, state[r]);
                    Swap(r, a, b);
                }
            }
        }
    }

    /// <summary>Finds an atom of the same size in the group where <paramref name="a"/> belongs that itself belongs elsewhere.</summary>
    private int FindPartner(int r, int a, int[] target)
    {
        var want = target[a];
        foreach (var b in _groupAtoms[r][want])
        {
            if (_atoms[b].Length == _atoms[a].Length && target[b] != want)
            {
                return b;
            }
        }

        throw new InvalidOperationException("The saved schedule cannot be restored by swaps.");
    }
}

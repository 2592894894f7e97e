using System.Diagnostics;

namespace ForBedring.Meetings;

/// <summary>
/// A3.5: plans the groups of the read-back meeting (and of meetings ahead) so that people talk with others than
/// last time, and second to that, with people from other units and clinics.
/// </summary>
/// <remarks>
/// Where a schedule exists in which no pair meets twice and a known design gives it (pairs by round robin, q² people
/// in groups of q by the affine plane AG(2, q) for q prime or 4, fifteen people in threes by a Kirkman triple system),
/// the planner starts from that design; otherwise from a greedy schedule, improved by a tabu search over swaps of two
/// people in different groups of the same meeting. The result depends only on the request and its seed, unless a
/// time limit ends the search.
/// </remarks>
public static class GroupPlanner
{
    /// <summary>Plans the groups.</summary>
    /// <param name="request">What to plan.</param>
    /// <returns>The plan: for each meeting its groups, and how many pairs repeat.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="GroupPlanException">The request breaks a rule (every problem listed), or the apart sets could not be kept.</exception>
    public static GroupPlan Plan(GroupPlanRequest request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var problems = new List<GroupPlanProblem>();
        var seen = new HashSet<PersonId>();
        foreach (var member in request.Members.Where(m => !seen.Add(m.Id)).Select(m => m.Id).Distinct())
        {
            problems.Add(new(GroupPlanProblemKind.DuplicateMember, [member], $"{member} is listed more than once among the members."));
        }

        var keptOut = new HashSet<PersonId>(request.KeptOut);
        foreach (var id in keptOut.Where(id => !seen.Contains(id)))
        {
            problems.Add(new(GroupPlanProblemKind.NotPresent, [id], $"{id} is to be kept out of the groups but is not a member."));
        }

        var present = new List<GroupMember>();
        var index = new Dictionary<PersonId, int>();
        foreach (var member in request.Members)
        {
            if (!keptOut.Contains(member.Id) && !index.ContainsKey(member.Id))
            {
                index[member.Id] = present.Count;
                present.Add(member);
            }
        }

        var n = present.Count;
        var sizes = request.Sizing.SizesFor(n).ToArray();
        if (sizes.Length == 0)
        {
            var asked = request.Sizing.Size is { } k ? $"groups of {k}" : $"{request.Sizing.Count} groups";
            problems.Add(new(GroupPlanProblemKind.SizesCannotPartition, [], $"{n} people present cannot be split into {asked} of at least two people each."));
        }

        var together = Sets(request.Together, "together", index, keptOut, problems);
        var apart = Sets(request.Apart, "apart", index, keptOut, problems);
        var atoms = JoinTogether(n, together);
        var atomOf = new int[n];
        for (var a = 0; a < atoms.Length; a++)
        {
            foreach (var p in atoms[a])
            {
                atomOf[p] = a;
            }
        }

        foreach (var set in apart)
        {
            for (var i = 0; i < set.Length; i++)
            {
                for (var j = i + 1; j < set.Length; j++)
                {
                    if (atomOf[set[i]] == atomOf[set[j]])
                    {
                        var pair = new[] { present[set[i]].Id, present[set[j]].Id };
                        problems.Add(new(GroupPlanProblemKind.TogetherAndApart, pair, $"{pair[0]} and {pair[1]} are both fixed together and kept apart."));
                    }
                }
            }

            if (sizes.Length > 0 && set.Length > sizes.Length)
            {
                problems.Add(new(
                    GroupPlanProblemKind.ApartSetTooLarge,
                    set.Select(p => present[p].Id),
                    $"{set.Length} people are to be kept apart, but there are only {sizes.Length} groups."));
            }
        }

        if (sizes.Length > 0)
        {
            CheckTogetherFits(atoms, sizes, present, problems);
        }

        if (problems.Count > 0)
        {
            throw new GroupPlanException(problems);
        }

        return Search(request, present, index, sizes, atoms, apart);
    }

    private static GroupPlan Search(GroupPlanRequest request, List<GroupMember> present, Dictionary<PersonId, int> index, int[] sizes, int[][] atoms, List<int[]> apart)
    {
        var n = present.Count;
        var history = new int[n * n];
        foreach (var group in request.History.SelectMany(r => r.Groups))
        {
            var people = group.Members.Where(index.ContainsKey).Select(p => index[p]).ToList();
            ForEachPair(people, (i, j) =>
            {
                history[(i * n) + j]++;
                history[(j * n) + i]++;
            });
        }

        var weight = new long[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i != j)
                {
                    weight[(i * n) + j] = (Same(present[i].Unit, present[j].Unit) ? 1 : 0) + (Same(present[i].Clinic, present[j].Clinic) ? 1 : 0);
                }
            }
        }

        // Lexicographic weights: one repeat outweighs every unit and clinic weight together; one apart pair sitting
        // together outweighs every repeat.
        long pairsPerRound = sizes.Sum(s => (long)s * (s - 1) / 2);
        var repeatWeight = (2 * pairsPerRound * request.Meetings) + 1;
        var meetingsPerPair = request.History.Count + request.Meetings;
        var apartWeight = (2 * repeatWeight * meetingsPerPair * pairsPerRound * request.Meetings) + 1;
        foreach (var set in apart)
        {
            ForEachPair(set, (i, j) => weight[(i * n) + j] = weight[(j * n) + i] = apartWeight);
        }

        var designed = atoms.Length == n && sizes.All(s => s == sizes[0]) ? GroupConstructions.For(n, sizes[0]) : [];
        var deadline = request.TimeLimit is { } limit
            ? Stopwatch.GetTimestamp() + (long)(limit.TotalSeconds * Stopwatch.Frequency)
            : long.MaxValue;
        var search = new GroupSearch(n, request.Meetings, sizes, atoms, history, weight, repeatWeight, request.Seed);
        var groupOf = search.Run(designed, request.MaxIterations, deadline);

        var unkept = new List<GroupPlanProblem>();
        foreach (var set in apart)
        {
            ForEachPair(set, (i, j) =>
            {
                var together = Enumerable.Range(0, request.Meetings).Where(r => groupOf[r][i] == groupOf[r][j]).Select(r => r + 1).ToList();
                if (together.Count > 0)
                {
                    unkept.Add(new(
                        GroupPlanProblemKind.ApartNotKept,
                        [present[i].Id, present[j].Id],
                        $"{present[i].Id} and {present[j].Id} could not be kept apart (meeting {string.Join(", ", together)})."));
                }
            });
        }

        if (unkept.Count > 0)
        {
            throw new GroupPlanException(unkept);
        }

        return new GroupPlan(Describe(present, sizes.Length, history, groupOf), search.Iterations, search.StoppedByTimeLimit);
    }

    private static PlannedMeeting[] Describe(List<GroupMember> present, int groupCount, int[] history, int[][] groupOf)
    {
        var n = present.Count;
        var met = (int[])history.Clone();
        var meetings = new PlannedMeeting[groupOf.Length];
        for (var r = 0; r < groupOf.Length; r++)
        {
            var groups = Enumerable.Range(0, groupCount)
                .Select(g => Enumerable.Range(0, n).Where(p => groupOf[r][p] == g).ToList())
                .OrderBy(g => g[0])
                .ToList();
            int repeated = 0, sameUnit = 0, sameClinic = 0;
            foreach (var group in groups)
            {
                ForEachPair(group, (i, j) =>
                {
                    repeated += met[(i * n) + j] > 0 ? 1 : 0;
                    sameUnit += Same(present[i].Unit, present[j].Unit) ? 1 : 0;
                    sameClinic += Same(present[i].Clinic, present[j].Clinic) ? 1 : 0;
                });
            }

            foreach (var group in groups)
            {
                ForEachPair(group, (i, j) =>
                {
                    met[(i * n) + j]++;
                    met[(j * n) + i]++;
                });
            }

            meetings[r] = new PlannedMeeting(
                groups.Select(g => new MeetingGroup(g.Select(p => present[p].Id))).ToList().AsReadOnly(),
                repeated,
                sameUnit,
                sameClinic);
        }

        return meetings;
    }

    /// <summary>Reads the together or apart sets as people numbers, reporting names not present and sets of fewer than two.</summary>
    private static List<int[]> Sets(IReadOnlyList<IReadOnlyList<PersonId>> sets, string kind, Dictionary<PersonId, int> index, HashSet<PersonId> keptOut, List<GroupPlanProblem> problems)
    {
        var result = new List<int[]>();
        for (var s = 0; s < sets.Count; s++)
        {
            var distinct = sets[s].Distinct().ToList();
            foreach (var id in distinct.Where(id => !index.ContainsKey(id)))
            {
                var why = keptOut.Contains(id) ? "is kept out of the groups" : "is not a member";
                problems.Add(new(GroupPlanProblemKind.NotPresent, [id], $"The {kind} set {s + 1} names {id}, who {why}."));
            }

            if (distinct.Count < 2)
            {
                problems.Add(new(GroupPlanProblemKind.SetTooSmall, distinct, $"The {kind} set {s + 1} names fewer than two people."));
            }

            result.Add([.. distinct.Where(index.ContainsKey).Select(id => index[id])]);
        }

        return result;
    }

    /// <summary>Joins together sets that share a person (union–find); each result is an atom the search moves whole.</summary>
    private static int[][] JoinTogether(int n, List<int[]> together)
    {
        var parent = Enumerable.Range(0, n).ToArray();
        foreach (var set in together)
        {
            for (var i = 1; i < set.Length; i++)
            {
                parent[Root(set[i])] = Root(set[0]);
            }
        }

        return [.. Enumerable.Range(0, n).GroupBy(Root).OrderBy(g => g.Min()).Select(g => g.OrderBy(p => p).ToArray())];

        int Root(int p)
        {
            while (parent[p] != p)
            {
                p = parent[p] = parent[parent[p]];
            }

            return p;
        }
    }

    /// <summary>Checks that the together sets fit: each in a group, and all at once (first fit, largest first, into the roomiest group).</summary>
    private static void CheckTogetherFits(int[][] atoms, int[] sizes, List<GroupMember> present, List<GroupPlanProblem> problems)
    {
        var blocks = atoms.Where(a => a.Length > 1).OrderByDescending(a => a.Length).ToList();
        var tooLarge = blocks.Where(b => b.Length > sizes[0]).ToList();
        foreach (var block in tooLarge)
        {
            problems.Add(new(
                GroupPlanProblemKind.TogetherSetTooLarge,
                block.Select(p => present[p].Id),
                $"{block.Length} people are fixed together, but the largest group has {sizes[0]}."));
        }

        if (tooLarge.Count > 0)
        {
            return;
        }

        var room = (int[])sizes.Clone();
        foreach (var block in blocks)
        {
            var g = Array.IndexOf(room, room.Max());
            if (room[g] < block.Length)
            {
                problems.Add(new(
                    GroupPlanProblemKind.TogetherSetTooLarge,
                    blocks.SelectMany(b => b).Select(p => present[p].Id),
                    "The people fixed together cannot all be fitted into the groups at once."));
                return;
            }

            room[g] -= block.Length;
        }
    }

    private static bool Same(UnitId? a, UnitId? b) => a is not null && a == b;

    private static void ForEachPair(IReadOnlyList<int> people, Action<int, int> action)
    {
        for (var i = 0; i < people.Count; i++)
        {
            for (var j = i + 1; j < people.Count; j++)
            {
                action(people[i], people[j]);
            }
        }
    }
}

using ForBedring.Meetings;

namespace ForBedring.Tests.Meetings.Groups;

/// <summary>Helpers shared by the group planner's tests: members named m1 … mN, and counts of pairs that meet again.</summary>
internal static class GroupPlanning
{
    public static PersonId P(int i) => new($"m{i}");

    public static GroupMember[] People(int n, Func<int, UnitId?>? unit = null)
        => [.. Enumerable.Range(1, n).Select(i => new GroupMember(P(i), unit?.Invoke(i)))];

    /// <summary>Counts, over the rounds, every meeting of a pair after its first (Σ max(0, c − 1)).</summary>
    public static int RepeatedPairs(IEnumerable<IEnumerable<IEnumerable<string>>> rounds)
    {
        var met = new Dictionary<(string, string), int>();
        var repeats = 0;
        foreach (var round in rounds)
        {
            foreach (var group in round)
            {
                var people = group.OrderBy(p => p, StringComparer.Ordinal).ToList();
                for (var i = 0; i < people.Count; i++)
                {
                    for (var j = i + 1; j < people.Count; j++)
                    {
                        met.TryGetValue((people[i], people[j]), out var c);
                        repeats += c > 0 ? 1 : 0;
                        met[(people[i], people[j])] = c + 1;
                    }
                }
            }
        }

        return repeats;
    }

    public static int RepeatedPairs(GroupPlan plan)
        => RepeatedPairs(plan.Meetings.Select(m => m.Groups.Select(g => g.Members.Select(p => p.Value))));
}

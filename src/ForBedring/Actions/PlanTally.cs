using ForBedring.Results;

namespace ForBedring.Actions;

/// <summary>
/// What a roll-up needs from a process's action plans, counted once when the plans are set (and checked): the plan
/// actions per focus area kind and per topic area, each topic area once. A roll-up over thousands of teams adds these
/// few numbers per team instead of walking every plan, focus area and topic list.
/// </summary>
internal sealed class PlanTally
{
    /// <summary>The tally of no plans.</summary>
    public static readonly PlanTally Empty = new(0, 0, [], []);

    private PlanTally(int keep, int improve, string[] topicKeys, int[] topicCounts)
    {
        Keep = keep;
        Improve = improve;
        TopicKeys = topicKeys;
        TopicCounts = topicCounts;
    }

    /// <summary>Gets the number of plan actions in areas to keep.</summary>
    public int Keep { get; }

    /// <summary>Gets the number of plan actions in areas to improve.</summary>
    public int Improve { get; }

    /// <summary>Gets the topic area ids with any plan action, each once (the built-in catalogue's own strings where they are its ids).</summary>
    public string[] TopicKeys { get; }

    /// <summary>Gets, for each of <see cref="TopicKeys"/>, the plan actions in focus areas tied to it.</summary>
    public int[] TopicCounts { get; }

    /// <summary>Counts the plans.</summary>
    /// <param name="plans">The plans.</param>
    /// <returns>The tally.</returns>
    public static PlanTally Of(IReadOnlyList<ActionPlan> plans)
    {
        if (plans.Count == 0)
        {
            return Empty;
        }

        int keep = 0, improve = 0;
        var keys = new List<string>();
        var counts = new List<int>();
        foreach (var plan in plans)
        {
            var areas = plan.FocusAreas;
            var perArea = plan.ActionCountsByFocusArea;
            for (var f = 0; f < perArea.Length; f++)
            {
                var c = perArea[f];
                if (c == 0)
                {
                    continue;
                }

                var area = areas[f];
                if (area.Kind == FocusAreaKind.Keep)
                {
                    keep += c;
                }
                else
                {
                    improve += c;
                }

                foreach (var topic in area.TopicAreas)
                {
                    var i = keys.IndexOf(topic.Value);
                    if (i < 0)
                    {
                        keys.Add(TopicAreaCatalog.ForBedring.Find(topic)?.Id.Value ?? topic.Value);
                        counts.Add(c);
                    }
                    else
                    {
                        counts[i] += c;
                    }
                }
            }
        }

        return new PlanTally(keep, improve, keys.ToArray(), counts.ToArray());
    }
}

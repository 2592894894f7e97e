namespace ForBedring.Meetings;

/// <summary>The group planner's proposal: the groups of each meeting planned, and how well they mix.</summary>
public sealed class GroupPlan
{
    internal GroupPlan(IReadOnlyList<PlannedMeeting> meetings, int iterations, bool stoppedByTimeLimit)
    {
        Meetings = meetings;
        Iterations = iterations;
        StoppedByTimeLimit = stoppedByTimeLimit;
    }

    /// <summary>Gets the meetings, in order.</summary>
    public IReadOnlyList<PlannedMeeting> Meetings { get; }

    /// <summary>Gets the number of repeated pairs over all meetings planned (the sum of <see cref="PlannedMeeting.RepeatedPairs"/>).</summary>
    public int RepeatedPairs => Meetings.Sum(m => m.RepeatedPairs);

    /// <summary>Gets the search iterations spent.</summary>
    public int Iterations { get; }

    /// <summary>Gets a value indicating whether the request's time limit ended the search (the plan may then differ between runs).</summary>
    public bool StoppedByTimeLimit { get; }
}

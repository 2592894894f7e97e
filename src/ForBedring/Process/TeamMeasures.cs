namespace ForBedring.Process;

/// <summary>
/// D1–D5: measures of the leadership team itself, read from its process on a date: its cross-unit work, its shared
/// goals, who took part, and its meeting evaluations. See <see cref="FollowUpProcess.TeamMeasuresOn"/> for the definitions.
/// </summary>
/// <param name="CrossUnitStarted">Cross-unit actions that have started: in progress, on hold or done.</param>
/// <param name="CrossUnitCompleted">Cross-unit actions done.</param>
/// <param name="SharedGoals">Actions in the team's shared plan.</param>
/// <param name="SharedGoalsOnTrack">Shared-plan actions on track: done, or in progress or planned and not past their due date.</param>
/// <param name="MembersShared">Members who shared their reflections in the read-back meeting (B3).</param>
/// <param name="MembersReported">Members who have recorded a status review or an update of a plan action.</param>
/// <param name="MeetingEvaluations">Minute notes recorded against the agenda's summary and evaluation part.</param>
public sealed record TeamMeasures(
    int CrossUnitStarted,
    int CrossUnitCompleted,
    int SharedGoals,
    int SharedGoalsOnTrack,
    int MembersShared,
    int MembersReported,
    int MeetingEvaluations)
{
    /// <summary>Gets the share of the shared goals on track, 0 to 1, or null when the team has no shared goals.</summary>
    public double? ShareOnTrack => SharedGoals == 0 ? null : (double)SharedGoalsOnTrack / SharedGoals;
}

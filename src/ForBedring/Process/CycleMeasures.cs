using ForBedring.Internal;
using NodaTime;

namespace ForBedring.Process;

/// <summary>
/// D1–D5 over cycles: the measures of the leadership team itself (<see cref="TeamMeasures"/>) in one cycle, read from
/// that cycle's process on a date (for an earlier cycle, the day the next one started).
/// </summary>
public sealed record CycleMeasures
{
    /// <summary>Creates the measures of a cycle.</summary>
    /// <param name="process">The cycle's process.</param>
    /// <param name="round">The cycle's survey round.</param>
    /// <param name="on">The date they were read on.</param>
    /// <param name="measures">The measures.</param>
    /// <exception cref="ArgumentNullException"><paramref name="measures"/> or <paramref name="round"/> is null.</exception>
    /// <exception cref="ArgumentException">The process id is the default value, the round is invalid, or a count is negative or more than the count it is part of.</exception>
    public CycleMeasures(ProcessId process, string round, LocalDate on, TeamMeasures measures)
    {
        if (process.Value.Length == 0)
        {
            throw new ArgumentException("Cycle measures need the cycle's process id.", nameof(process));
        }

        Guard.NotNull(measures, nameof(measures));
        if (measures.CrossUnitStarted < 0 || measures.CrossUnitCompleted < 0 || measures.SharedGoals < 0 || measures.SharedGoalsOnTrack < 0
            || measures.MembersShared < 0 || measures.MembersReported < 0 || measures.MeetingEvaluations < 0)
        {
            throw new ArgumentException("A team measure is a count, 0 or more.", nameof(measures));
        }

        if (measures.CrossUnitCompleted > measures.CrossUnitStarted || measures.SharedGoalsOnTrack > measures.SharedGoals)
        {
            throw new ArgumentException("Completed cross-unit actions are some of those started, and shared goals on track some of the shared goals.", nameof(measures));
        }

        Process = process;
        Round = Guard.Text(round, nameof(round), 200);
        On = DayKey.Iso(on);
        Measures = measures;
    }

    /// <summary>Gets the cycle's process.</summary>
    public ProcessId Process { get; }

    /// <summary>Gets the cycle's survey round.</summary>
    public string Round { get; }

    /// <summary>Gets the date the measures were read on.</summary>
    public LocalDate On { get; }

    /// <summary>Gets the measures.</summary>
    public TeamMeasures Measures { get; }
}

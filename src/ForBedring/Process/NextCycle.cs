using ForBedring.Actions;

namespace ForBedring.Process;

/// <summary>
/// The result of starting the next cycle (<see cref="FollowUpProcessFactory.StartNext"/>): the new process with the
/// open actions carried over, and how each carried action's indicator moved in the new round.
/// </summary>
public sealed class NextCycle
{
    internal NextCycle(FollowUpProcess process, IReadOnlyList<ActionId> carried, IReadOnlyList<IndicatorReading> readings)
    {
        Process = process;
        Carried = carried;
        Readings = readings;
    }

    /// <summary>Gets the new process, at its first step, with the carried actions and plans.</summary>
    public FollowUpProcess Process { get; }

    /// <summary>Gets the ids of the actions carried over, in the previous process's order.</summary>
    public IReadOnlyList<ActionId> Carried { get; }

    /// <summary>Gets the readings: per carried action, one per unit it is read for, in the order of <see cref="Carried"/>.</summary>
    public IReadOnlyList<IndicatorReading> Readings { get; }

    /// <summary>Describes the readings as sentences for the new process's highlights.</summary>
    /// <returns>One sentence per reading, in bokmål, nynorsk and English.</returns>
    public IReadOnlyList<LocalizedText> Summary() => CarryOverSummary.Describe(Readings);
}

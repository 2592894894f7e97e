namespace ForBedring.Actions;

/// <summary>How a carried-over action's indicator moved from one survey round to the next, read by <see cref="IndicatorReading"/>.</summary>
public enum IndicatorTrend
{
    /// <summary>The score rose by at least the tolerance.</summary>
    Up = 0,

    /// <summary>The score fell by at least the tolerance.</summary>
    Down = 1,

    /// <summary>The score moved by less than the tolerance.</summary>
    Unchanged = 2,

    /// <summary>Unknown: the unit's figure in either round is not released (anonymity, or withheld by the vendor).</summary>
    Hidden = 3,

    /// <summary>Unknown: the action names no indicator, or a round has no figure for it (the unit or the indicator is not in the results).</summary>
    NotMeasured = 4,
}

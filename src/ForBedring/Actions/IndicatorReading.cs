using ForBedring.Internal;
using ForBedring.Results;

namespace ForBedring.Actions;

/// <summary>
/// The effect of one carried-over action on its indicator for one unit, read against the next round's release: up,
/// down, unchanged, or unknown. Never holds a hidden figure: <see cref="Score"/> and <see cref="Previous"/> are set only
/// when both are released.
/// </summary>
public sealed record IndicatorReading
{
    /// <summary>The default tolerance, in points on the 0–100 scale: a change smaller than this reads as unchanged.</summary>
    public const double DefaultTolerance = 2.0;

    /// <summary>Creates a reading.</summary>
    /// <param name="action">The action.</param>
    /// <param name="actionTitle">The action's title, for the sentences.</param>
    /// <param name="unit">The unit the figure is for.</param>
    /// <param name="indicator">The indicator, or null when the action names none.</param>
    /// <param name="trend">How it moved.</param>
    /// <param name="score">The new round's score, or null unless the trend is up, down or unchanged.</param>
    /// <param name="previous">The previous round's score, or null unless the trend is up, down or unchanged.</param>
    /// <exception cref="ArgumentException">An id is the default value, the title is invalid, or the figures do not match the trend.</exception>
    public IndicatorReading(ActionId action, string actionTitle, UnitId unit, IndicatorId? indicator, IndicatorTrend trend, double? score, double? previous)
    {
        if (action.Value is null || action.Value.Length == 0 || unit.Value is null || unit.Value.Length == 0)
        {
            throw new ArgumentException("A reading needs an action and a unit.", nameof(action));
        }

        var measured = trend is IndicatorTrend.Up or IndicatorTrend.Down or IndicatorTrend.Unchanged;
        if (measured != (score is not null && previous is not null && indicator is not null) || (!measured && (score is not null || previous is not null)))
        {
            throw new ArgumentException("A reading holds both figures when it is up, down or unchanged, and neither otherwise.", nameof(trend));
        }

        Action = action;
        ActionTitle = Guard.Text(actionTitle, nameof(actionTitle), 300);
        Unit = unit;
        Indicator = indicator;
        Trend = trend;
        Score = score;
        Previous = previous;
    }

    /// <summary>Gets the action.</summary>
    public ActionId Action { get; }

    /// <summary>Gets the action's title.</summary>
    public string ActionTitle { get; }

    /// <summary>Gets the unit the figure is for.</summary>
    public UnitId Unit { get; }

    /// <summary>Gets the indicator, or null when the action names none.</summary>
    public IndicatorId? Indicator { get; }

    /// <summary>Gets how the indicator moved.</summary>
    public IndicatorTrend Trend { get; }

    /// <summary>Gets the new round's score when both figures are released; otherwise null.</summary>
    public double? Score { get; }

    /// <summary>Gets the previous round's score when both figures are released; otherwise null.</summary>
    public double? Previous { get; }

    /// <summary>Gets the change in points when both figures are released; otherwise null.</summary>
    public double? Change => Score - Previous;

    /// <summary>Reads an action's indicator for a unit from the new round's release and the previous figure.</summary>
    /// <param name="action">The action.</param>
    /// <param name="actionTitle">The action's title.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="indicator">The indicator, or null.</param>
    /// <param name="release">The new round's release.</param>
    /// <param name="previousRelease">The previous round's release; when null, the new release's <see cref="IndicatorScore.Previous"/> is used.</param>
    /// <param name="tolerance">The least change, in points, that counts as up or down; 0–100.</param>
    /// <returns>The reading.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="release"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is out of range.</exception>
    public static IndicatorReading Read(ActionId action, string actionTitle, UnitId unit, IndicatorId? indicator, Release release, Release? previousRelease, double tolerance = DefaultTolerance)
    {
        Guard.NotNull(release, nameof(release));
        CheckTolerance(tolerance);

        return Read(action, actionTitle, unit, indicator, release.Unit, previousRelease is null ? null : previousRelease.Unit, tolerance);
    }

    /// <summary>Checks a tolerance: 0 to 100 points.</summary>
    /// <param name="tolerance">The tolerance.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is not a number from 0 to 100.</exception>
    internal static void CheckTolerance(double tolerance)
    {
        if (double.IsNaN(tolerance) || tolerance < 0 || tolerance > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance is 0 to 100 points.");
        }
    }

    /// <summary>Reads an action's indicator for a unit from the units a release or a view holds.</summary>
    /// <param name="action">The action.</param>
    /// <param name="actionTitle">The action's title.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="indicator">The indicator, or null.</param>
    /// <param name="now">Finds a unit in the new round; null when it has none.</param>
    /// <param name="before">Finds a unit in the previous round; when null, the new round's previous figures are used.</param>
    /// <param name="tolerance">The least change, in points, that counts as up or down; already checked.</param>
    /// <returns>The reading.</returns>
    internal static IndicatorReading Read(ActionId action, string actionTitle, UnitId unit, IndicatorId? indicator, Func<UnitId, ReleasedUnit?> now, Func<UnitId, ReleasedUnit?>? before, double tolerance)
    {
        if (indicator is not { } id)
        {
            return Unknown(IndicatorTrend.NotMeasured);
        }

        var current = now(unit);
        var earlier = before?.Invoke(unit);
        if (current is null || (before is not null && earlier is null))
        {
            return Unknown(IndicatorTrend.NotMeasured);
        }

        // A hidden unit has no figures at all in a release, so checking the status first is what keeps a hidden figure out.
        if (!current.IsReleased || earlier is { IsReleased: false })
        {
            return Unknown(IndicatorTrend.Hidden);
        }

        var score = current.ScoreOf(id);
        double? previous = earlier is null ? score?.Previous : earlier.ScoreOf(id)?.Score;
        if (score is null || previous is null)
        {
            return Unknown(IndicatorTrend.NotMeasured);
        }

        var change = score.Score - previous.Value;
        var trend = Math.Abs(change) < tolerance ? IndicatorTrend.Unchanged : change > 0 ? IndicatorTrend.Up : IndicatorTrend.Down;
        return new IndicatorReading(action, actionTitle, unit, indicator, trend, score.Score, previous);

        IndicatorReading Unknown(IndicatorTrend trend) => new(action, actionTitle, unit, indicator, trend, null, null);
    }
}

namespace ForBedring.Results;

/// <summary>One indicator's mean score (0–100) for a unit, and the previous round's score where known.</summary>
public sealed record IndicatorScore
{
    /// <summary>Creates a score.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="score">The mean score, 0–100.</param>
    /// <param name="previous">The previous round's score, 0–100, where known.</param>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score is not a number from 0 to 100.</exception>
    public IndicatorScore(IndicatorId indicator, double score, double? previous = null)
    {
        if (indicator.Value.Length == 0)
        {
            throw new ArgumentException("A score needs an indicator.", nameof(indicator));
        }

        if (!IsValid(score))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A score is a number from 0 to 100.");
        }

        if (previous is { } p && !IsValid(p))
        {
            throw new ArgumentOutOfRangeException(nameof(previous), previous, "A score is a number from 0 to 100.");
        }

        Indicator = indicator;
        Score = score;
        Previous = previous;
    }

    /// <summary>Gets the indicator.</summary>
    public IndicatorId Indicator { get; }

    /// <summary>Gets the mean score, 0–100.</summary>
    public double Score { get; }

    /// <summary>Gets the previous round's score, where known.</summary>
    public double? Previous { get; }

    /// <summary>Gets the change since the previous round, where the previous score is known.</summary>
    public double? Change => Previous is { } p ? Score - p : null;

    internal static bool IsValid(double score) => score is >= 0 and <= 100;
}

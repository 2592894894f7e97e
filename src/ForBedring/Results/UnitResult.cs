using ForBedring.Internal;

namespace ForBedring.Results;

/// <summary>
/// A unit's figures in a round: invited, respondents and the score of each indicator, each covering the unit and
/// everything below it. A unit whose figures the vendor withheld has no respondents and no scores.
/// </summary>
public sealed record UnitResult
{
    /// <summary>Creates a unit's figures.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="invited">How many were invited.</param>
    /// <param name="respondents">How many answered, or null when the vendor withheld the unit's figures.</param>
    /// <param name="scores">The scores, one per indicator; none when withheld.</param>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is the default value, an indicator occurs twice, or a withheld unit has scores.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public UnitResult(UnitId unit, int invited, int? respondents, IEnumerable<IndicatorScore> scores)
    {
        if (unit.Value.Length == 0)
        {
            throw new ArgumentException("A result needs a unit.", nameof(unit));
        }

        if (invited < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(invited), invited, "Invited cannot be negative.");
        }

        if (respondents < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(respondents), respondents, "Respondents cannot be negative.");
        }

        Scores = ValueList.Copy(scores, nameof(scores));
        if (respondents is null && Scores.Count > 0)
        {
            throw new ArgumentException("A withheld unit has no scores.", nameof(scores));
        }

        if (Scores.Select(s => s.Indicator).Distinct().Count() != Scores.Count)
        {
            throw new ArgumentException("An indicator occurs twice.", nameof(scores));
        }

        Unit = unit;
        Invited = invited;
        Respondents = respondents;
    }

    /// <summary>Gets the unit.</summary>
    public UnitId Unit { get; }

    /// <summary>Gets how many were invited.</summary>
    public int Invited { get; }

    /// <summary>Gets how many answered, or null when the vendor withheld the unit's figures.</summary>
    public int? Respondents { get; }

    /// <summary>Gets a value indicating whether the vendor withheld the unit's figures.</summary>
    public bool IsWithheld => Respondents is null;

    /// <summary>Gets the scores, one per indicator, in the order the vendor gave them.</summary>
    public IReadOnlyList<IndicatorScore> Scores { get; }

    /// <summary>Finds an indicator's score.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The score, or null when the unit has none for it.</returns>
    public IndicatorScore? ScoreOf(IndicatorId indicator) => Scores.FirstOrDefault(s => s.Indicator == indicator);

    /// <summary>Tells whether another result has the same figures.</summary>
    /// <param name="other">The other result.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(UnitResult? other)
        => other is not null && Unit == other.Unit && Invited == other.Invited && Respondents == other.Respondents && ValueList.SequenceEqual(Scores, other.Scores);

    /// <summary>Computes a hash code from the figures.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
        => unchecked((((Unit.GetHashCode() * 31) + Invited) * 31) + (Respondents ?? -1)) ^ ValueList.SequenceHash(Scores);
}

using ForBedring.Internal;

namespace ForBedring.Meetings;

/// <summary>
/// The result of checking a time plan: every problem found, and by how many minutes the meeting is too short for
/// what the rules ask. A plan that does not fit is a normal outcome, so it is a result, not an exception.
/// </summary>
public sealed record AgendaCheck
{
    /// <summary>Creates the result.</summary>
    /// <param name="problems">Every problem found; empty when the plan fits.</param>
    /// <param name="shortBy">The minutes the meeting would need to be longer for everything to fit; 0 when it fits in length.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shortBy"/> is negative.</exception>
    public AgendaCheck(IEnumerable<AgendaProblem> problems, int shortBy)
    {
        Problems = ValueList.Copy(problems, nameof(problems));
        ShortBy = shortBy >= 0 ? shortBy : throw new ArgumentOutOfRangeException(nameof(shortBy), shortBy, "The shortfall is not negative.");
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<AgendaProblem> Problems { get; }

    /// <summary>Gets the minutes the meeting would need to be longer for everything to fit.</summary>
    public int ShortBy { get; }

    /// <summary>Gets a value indicating whether the plan fits every rule.</summary>
    public bool IsOk => Problems.Count == 0;

    /// <summary>Tells whether two values are equal, their lists compared item by item.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(AgendaCheck? other) => other is not null && ShortBy == other.ShortBy && ValueList.SequenceEqual(Problems, other.Problems);

    /// <inheritdoc/>
    public override int GetHashCode() => ValueList.SequenceHash(Problems) ^ ShortBy;
}

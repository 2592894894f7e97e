using ForBedring.Internal;
using NodaTime;

namespace ForBedring.Actions;

/// <summary>C2, C3: the status of the action work, taken at a leadership meeting in a fixed structure: one line per open action.</summary>
public sealed record StatusReview
{
    /// <summary>Creates the review.</summary>
    /// <param name="date">The date of the leadership meeting.</param>
    /// <param name="updates">One update per open action.</param>
    /// <exception cref="ArgumentNullException"><paramref name="updates"/> or an update is null.</exception>
    public StatusReview(LocalDate date, IEnumerable<ActionStatusUpdate> updates)
    {
        Date = DayKey.Iso(date);
        Updates = ValueList.Copy(updates, nameof(updates));
    }

    /// <summary>Gets the date of the leadership meeting.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the updates, one per action.</summary>
    public IReadOnlyList<ActionStatusUpdate> Updates { get; }

    /// <summary>Tells whether two values are equal, their lists compared item by item.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(StatusReview? other) => other is not null && Date == other.Date && ValueList.SequenceEqual(Updates, other.Updates);

    /// <inheritdoc/>
    public override int GetHashCode() => ValueList.SequenceHash(Updates) ^ Date.GetHashCode();
}

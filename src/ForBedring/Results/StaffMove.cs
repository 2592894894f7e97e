namespace ForBedring.Results;

/// <summary>
/// How respondents moved in a re-organisation: this many of those attached directly to an earlier unit are now
/// attached directly to a new unit. A null <see cref="From"/> means people who joined; a null <see cref="To"/>, people who left.
/// </summary>
public sealed record StaffMove
{
    /// <summary>Creates a move.</summary>
    /// <param name="from">The earlier unit (its own staff, not the units below it), or null for people who joined.</param>
    /// <param name="to">The new unit, or null for people who left.</param>
    /// <param name="respondents">How many respondents moved.</param>
    /// <exception cref="ArgumentException">Both units are null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="respondents"/> is negative.</exception>
    public StaffMove(UnitId? from, UnitId? to, int respondents)
    {
        if (from is null && to is null)
        {
            throw new ArgumentException("A move needs an earlier unit, a new unit, or both.", nameof(from));
        }

        if (respondents < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(respondents), respondents, "Respondents cannot be negative.");
        }

        From = from;
        To = to;
        Respondents = respondents;
    }

    /// <summary>Gets the earlier unit, or null for people who joined.</summary>
    public UnitId? From { get; }

    /// <summary>Gets the new unit, or null for people who left.</summary>
    public UnitId? To { get; }

    /// <summary>Gets how many respondents moved.</summary>
    public int Respondents { get; }
}

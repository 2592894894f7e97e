using ForBedring.Internal;

namespace ForBedring.Meetings;

/// <summary>One item of the meeting's agenda, in one of the three parts, with the minutes the time plan gives it (A3.3).</summary>
public sealed record AgendaItem
{
    /// <summary>Creates an agenda item.</summary>
    /// <param name="section">The part of the meeting it belongs to.</param>
    /// <param name="title">What happens.</param>
    /// <param name="minutes">The minutes it is given, 1–480.</param>
    /// <exception cref="ArgumentOutOfRangeException">The section is unknown, or the minutes are out of range.</exception>
    /// <exception cref="ArgumentException">The title is invalid.</exception>
    public AgendaItem(AgendaSection section, string title, int minutes)
    {
        if (section is < AgendaSection.Introduction or > AgendaSection.SummaryAndEvaluation)
        {
            throw new ArgumentOutOfRangeException(nameof(section), section, "Unknown agenda section.");
        }

        if (minutes is < 1 or > 480)
        {
            throw new ArgumentOutOfRangeException(nameof(minutes), minutes, "An agenda item lasts 1 to 480 minutes.");
        }

        Section = section;
        Title = Guard.Text(title, nameof(title), 500);
        Minutes = minutes;
    }

    /// <summary>Gets the part of the meeting the item belongs to.</summary>
    public AgendaSection Section { get; }

    /// <summary>Gets what happens.</summary>
    public string Title { get; }

    /// <summary>Gets the minutes the time plan gives the item.</summary>
    public int Minutes { get; }
}

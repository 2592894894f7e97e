namespace ForBedring.Meetings;

/// <summary>One item of an agenda template: its part, kind, title, least minutes and share of the spare time.</summary>
public sealed record AgendaTemplateItem
{
    /// <summary>Creates the template item.</summary>
    /// <param name="section">The part of the meeting.</param>
    /// <param name="kind">What the item is.</param>
    /// <param name="title">Its title in bokmål, nynorsk and English.</param>
    /// <param name="minutes">The least minutes it gets, 1–240 (for B3 the builder raises it to what the members need).</param>
    /// <param name="weight">Its share of the minutes left when every item has its least, 0–100 (0: it stays at its least).</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The section or kind is unknown, or a number is out of range.</exception>
    public AgendaTemplateItem(AgendaSection section, AgendaItemKind kind, LocalizedText title, int minutes, int weight)
    {
        if (section is < AgendaSection.Introduction or > AgendaSection.SummaryAndEvaluation)
        {
            throw new ArgumentOutOfRangeException(nameof(section), section, "Unknown agenda section.");
        }

        if (kind is < AgendaItemKind.Custom or > AgendaItemKind.Break)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown agenda item kind.");
        }

        if (minutes is < 1 or > 240)
        {
            throw new ArgumentOutOfRangeException(nameof(minutes), minutes, "A template item has 1 to 240 minutes.");
        }

        if (weight is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "A weight is 0 to 100.");
        }

        Section = section;
        Kind = kind;
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Minutes = minutes;
        Weight = weight;
    }

    /// <summary>Gets the part of the meeting.</summary>
    public AgendaSection Section { get; }

    /// <summary>Gets what the item is.</summary>
    public AgendaItemKind Kind { get; }

    /// <summary>Gets the title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the least minutes.</summary>
    public int Minutes { get; }

    /// <summary>Gets the share of the spare time.</summary>
    public int Weight { get; }
}

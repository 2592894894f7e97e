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
        : this(section, title, minutes, AgendaItemKind.Custom)
    {
    }

    /// <summary>Creates an agenda item of a kind the guide's template knows.</summary>
    /// <param name="section">The part of the meeting it belongs to.</param>
    /// <param name="title">What happens.</param>
    /// <param name="minutes">The minutes it is given, 1–480.</param>
    /// <param name="kind">What the item is in the guide's template.</param>
    /// <exception cref="ArgumentOutOfRangeException">The section or kind is unknown, or the minutes are out of range.</exception>
    /// <exception cref="ArgumentException">The title is invalid.</exception>
    public AgendaItem(AgendaSection section, string title, int minutes, AgendaItemKind kind)
    {
        if (kind is < AgendaItemKind.Custom or > AgendaItemKind.Break)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown agenda item kind.");
        }

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
        Kind = kind;
    }

    /// <summary>Gets the part of the meeting the item belongs to.</summary>
    public AgendaSection Section { get; }

    /// <summary>Gets what happens.</summary>
    public string Title { get; }

    /// <summary>Gets the minutes the time plan gives the item.</summary>
    public int Minutes { get; }

    /// <summary>Gets what the item is in the guide's template; <see cref="AgendaItemKind.Custom"/> for the leader's own.</summary>
    public AgendaItemKind Kind { get; }

    /// <summary>Gets the guide's reference for the item's kind (<c>B3</c>), or null for a custom item, the evaluation or a break.</summary>
    public string? GuideReference => ReferenceOf(Kind);

    /// <summary>Returns a copy with other minutes.</summary>
    /// <param name="minutes">The new minutes, 1–480.</param>
    /// <returns>The resized item.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The minutes are out of range.</exception>
    public AgendaItem WithMinutes(int minutes) => new(Section, Title, minutes, Kind);

    /// <summary>Gets the guide's reference for a kind of item (<c>B3</c>), or null when the guide numbers none.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The reference, or null.</returns>
    public static string? ReferenceOf(AgendaItemKind kind) => kind switch
    {
        AgendaItemKind.Goals => "B1",
        AgendaItemKind.Reflections => "B2",
        AgendaItemKind.Sharing or AgendaItemKind.SharingInGroups => "B3",
        AgendaItemKind.GroupWork or AgendaItemKind.Plenary => "B4",
        AgendaItemKind.ActionKickoff => "B5",
        AgendaItemKind.Agreements => "B6",
        AgendaItemKind.WayForward => "B7",
        _ => null,
    };
}

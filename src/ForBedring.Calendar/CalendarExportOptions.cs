using NodaTime;

namespace ForBedring.Calendar;

/// <summary>
/// What a calendar export may carry. By default nothing but the times and a neutral title in the chosen language: no
/// free text, no names, no personal data. Free text (the agenda's items, a title or place of the caller's own) is
/// written only when <see cref="IncludeFreeText"/> is set.
/// </summary>
public sealed record CalendarExportOptions
{
    /// <summary>Creates the options.</summary>
    /// <param name="stamp">When the export is made (DTSTAMP); take it from the injected <see cref="IClock"/>.</param>
    /// <param name="language">The language of the neutral title.</param>
    /// <param name="includeFreeText">Whether free text may be written: the agenda as the description, <paramref name="title"/> and <paramref name="location"/>.</param>
    /// <param name="title">A title of the caller's own instead of the neutral one; only with <paramref name="includeFreeText"/>.</param>
    /// <param name="location">Where the meeting is; only with <paramref name="includeFreeText"/>.</param>
    /// <exception cref="ArgumentException">A title or location is given without <paramref name="includeFreeText"/>, or is invalid text.</exception>
    public CalendarExportOptions(Instant stamp, TextLanguage language = TextLanguage.Bokmal, bool includeFreeText = false, string? title = null, string? location = null)
    {
        if (!includeFreeText && (title is not null || location is not null))
        {
            throw new ArgumentException("A title or location is free text: set includeFreeText to write it.", title is not null ? nameof(title) : nameof(location));
        }

        Stamp = stamp;
        Language = language;
        IncludeFreeText = includeFreeText;
        Title = title is null ? null : CheckText(title, nameof(title));
        Location = location is null ? null : CheckText(location, nameof(location));
    }

    /// <summary>Gets when the export is made.</summary>
    public Instant Stamp { get; }

    /// <summary>Gets the language of the neutral title.</summary>
    public TextLanguage Language { get; }

    /// <summary>Gets a value indicating whether free text may be written.</summary>
    public bool IncludeFreeText { get; }

    /// <summary>Gets the caller's own title, or null for the neutral one.</summary>
    public string? Title { get; }

    /// <summary>Gets where the meeting is, or null.</summary>
    public string? Location { get; }

    private static string CheckText(string text, string name)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 2_000 || text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("The text must be 1 to 2,000 characters, not blank, without NUL.", name);
        }

        return text;
    }
}

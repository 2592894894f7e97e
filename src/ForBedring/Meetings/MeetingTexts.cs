namespace ForBedring.Meetings;

/// <summary>The names of the meeting's parts as people read them.</summary>
public static class MeetingTexts
{
    private static readonly LocalizedText Introduction = new("Innledning", "Innleiing", "Introduction");
    private static readonly LocalizedText Discussion = new("Diskusjon", "Diskusjon", "Discussion");
    private static readonly LocalizedText Summary = new("Oppsummering/evaluering", "Oppsummering/evaluering", "Summary/evaluation");

    /// <summary>Gets the name of a part of the meeting (A3.1).</summary>
    /// <param name="section">The part.</param>
    /// <returns>Its name in bokmål, nynorsk and English.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The part is unknown.</exception>
    public static LocalizedText NameOf(AgendaSection section) => section switch
    {
        AgendaSection.Introduction => Introduction,
        AgendaSection.Discussion => Discussion,
        AgendaSection.SummaryAndEvaluation => Summary,
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, "Unknown agenda section."),
    };
}

namespace ForBedring.Meetings;

/// <summary>A way out of a time plan that does not fit: a ready agenda that passes the check under its rules.</summary>
public sealed record AgendaWayOut
{
    /// <summary>Creates the way out.</summary>
    /// <param name="kind">What changes.</param>
    /// <param name="agenda">The ready agenda.</param>
    /// <param name="rules">The rules it passes (other than the asked ones when it gives less time each).</param>
    /// <param name="description">What changes, in a sentence.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AgendaWayOut(AgendaWayOutKind kind, MeetingAgenda agenda, AgendaRules rules, LocalizedText description)
    {
        Kind = kind;
        Agenda = agenda ?? throw new ArgumentNullException(nameof(agenda));
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        Description = description ?? throw new ArgumentNullException(nameof(description));
    }

    /// <summary>Gets what changes.</summary>
    public AgendaWayOutKind Kind { get; }

    /// <summary>Gets the ready agenda.</summary>
    public MeetingAgenda Agenda { get; }

    /// <summary>Gets the rules the agenda passes.</summary>
    public AgendaRules Rules { get; }

    /// <summary>Gets what changes, in a sentence.</summary>
    public LocalizedText Description { get; }
}

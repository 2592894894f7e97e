using ForBedring.Internal;
using ForBedring.Process;
using ForBedring.Prompts;

namespace ForBedring.Meetings;

/// <summary>
/// The read-back meeting's plan in one value: the agenda, the roles (A3.4: the leader chairs; a timekeeper and a
/// minute-taker, neither of them the chair), the goals (A3.2a–c) and the presentation (A3.6) as an attachment reference.
/// </summary>
public sealed record MeetingPlan
{
    private static readonly PromptId[] GoalPrompts = [new("A3.2a"), new("A3.2b"), new("A3.2c")];
    private static readonly LocalizedText NoTimekeeper = new("Ingen tidtaker er utpekt.", "Ingen tidtakar er peika ut.", "No timekeeper has been assigned.");
    private static readonly LocalizedText NoMinuteTaker = new("Ingen referent er utpekt.", "Ingen referent er peika ut.", "No minute-taker has been assigned.");
    private static readonly LocalizedText TimekeeperChairs = new("Tidtakeren kan ikke være møteleder.", "Tidtakaren kan ikkje vere møteleiar.", "The timekeeper cannot be the chair.");
    private static readonly LocalizedText MinuteTakerChairs = new("Referenten kan ikke være møteleder.", "Referenten kan ikkje vere møteleiar.", "The minute-taker cannot be the chair.");

    /// <summary>Creates the plan.</summary>
    /// <param name="agenda">The agenda, or null while none is made.</param>
    /// <param name="chair">The chair: the team's leader.</param>
    /// <param name="timekeeper">The timekeeper, or null while unassigned.</param>
    /// <param name="minuteTaker">The minute-taker, or null while unassigned.</param>
    /// <param name="goals">The goals A3.2a, A3.2b and A3.2c in that order, each null while unanswered.</param>
    /// <param name="presentation">A reference to the presentation (A3.6), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="goals"/> is null.</exception>
    /// <exception cref="ArgumentException">The chair is the default id, or there are not three goals.</exception>
    public MeetingPlan(MeetingAgenda? agenda, PersonId chair, PersonId? timekeeper, PersonId? minuteTaker, IEnumerable<string?> goals, string? presentation)
    {
        if (chair.Value.Length == 0)
        {
            throw new ArgumentException("The chair is the default person id.", nameof(chair));
        }

        Guard.NotNull(goals, nameof(goals));
        Goals = goals.ToList().AsReadOnly();
        if (Goals.Count != 3)
        {
            throw new ArgumentException("A plan has the three goals A3.2a–c (each may be null).", nameof(goals));
        }

        Agenda = agenda;
        Chair = chair;
        Timekeeper = timekeeper;
        MinuteTaker = minuteTaker;
        Presentation = presentation;
    }

    /// <summary>Gets the agenda, or null.</summary>
    public MeetingAgenda? Agenda { get; }

    /// <summary>Gets the chair (the leader).</summary>
    public PersonId Chair { get; }

    /// <summary>Gets the timekeeper, or null.</summary>
    public PersonId? Timekeeper { get; }

    /// <summary>Gets the minute-taker, or null.</summary>
    public PersonId? MinuteTaker { get; }

    /// <summary>Gets the goals A3.2a–c, each null while unanswered.</summary>
    public IReadOnlyList<string?> Goals { get; }

    /// <summary>Gets the reference to the presentation, or null.</summary>
    public string? Presentation { get; }

    /// <summary>Reads the plan from a process: its agenda, roles, presentation and the leader's answers to A3.2a–c.</summary>
    /// <param name="process">The process.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="process"/> is null.</exception>
    public static MeetingPlan From(FollowUpProcess process)
    {
        Guard.NotNull(process, nameof(process));
        var leader = process.Team.Leader.Id;
        var goals = GoalPrompts.Select(id => (process.FindAnswer(id, leader)?.Answer as TextAnswer)?.Text);
        return new MeetingPlan(process.Agenda, leader, process.Timekeeper, process.MinuteTaker, goals, process.Presentation);
    }

    /// <summary>Gets what is missing or wrong in the roles (A3.4), as sentences; empty when both are assigned and neither chairs.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<LocalizedText> RoleProblems()
    {
        var list = new List<LocalizedText>(2);
        if (Timekeeper is null)
        {
            list.Add(NoTimekeeper);
        }
        else if (Timekeeper == Chair)
        {
            list.Add(TimekeeperChairs);
        }

        if (MinuteTaker is null)
        {
            list.Add(NoMinuteTaker);
        }
        else if (MinuteTaker == Chair)
        {
            list.Add(MinuteTakerChairs);
        }

        return list.AsReadOnly();
    }

    /// <summary>Tells whether two values are equal, their lists compared item by item.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(MeetingPlan? other) =>
        other is not null && Equals(Agenda, other.Agenda) && Chair == other.Chair && Timekeeper == other.Timekeeper
        && MinuteTaker == other.MinuteTaker && Presentation == other.Presentation && Goals.SequenceEqual(other.Goals);

    /// <inheritdoc/>
    public override int GetHashCode() => Chair.GetHashCode() ^ (Agenda?.GetHashCode() ?? 0);
}


namespace ForBedring.Process;

/// <summary>What is known about each step: its phase, the guide items it carries out, and its name.</summary>
public static class ProcessSteps
{
    private static readonly Dictionary<ProcessStep, (ProcessPhase Phase, string Guide, LocalizedText Name)> Steps = new()
    {
        [ProcessStep.SelfReflection] = (ProcessPhase.Preparation, "A1", new LocalizedText("Innledende selvrefleksjon", "Innleiande sjølvrefleksjon", "Initial self-reflection")),
        [ProcessStep.StrategicFocus] = (ProcessPhase.Preparation, "A2", new LocalizedText("Ditt strategiske fokus", "Ditt strategiske fokus", "Your strategic focus")),
        [ProcessStep.MeetingPlanning] = (ProcessPhase.Preparation, "A3", new LocalizedText("Planlegg møteregien", "Planlegg møteregien", "Plan how the meeting will be run")),
        [ProcessStep.ReportDistribution] = (ProcessPhase.Preparation, "A4", new LocalizedText("Send ut rapporten med resultater", "Send ut rapporten med resultat", "Send out the report with the results")),
        [ProcessStep.Homework] = (ProcessPhase.Preparation, "A5", new LocalizedText("Hjemmeoppgave: hver leder forbereder sine refleksjoner", "Heimeoppgåve: kvar leiar førebur refleksjonane sine", "Homework: each leader prepares their reflections")),
        [ProcessStep.ReadyForMeeting] = (ProcessPhase.Preparation, "A", new LocalizedText("Klar til ledermøtet", "Klar til leiarmøtet", "Ready for the leadership meeting")),
        [ProcessStep.Introduction] = (ProcessPhase.Meeting, "B1", new LocalizedText("Innledning og målsetning", "Innleiing og målsetjing", "Introduction and purpose")),
        [ProcessStep.LeaderReflections] = (ProcessPhase.Meeting, "B2", new LocalizedText("Lederens refleksjoner og prioriteringer", "Refleksjonane og prioriteringane til leiaren", "The leader's reflections and priorities")),
        [ProcessStep.MembersSharing] = (ProcessPhase.Meeting, "B3", new LocalizedText("Hver leder deler sine refleksjoner", "Kvar leiar deler refleksjonane sine", "Each leader shares their reflections")),
        [ProcessStep.GroupDialogue] = (ProcessPhase.Meeting, "B4", new LocalizedText("Dialog i grupper", "Dialog i grupper", "Dialogue in groups")),
        [ProcessStep.PlenaryRound] = (ProcessPhase.Meeting, "B4", new LocalizedText("Runde rundt bordet i plenum", "Runde rundt bordet i plenum", "Round around the table in plenary")),
        [ProcessStep.ActionKickoff] = (ProcessPhase.Meeting, "B5", new LocalizedText("Påstart av tiltaksutvikling", "Oppstart av tiltaksutvikling", "Starting to develop actions")),
        [ProcessStep.Summary] = (ProcessPhase.Meeting, "B6", new LocalizedText("Oppsummering – hva ble vi enige om?", "Oppsummering – kva vart vi samde om?", "Summary – what did we agree on?")),
        [ProcessStep.WayForward] = (ProcessPhase.Meeting, "B7", new LocalizedText("Veien videre", "Vegen vidare", "The way forward")),
        [ProcessStep.ActionPlanning] = (ProcessPhase.ActionDevelopment, "C1, C4–C7", new LocalizedText("Handlingsplan utformes", "Handlingsplan blir utforma", "Drawing up the action plan")),
        [ProcessStep.StatusReviews] = (ProcessPhase.ActionDevelopment, "C2, C3", new LocalizedText("Status på tiltaksarbeidet i ledermøtene", "Status på tiltaksarbeidet i leiarmøta", "Status of the action work at the leadership meetings")),
        [ProcessStep.TeamDevelopment] = (ProcessPhase.TeamDevelopment, "D1–D5", new LocalizedText("Ledergruppeutvikling", "Leiargruppeutvikling", "Leadership-team development")),
        [ProcessStep.Closed] = (ProcessPhase.Closed, "", new LocalizedText("Avsluttet", "Avslutta", "Closed")),
    };

    /// <summary>Gets every step, in the guide's order.</summary>
    public static IReadOnlyList<ProcessStep> All { get; } = new System.Collections.ObjectModel.ReadOnlyCollection<ProcessStep>(Steps.Keys.OrderBy(s => s).ToList());

    /// <summary>Gets the phase a step belongs to.</summary>
    /// <param name="step">The step.</param>
    /// <returns>Its phase.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The step is unknown.</exception>
    public static ProcessPhase PhaseOf(ProcessStep step) => Get(step).Phase;

    /// <summary>Gets the guide items a step carries out, such as <c>A3</c> or <c>C2, C3</c>.</summary>
    /// <param name="step">The step.</param>
    /// <returns>The guide's numbers, or an empty string for the closed step.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The step is unknown.</exception>
    public static string GuideItems(ProcessStep step) => Get(step).Guide;

    /// <summary>Gets a step's name as people read it.</summary>
    /// <param name="step">The step.</param>
    /// <returns>The name in bokmål, nynorsk and English.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The step is unknown.</exception>
    public static LocalizedText NameOf(ProcessStep step) => Get(step).Name;

    private static (ProcessPhase Phase, string Guide, LocalizedText Name) Get(ProcessStep step)
        => Steps.TryGetValue(step, out var info) ? info : throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown step.");
}

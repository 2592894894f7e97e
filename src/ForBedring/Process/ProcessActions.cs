namespace ForBedring.Process;

/// <summary>The names of the actions as people read them, to fill sentences such as "only the leader can …".</summary>
public static class ProcessActions
{
    private static readonly Dictionary<ProcessAction, LocalizedText> Names = new()
    {
        [ProcessAction.AnswerPrompt] = new LocalizedText("svare på et refleksjonsspørsmål", "svare på eit refleksjonsspørsmål", "answer a reflection prompt"),
        [ProcessAction.CompleteSelfReflection] = new LocalizedText("fullføre selvrefleksjonen", "fullføre sjølvrefleksjonen", "complete the self-reflection"),
        [ProcessAction.CompleteStrategicFocus] = new LocalizedText("fastsette det strategiske fokuset", "fastsetje det strategiske fokuset", "set the strategic focus"),
        [ProcessAction.PlanAgenda] = new LocalizedText("legge agenda og tidsplan", "leggje agenda og tidsplan", "plan the agenda and time plan"),
        [ProcessAction.AssignMeetingRoles] = new LocalizedText("utpeke tidtaker og referent", "peike ut tidtakar og referent", "assign the timekeeper and minute-taker"),
        [ProcessAction.FormGroups] = new LocalizedText("sette sammen grupper", "setje saman grupper", "form the groups"),
        [ProcessAction.AttachPresentation] = new LocalizedText("legge ved presentasjon", "leggje ved presentasjon", "attach a presentation"),
        [ProcessAction.CompleteMeetingPlan] = new LocalizedText("fullføre møteplanen", "fullføre møteplanen", "complete the meeting plan"),
        [ProcessAction.SendReports] = new LocalizedText("sende ut rapportene", "sende ut rapportane", "send out the reports"),
        [ProcessAction.AssignHomework] = new LocalizedText("sende ut hjemmeoppgaven", "sende ut heimeoppgåva", "send out the homework"),
        [ProcessAction.CollectHomework] = new LocalizedText("samle inn hjemmeoppgavene", "samle inn heimeoppgåvene", "collect the homework"),
        [ProcessAction.RecordAbsence] = new LocalizedText("føre fravær", "føre fråvær", "record an absence"),
        [ProcessAction.StartMeeting] = new LocalizedText("starte møtet", "starte møtet", "start the meeting"),
        [ProcessAction.GiveIntroduction] = new LocalizedText("gi innledningen", "gi innleiinga", "give the introduction"),
        [ProcessAction.ShareLeaderReflections] = new LocalizedText("dele lederens refleksjoner", "dele refleksjonane til leiaren", "share the leader's reflections"),
        [ProcessAction.RecordSharing] = new LocalizedText("føre at en leder har delt", "føre at ein leiar har delt", "record that a leader has shared"),
        [ProcessAction.CompleteSharing] = new LocalizedText("avslutte delingsrunden", "avslutte delingsrunden", "complete the sharing round"),
        [ProcessAction.CompleteGroupDialogue] = new LocalizedText("avslutte gruppedialogen", "avslutte gruppedialogen", "complete the group dialogue"),
        [ProcessAction.CompletePlenaryRound] = new LocalizedText("avslutte runden i plenum", "avslutte runden i plenum", "complete the plenary round"),
        [ProcessAction.AddAction] = new LocalizedText("legge til et tiltak", "leggje til eit tiltak", "add an action"),
        [ProcessAction.CompleteActionKickoff] = new LocalizedText("avslutte påstart av tiltak", "avslutte oppstart av tiltak", "complete the start of action development"),
        [ProcessAction.RecordAgreement] = new LocalizedText("føre det dere ble enige om", "føre det de vart samde om", "record what was agreed"),
        [ProcessAction.CompleteSummary] = new LocalizedText("avslutte oppsummeringen", "avslutte oppsummeringa", "complete the summary"),
        [ProcessAction.AssignFollowUpTask] = new LocalizedText("fordele oppgaver til neste møte", "fordele oppgåver til neste møte", "assign tasks for the next meeting"),
        [ProcessAction.ScheduleStatusReviews] = new LocalizedText("sette datoer for statusgjennomganger", "setje datoar for statusgjennomgangar", "schedule the status reviews"),
        [ProcessAction.EndMeeting] = new LocalizedText("avslutte møtet", "avslutte møtet", "end the meeting"),
        [ProcessAction.UpdateAction] = new LocalizedText("konkretisere et tiltak", "konkretisere eit tiltak", "make an action concrete"),
        [ProcessAction.RemoveAction] = new LocalizedText("fjerne et tiltak", "fjerne eit tiltak", "remove an action"),
        [ProcessAction.RecordResourceReview] = new LocalizedText("gjennomgå behovet for andre ressurser", "gå gjennom behovet for andre ressursar", "review other resources"),
        [ProcessAction.AdoptActionPlan] = new LocalizedText("vedta handlingsplanen", "vedta handlingsplanen", "adopt the action plan"),
        [ProcessAction.RecordStatusReview] = new LocalizedText("føre en statusgjennomgang", "føre ein statusgjennomgang", "record a status review"),
        [ProcessAction.BeginTeamDevelopment] = new LocalizedText("starte ledergruppeutviklingen", "starte leiargruppeutviklinga", "begin the leadership-team development"),
        [ProcessAction.RecordCollaborationCommitment] = new LocalizedText("føre et bidrag til samarbeid på tvers", "føre eit bidrag til samarbeid på tvers", "record a contribution to collaboration across units"),
        [ProcessAction.RecordTeamDevelopment] = new LocalizedText("føre ledergruppens felles utvikling", "føre den felles utviklinga til leiargruppa", "record the team's joint development"),
        [ProcessAction.SubmitHomework] = new LocalizedText("levere hjemmeoppgaven", "levere heimeoppgåva", "hand in the homework"),
        [ProcessAction.SetActionPlan] = new LocalizedText("sette opp en handlingsplan", "setje opp ein handlingsplan", "set an action plan"),
        [ProcessAction.RecordMinuteNote] = new LocalizedText("føre referat", "føre referat", "record a minute note"),
        [ProcessAction.CloseCycle] = new LocalizedText("avslutte oppfølgingen", "avslutte oppfølginga", "close the cycle"),
    };

    /// <summary>Gets every action, in the order of the enum.</summary>
    public static IReadOnlyList<ProcessAction> All { get; } = new System.Collections.ObjectModel.ReadOnlyCollection<ProcessAction>(Names.Keys.OrderBy(a => a).ToList());

    /// <summary>Gets an action's name as people read it, as a verb phrase ("complete the summary").</summary>
    /// <param name="action">The action.</param>
    /// <returns>The name in bokmål, nynorsk and English.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The action is unknown.</exception>
    public static LocalizedText NameOf(ProcessAction action)
        => Names.TryGetValue(action, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown action.");
}

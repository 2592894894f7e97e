using ForBedring.Prompts;

namespace ForBedring.Process;

/// <summary>Who may perform an action.</summary>
internal enum ActorRole
{
    /// <summary>The leader who chairs the team.</summary>
    Leader,

    /// <summary>The leader or the minute-taker (A3.4): those who record what happens in the meeting.</summary>
    Recorder,

    /// <summary>Anyone on the team.</summary>
    AnyTeamMember,

    /// <summary>The leader or the status reporter chosen at C7.</summary>
    StatusReporter,

    /// <summary>The member the record is about, or the leader.</summary>
    MemberOrLeader,

    /// <summary>Whoever the prompt's audience names.</summary>
    Respondent,

    /// <summary>A member (not the leader), acting for themself.</summary>
    Member,
}

/// <summary>One action of the process: who may do it, at which steps, and where it leads.</summary>
/// <param name="Action">The action.</param>
/// <param name="Role">Who may do it.</param>
/// <param name="Steps">The steps at which it is allowed.</param>
/// <param name="Target">The step it leads to, or null when it stays in the step.</param>
/// <param name="Guard">For a transition: the guide's rule it checks, as drawn in the diagram (no <c>;</c>, which ends a Mermaid statement); otherwise null.</param>
internal sealed record ActionDefinition(ProcessAction Action, ActorRole Role, IReadOnlyList<ProcessStep> Steps, ProcessStep? Target, string? Guard);

/// <summary>
/// The process's transition table: the single source from which the state machine is built, the diagram is drawn and
/// <c>docs/traceability.md</c> is checked.
/// </summary>
internal static class ProcessDefinition
{
    private static readonly ProcessStep[] PlanEditable =
        [ProcessStep.MeetingPlanning, ProcessStep.ReportDistribution, ProcessStep.Homework, ProcessStep.ReadyForMeeting];

    public static IReadOnlyList<ActionDefinition> Actions { get; } =
    [
        Within(ProcessAction.AnswerPrompt, ActorRole.Respondent, [.. ProcessSteps.All.Where(s => s != ProcessStep.Closed)]),
        Move(ProcessAction.CompleteSelfReflection, ProcessStep.SelfReflection, ProcessStep.StrategicFocus, "A1.1–A1.3 answered"),
        Move(ProcessAction.CompleteStrategicFocus, ProcessStep.StrategicFocus, ProcessStep.MeetingPlanning, "A2.1 answered"),
        Within(ProcessAction.PlanAgenda, ActorRole.Leader, PlanEditable),
        Within(ProcessAction.AssignMeetingRoles, ActorRole.Leader, PlanEditable),
        Within(ProcessAction.FormGroups, ActorRole.Leader, [.. PlanEditable, ProcessStep.Introduction, ProcessStep.LeaderReflections, ProcessStep.MembersSharing, ProcessStep.GroupDialogue]),
        Within(ProcessAction.AttachPresentation, ActorRole.Leader, PlanEditable),
        Move(ProcessAction.CompleteMeetingPlan, ProcessStep.MeetingPlanning, ProcessStep.ReportDistribution, "A3.1–A3.5: three parts, goals, time plan, roles, groups"),
        Move(ProcessAction.SendReports, ProcessStep.ReportDistribution, ProcessStep.Homework, null),
        Within(ProcessAction.AssignHomework, ActorRole.Leader, [ProcessStep.Homework]),
        Within(ProcessAction.SubmitHomework, ActorRole.Member, [ProcessStep.Homework, ProcessStep.ReadyForMeeting]),
        Move(ProcessAction.CollectHomework, ProcessStep.Homework, ProcessStep.ReadyForMeeting, "A5.1–A5.4 in from every member present"),
        Within(ProcessAction.RecordAbsence, ActorRole.Recorder, [ProcessStep.Homework, ProcessStep.ReadyForMeeting, ProcessStep.Introduction, ProcessStep.LeaderReflections, ProcessStep.MembersSharing]),
        Move(ProcessAction.StartMeeting, ProcessStep.ReadyForMeeting, ProcessStep.Introduction, "meeting plan complete, reports out (A3, A4)"),
        Move(ProcessAction.GiveIntroduction, ProcessStep.Introduction, ProcessStep.LeaderReflections, null),
        Move(ProcessAction.ShareLeaderReflections, ProcessStep.LeaderReflections, ProcessStep.MembersSharing, null),
        Within(ProcessAction.RecordSharing, ActorRole.Recorder, [ProcessStep.MembersSharing]),
        Move(ProcessAction.CompleteSharing, ProcessStep.MembersSharing, ProcessStep.GroupDialogue, "every member present has shared (B3)"),
        Move(ProcessAction.CompleteGroupDialogue, ProcessStep.GroupDialogue, ProcessStep.PlenaryRound, "every member present is in a group"),
        Move(ProcessAction.CompletePlenaryRound, ProcessStep.PlenaryRound, ProcessStep.ActionKickoff, "B4.1–B4.3 answered"),
        Within(ProcessAction.AddAction, ActorRole.AnyTeamMember, [ProcessStep.ActionKickoff, ProcessStep.ActionPlanning, ProcessStep.StatusReviews, ProcessStep.TeamDevelopment]),
        Move(ProcessAction.CompleteActionKickoff, ProcessStep.ActionKickoff, ProcessStep.Summary, null),
        Within(ProcessAction.RecordAgreement, ActorRole.Recorder, [ProcessStep.Summary]),
        Move(ProcessAction.CompleteSummary, ProcessStep.Summary, ProcessStep.WayForward, "something agreed (B6)"),
        Within(ProcessAction.AssignFollowUpTask, ActorRole.Recorder, [ProcessStep.WayForward]),
        Within(ProcessAction.ScheduleStatusReviews, ActorRole.Leader, [ProcessStep.WayForward, ProcessStep.ActionPlanning, ProcessStep.StatusReviews, ProcessStep.TeamDevelopment]),
        Move(ProcessAction.EndMeeting, ProcessStep.WayForward, ProcessStep.ActionPlanning, "B6 agreed, B7 tasks and next dates set"),
        Within(ProcessAction.UpdateAction, ActorRole.AnyTeamMember, [ProcessStep.ActionPlanning, ProcessStep.StatusReviews, ProcessStep.TeamDevelopment]),
        Within(ProcessAction.RemoveAction, ActorRole.Leader, [ProcessStep.ActionPlanning]),
        Within(ProcessAction.RecordResourceReview, ActorRole.Leader, [ProcessStep.ActionPlanning]),
        Move(ProcessAction.AdoptActionPlan, ProcessStep.ActionPlanning, ProcessStep.StatusReviews, "every action has owner and due date, C4, C6, C7 done"),
        Within(ProcessAction.RecordStatusReview, ActorRole.StatusReporter, [ProcessStep.StatusReviews, ProcessStep.TeamDevelopment]),
        Move(ProcessAction.BeginTeamDevelopment, ProcessStep.StatusReviews, ProcessStep.TeamDevelopment, "a status review held (C2)"),
        Within(ProcessAction.RecordCollaborationCommitment, ActorRole.MemberOrLeader, [ProcessStep.TeamDevelopment]),
        Within(ProcessAction.RecordTeamDevelopment, ActorRole.Leader, [ProcessStep.TeamDevelopment]),
        Within(ProcessAction.SetActionPlan, ActorRole.Leader, [ProcessStep.ActionPlanning, ProcessStep.StatusReviews, ProcessStep.TeamDevelopment]),
        Within(ProcessAction.RecordMinuteNote, ActorRole.Recorder, [ProcessStep.Introduction, ProcessStep.LeaderReflections, ProcessStep.MembersSharing, ProcessStep.GroupDialogue, ProcessStep.PlenaryRound, ProcessStep.ActionKickoff, ProcessStep.Summary, ProcessStep.WayForward]),
        Move(ProcessAction.CloseCycle, ProcessStep.TeamDevelopment, ProcessStep.Closed, "D1–D3 answered, D4 and D5 recorded"),
    ];

    private static readonly Dictionary<ProcessAction, ActionDefinition> ByAction = Actions.ToDictionary(a => a.Action);

    public static ActionDefinition Of(ProcessAction action)
        => ByAction.TryGetValue(action, out var definition)
            ? definition
            : throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown action.");

    /// <summary>Tells whether a prompt can be answered at a step: from its own step until its phase ends.</summary>
    public static bool IsAnswerable(Prompt prompt, ProcessStep step)
        => step >= prompt.Step && ProcessSteps.PhaseOf(step) == prompt.Phase && step != ProcessStep.Closed;

    /// <summary>Tells whether an action is allowed at a step, given the prompts the catalogue asks.</summary>
    public static bool IsAllowed(ProcessAction action, ProcessStep step, PromptCatalog prompts)
        => action == ProcessAction.AnswerPrompt
            ? prompts.Prompts.Any(p => IsAnswerable(p, step))
            : Of(action).Steps.Contains(step);

    private static ActionDefinition Within(ProcessAction action, ActorRole role, ProcessStep[] steps) => new(action, role, steps, null, null);

    private static ActionDefinition Move(ProcessAction action, ProcessStep from, ProcessStep to, string? guard)
        => new(action, ActorRole.Leader, [from], to, guard ?? "required prompts answered");
}

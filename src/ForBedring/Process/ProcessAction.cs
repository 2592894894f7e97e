namespace ForBedring.Process;

/// <summary>What a leader or the team can do in a follow-up process; each is a method of <see cref="FollowUpProcess"/> with the same name.</summary>
/// <remarks><see cref="FollowUpProcess.AvailableActions"/> lists those possible now; <c>docs/traceability.md</c> lists where each is allowed.</remarks>
public enum ProcessAction
{
    /// <summary>Answers (or revises the answer to) a reflection prompt of the current phase.</summary>
    AnswerPrompt = 0,

    /// <summary>A1: the leader's self-reflection is done (A1.1–A1.3 answered).</summary>
    CompleteSelfReflection = 1,

    /// <summary>A2: the leader's strategic focus is set (A2.1 answered).</summary>
    CompleteStrategicFocus = 2,

    /// <summary>A3.1, A3.3: the agenda with its three parts and time plan is set.</summary>
    PlanAgenda = 3,

    /// <summary>A3.4: a timekeeper and a minute-taker are assigned, so the leader can chair.</summary>
    AssignMeetingRoles = 4,

    /// <summary>A3.5, B4: the members are split into groups.</summary>
    FormGroups = 5,

    /// <summary>A3.6: a presentation is attached to the meeting plan.</summary>
    AttachPresentation = 6,

    /// <summary>A3: the meeting plan is complete.</summary>
    CompleteMeetingPlan = 7,

    /// <summary>A4: the common report and each member's own report are sent.</summary>
    SendReports = 8,

    /// <summary>A5: the homework is sent to every member with a due date.</summary>
    AssignHomework = 9,

    /// <summary>A5: every member's homework is in.</summary>
    CollectHomework = 10,

    /// <summary>Records that a member will not take part in the meeting.</summary>
    RecordAbsence = 11,

    /// <summary>Starts the read-back meeting.</summary>
    StartMeeting = 12,

    /// <summary>B1: the leader has given the introduction and the purpose of the meeting.</summary>
    GiveIntroduction = 13,

    /// <summary>B2: the leader has shared reflections and priorities.</summary>
    ShareLeaderReflections = 14,

    /// <summary>B3: records that a member has shared their reflections.</summary>
    RecordSharing = 15,

    /// <summary>B3: every member present has shared.</summary>
    CompleteSharing = 16,

    /// <summary>B4: the group dialogue is over; the plenary round starts.</summary>
    CompleteGroupDialogue = 17,

    /// <summary>B4: the plenary round is over (B4.1–B4.3 answered).</summary>
    CompletePlenaryRound = 18,

    /// <summary>B5, C1: adds an action to the action plan.</summary>
    AddAction = 19,

    /// <summary>B5: the start of action development in the meeting is over.</summary>
    CompleteActionKickoff = 20,

    /// <summary>B6: records something the team agreed on.</summary>
    RecordAgreement = 21,

    /// <summary>B6: the summary is done.</summary>
    CompleteSummary = 22,

    /// <summary>B7: records who does what, by when, before the next meeting.</summary>
    AssignFollowUpTask = 23,

    /// <summary>B7, C2: sets the dates when ForBedring is next on the leadership meetings' agenda.</summary>
    ScheduleStatusReviews = 24,

    /// <summary>B7: ends the meeting; action development starts.</summary>
    EndMeeting = 25,

    /// <summary>C5: makes an action concrete: its title, description, owner and due date.</summary>
    UpdateAction = 26,

    /// <summary>C1: removes an action from the draft plan.</summary>
    RemoveAction = 27,

    /// <summary>C6: records the review of which other resources to involve (HR, BHT, quality advisors).</summary>
    RecordResourceReview = 28,

    /// <summary>C1, C5–C7: adopts the action plan.</summary>
    AdoptActionPlan = 29,

    /// <summary>C2, C3: records a status review at a leadership meeting.</summary>
    RecordStatusReview = 30,

    /// <summary>D: starts the leadership-team development, while status reviews go on.</summary>
    BeginTeamDevelopment = 31,

    /// <summary>D4: records a member's contribution to collaboration across units.</summary>
    RecordCollaborationCommitment = 32,

    /// <summary>D5: records the team's joint development work.</summary>
    RecordTeamDevelopment = 33,

    /// <summary>Closes the cycle, typically when the next survey round starts.</summary>
    CloseCycle = 34,

    /// <summary>A5: a member hands in their homework, every question of it at once.</summary>
    SubmitHomework = 35,

    /// <summary>C1, B5, A5.4: sets a unit's action plan or the team's shared plan (focus areas and the actions' details).</summary>
    SetActionPlan = 36,

    /// <summary>B1–B7: the minute-taker records a note against an item of the agenda.</summary>
    RecordMinuteNote = 37,
}

namespace ForBedring;

/// <summary>
/// The stable codes of <see cref="UnmetCondition.Code"/>: what a host can match on to show its own message or a
/// field error, whatever the language. The group before the dot says what the condition is about.
/// </summary>
public static class ConditionCodes
{
    /// <summary><c>absence.already-recorded</c>: "… is already recorded absent."</summary>
    public const string AbsenceAlreadyRecorded = "absence.already-recorded";

    /// <summary><c>absence.already-shared</c>: "… has already shared and cannot be recorded absent."</summary>
    public const string AbsenceAlreadyShared = "absence.already-shared";

    /// <summary><c>absence.last-present</c>: "… is the last one taking part; at least one member must be present at the meeting."</summary>
    public const string AbsenceLastPresent = "absence.last-present";

    /// <summary><c>absence.role-holder</c>: "… has a role in the meeting under way (timekeeper or minute-taker) and cannot be recorded absent."</summary>
    public const string AbsenceRoleHolder = "absence.role-holder";

    /// <summary><c>action.unknown</c>: "There is no action …."</summary>
    public const string ActionUnknown = "action.unknown";

    /// <summary><c>action-status.before-last</c>: "The update of action … is dated before the previous one."</summary>
    public const string ActionStatusBeforeLast = "action-status.before-last";

    /// <summary><c>action-status.closed</c>: "Action … is closed (…) and takes no more updates."</summary>
    public const string ActionStatusClosed = "action-status.closed";

    /// <summary><c>action-status.not-allowed</c>: "Action … cannot move from … to …."</summary>
    public const string ActionStatusNotAllowed = "action-status.not-allowed";

    /// <summary><c>action-status.outcome-missing</c>: "Write what action … achieved before marking it done."</summary>
    public const string ActionStatusOutcomeMissing = "action-status.outcome-missing";

    /// <summary><c>action-status.reason-missing</c>: "Write why action … is cancelled."</summary>
    public const string ActionStatusReasonMissing = "action-status.reason-missing";

    /// <summary><c>actor.not-leader</c>: "Only the leader of the leadership team can do this: …."</summary>
    public const string ActorNotLeader = "actor.not-leader";

    /// <summary><c>actor.not-member</c>: "… is not a member of the leadership team (the leader does not count here)."</summary>
    public const string ActorNotMember = "actor.not-member";

    /// <summary><c>actor.not-member-or-leader</c>: "Only … themself or the leader can do this: …."</summary>
    public const string ActorNotMemberOrLeader = "actor.not-member-or-leader";

    /// <summary><c>actor.not-on-team</c>: "… is not on the leadership team."</summary>
    public const string ActorNotOnTeam = "actor.not-on-team";

    /// <summary><c>actor.not-recorder</c>: "Only the leader or the minute-taker can do this: …."</summary>
    public const string ActorNotRecorder = "actor.not-recorder";

    /// <summary><c>actor.not-status-reporter</c>: "Only the leader or the status reporter can do this: …."</summary>
    public const string ActorNotStatusReporter = "actor.not-status-reporter";

    /// <summary><c>agenda.missing</c>: "The meeting has no agenda with a time plan yet."</summary>
    public const string AgendaMissing = "agenda.missing";

    /// <summary><c>agenda.part-missing</c>: "The agenda lacks the part '…'."</summary>
    public const string AgendaPartMissing = "agenda.part-missing";

    /// <summary><c>agenda.part-order</c>: "The agenda's parts must come in the order introduction, discussion, summary/evaluation."</summary>
    public const string AgendaPartOrder = "agenda.part-order";

    /// <summary><c>agenda.time-zone</c>: "The meeting must be planned in the leadership team's time zone (…), not …."</summary>
    public const string AgendaTimeZone = "agenda.time-zone";

    /// <summary><c>answer.duplicate</c>: "The answer to … chooses '…' more than once."</summary>
    public const string AnswerDuplicate = "answer.duplicate";

    /// <summary><c>answer.nobody-not-allowed</c>: "The answer to … must name a person."</summary>
    public const string AnswerNobodyNotAllowed = "answer.nobody-not-allowed";

    /// <summary><c>answer.person-not-on-team</c>: "The answer to … names …, who is not on the leadership team."</summary>
    public const string AnswerPersonNotOnTeam = "answer.person-not-on-team";

    /// <summary><c>answer.too-few</c>: "The answer to … must choose at least …; it chose …."</summary>
    public const string AnswerTooFew = "answer.too-few";

    /// <summary><c>answer.too-many</c>: "The answer to … may choose at most …; it chose …."</summary>
    public const string AnswerTooMany = "answer.too-many";

    /// <summary><c>answer.unknown-topic-area</c>: "The answer to … chooses the topic area '…', which the survey does not have."</summary>
    public const string AnswerUnknownTopicArea = "answer.unknown-topic-area";

    /// <summary><c>answer.wrong-kind</c>: "The answer to … must be of type …, not …."</summary>
    public const string AnswerWrongKind = "answer.wrong-kind";

    /// <summary><c>date.past</c>: "The date … has passed."</summary>
    public const string DatePast = "date.past";

    /// <summary><c>groups.missing</c>: "The groups have not been formed yet."</summary>
    public const string GroupsMissing = "groups.missing";

    /// <summary><c>groups.none</c>: "Give at least one group."</summary>
    public const string GroupsNone = "groups.none";

    /// <summary><c>groups.person-missing</c>: "… is in no group."</summary>
    public const string GroupsPersonMissing = "groups.person-missing";

    /// <summary><c>groups.person-twice</c>: "… is in more than one group."</summary>
    public const string GroupsPersonTwice = "groups.person-twice";

    /// <summary><c>homework.after-meeting</c>: "The homework cannot be due on …, after the meeting on …."</summary>
    public const string HomeworkAfterMeeting = "homework.after-meeting";

    /// <summary><c>homework.not-a-question</c>: "… is not a question of the homework."</summary>
    public const string HomeworkNotAQuestion = "homework.not-a-question";

    /// <summary><c>homework.not-assigned</c>: "The homework has not been sent out yet."</summary>
    public const string HomeworkNotAssigned = "homework.not-assigned";

    /// <summary><c>meeting.nobody-present</c>: "Every member is recorded absent."</summary>
    public const string MeetingNobodyPresent = "meeting.nobody-present";

    /// <summary><c>minutes.no-such-item</c>: "The agenda has no item …."</summary>
    public const string MinutesNoSuchItem = "minutes.no-such-item";

    /// <summary><c>person.not-a-member</c>: "… is not a member of the leadership team (the leader does not count here)."</summary>
    public const string PersonNotAMember = "person.not-a-member";

    /// <summary><c>person.not-on-team</c>: "… is not on the leadership team."</summary>
    public const string PersonNotOnTeam = "person.not-on-team";

    /// <summary><c>plan.action-without-due-date</c>: "The action '…' has no due date."</summary>
    public const string PlanActionWithoutDueDate = "plan.action-without-due-date";

    /// <summary><c>plan.action-without-owner</c>: "The action '…' has no owner."</summary>
    public const string PlanActionWithoutOwner = "plan.action-without-owner";

    /// <summary><c>plan.action-in-other-plan</c>: "Action … is already in another action plan."</summary>
    public const string PlanActionInOtherPlan = "plan.action-in-other-plan";

    /// <summary><c>plan.full</c>: "The action plan already has … actions, the most it can hold."</summary>
    public const string PlanFull = "plan.full";

    /// <summary><c>plan.improve-area-missing</c>: "The action plan (…) has no area to improve."</summary>
    public const string PlanImproveAreaMissing = "plan.improve-area-missing";

    /// <summary><c>plan.keep-area-missing</c>: "The action plan (…) has no area to keep."</summary>
    public const string PlanKeepAreaMissing = "plan.keep-area-missing";

    /// <summary><c>plan.unknown-unit</c>: "The unit … is not one of the leadership team's."</summary>
    public const string PlanUnknownUnit = "plan.unknown-unit";

    /// <summary><c>plan.no-actions</c>: "The action plan has no actions."</summary>
    public const string PlanNoActions = "plan.no-actions";

    /// <summary><c>plan.resources-not-reviewed</c>: "Whether other resources (HR, BHT, quality advisors) need to be involved has not been reviewed (C6)."</summary>
    public const string PlanResourcesNotReviewed = "plan.resources-not-reviewed";

    /// <summary><c>process.not-in-step</c>: "'…' cannot be done now: the process is at the step '…'."</summary>
    public const string ProcessNotInStep = "process.not-in-step";

    /// <summary><c>prompt.not-now</c>: "… is asked at the step '…' and can be answered until its phase ends; the process is at the step '…'."</summary>
    public const string PromptNotNow = "prompt.not-now";

    /// <summary><c>prompt.unanswered</c>: "… is not answered: '…' / … has not answered …: '…'"</summary>
    public const string PromptUnanswered = "prompt.unanswered";

    /// <summary><c>prompt.unknown</c>: "There is no prompt …."</summary>
    public const string PromptUnknown = "prompt.unknown";

    /// <summary><c>prompt.wrong-respondent</c>: "prompt.wrong-respondent"</summary>
    public const string PromptWrongRespondent = "prompt.wrong-respondent";

    /// <summary><c>reports.member-missing</c>: "… has no report for their own area of responsibility."</summary>
    public const string ReportsMemberMissing = "reports.member-missing";

    /// <summary><c>reports.not-sent</c>: "The reports have not been sent out yet."</summary>
    public const string ReportsNotSent = "reports.not-sent";

    /// <summary><c>review.action-closed</c>: "The action '…' is already closed."</summary>
    public const string ReviewActionClosed = "review.action-closed";

    /// <summary><c>review.action-missing</c>: "The status review lacks the action '…'."</summary>
    public const string ReviewActionMissing = "review.action-missing";

    /// <summary><c>review.action-twice</c>: "The action … appears more than once in the status review."</summary>
    public const string ReviewActionTwice = "review.action-twice";

    /// <summary><c>review.before-last</c>: "The date … is before the last status review (…)."</summary>
    public const string ReviewBeforeLast = "review.before-last";

    /// <summary><c>review.before-meeting</c>: "The date … is before the read-back meeting (…)."</summary>
    public const string ReviewBeforeMeeting = "review.before-meeting";

    /// <summary><c>review.date-future</c>: "The date … has not come yet."</summary>
    public const string ReviewDateFuture = "review.date-future";

    /// <summary><c>roles.absent</c>: "… is recorded absent and cannot have a role in the meeting."</summary>
    public const string RolesAbsent = "roles.absent";

    /// <summary><c>roles.minute-taker-is-chair</c>: "The leader chairs the meeting and cannot also take the minutes."</summary>
    public const string RolesMinuteTakerIsChair = "roles.minute-taker-is-chair";

    /// <summary><c>roles.minute-taker-missing</c>: "No minute-taker has been assigned."</summary>
    public const string RolesMinuteTakerMissing = "roles.minute-taker-missing";

    /// <summary><c>roles.timekeeper-is-chair</c>: "The leader chairs the meeting and cannot also keep time."</summary>
    public const string RolesTimekeeperIsChair = "roles.timekeeper-is-chair";

    /// <summary><c>roles.timekeeper-missing</c>: "No timekeeper has been assigned."</summary>
    public const string RolesTimekeeperMissing = "roles.timekeeper-missing";

    /// <summary><c>schedule.date-twice</c>: "The date … is given more than once."</summary>
    public const string ScheduleDateTwice = "schedule.date-twice";

    /// <summary><c>schedule.empty</c>: "Give at least one date."</summary>
    public const string ScheduleEmpty = "schedule.empty";

    /// <summary><c>sharing.absent</c>: "… is recorded absent."</summary>
    public const string SharingAbsent = "sharing.absent";

    /// <summary><c>sharing.already</c>: "… has already shared."</summary>
    public const string SharingAlready = "sharing.already";

    /// <summary><c>sharing.missing</c>: "… has not shared yet and is not recorded absent."</summary>
    public const string SharingMissing = "sharing.missing";

    /// <summary><c>status.no-review</c>: "No status review has been held yet (C2)."</summary>
    public const string StatusNoReview = "status.no-review";

    /// <summary><c>summary.nothing-agreed</c>: "Nothing has been recorded as agreed yet (B6)."</summary>
    public const string SummaryNothingAgreed = "summary.nothing-agreed";

    /// <summary><c>team.commitment-missing</c>: "… has not described their contribution to collaboration across units (D4)."</summary>
    public const string TeamCommitmentMissing = "team.commitment-missing";

    /// <summary><c>team.development-missing</c>: "The leadership team's joint development has not been described (D5)."</summary>
    public const string TeamDevelopmentMissing = "team.development-missing";

    /// <summary><c>way-forward.no-dates</c>: "No dates are set for when ForBedring comes up again at the leadership meetings (B7)."</summary>
    public const string WayForwardNoDates = "way-forward.no-dates";

    /// <summary><c>way-forward.no-tasks</c>: "Nobody has been given tasks for the next meeting yet (B7)."</summary>
    public const string WayForwardNoTasks = "way-forward.no-tasks";

}

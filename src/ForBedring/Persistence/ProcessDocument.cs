using System.Text.Json.Serialization;

namespace ForBedring.Persistence;

// The saved document, schema version 2, as plain data. The members new in version 2 are not required by the
// serializer, so that a version 1 document (which lacks them) parses; ProcessDocumentReader requires them in version 2
// and refuses them in version 1. Property order here is the order in the file. Every member is
// always written and required when read (null where the domain has no value), so a document either has the complete
// shape or is refused; the only exception is the answer value, whose members depend on its kind.
// Identifiers, dates, instants and enum names are strings here and are parsed by ProcessDocumentReader, which knows
// the JSON path of each and gives a sentence a person can act on.

/// <summary>A saved follow-up process.</summary>
internal sealed class ProcessDocument
{
    public required int SchemaVersion { get; init; }

    public required string Id { get; init; }

    public required long Version { get; init; }

    public required string Step { get; init; }

    public required string Round { get; init; }

    public required string TimeZone { get; init; }

    public required string StartedAt { get; init; }

    public required string StartedBy { get; init; }

    public required TeamDocument Team { get; init; }

    public required List<AnswerDocument> Answers { get; init; }

    public required AgendaDocument? Agenda { get; init; }

    public required string? Timekeeper { get; init; }

    public required string? MinuteTaker { get; init; }

    public required string? Presentation { get; init; }

    public required List<GroupDocument> Groups { get; init; }

    public required ReportsDocument? Reports { get; init; }

    public required string? ReportsSentAt { get; init; }

    public required string? HomeworkDue { get; init; }

    public required List<string> Absent { get; init; }

    public required List<string> Shared { get; init; }

    public required List<ActionDocument> Actions { get; init; }

    public required int ActionSequence { get; init; }

    public required List<string> Agreements { get; init; }

    public required List<FollowUpTaskDocument> FollowUpTasks { get; init; }

    public required List<string> StatusReviewDates { get; init; }

    public required ResourceReviewDocument? ResourceReview { get; init; }

    public required List<StatusReviewDocument> StatusReviews { get; init; }

    public required List<CommitmentDocument> Commitments { get; init; }

    public required List<string> TeamDevelopmentNotes { get; init; }

    public List<ActionPlanDocument>? ActionPlans { get; init; }

    public ReviewScheduleDocument? ReviewSchedule { get; init; }

    public List<MinuteNoteDocument>? MinuteNotes { get; init; }

    public List<GroupRoundDocument>? GroupHistory { get; init; }

    public CarriedFromDocument? CarriedFrom { get; init; }

    public required List<HistoryDocument> History { get; init; }
}

/// <summary>Where the carried-over actions came from (version 2).</summary>
internal sealed class CarriedFromDocument
{
    public required string Process { get; init; }

    public required string Round { get; init; }

    public required int ActionSequence { get; init; }

    public required List<CycleMeasuresDocument> TeamMeasures { get; init; }
}

/// <summary>The leadership team's measures in an earlier cycle (version 2).</summary>
internal sealed class CycleMeasuresDocument
{
    public required string Process { get; init; }

    public required string Round { get; init; }

    public required string On { get; init; }

    public required int CrossUnitStarted { get; init; }

    public required int CrossUnitCompleted { get; init; }

    public required int SharedGoals { get; init; }

    public required int SharedGoalsOnTrack { get; init; }

    public required int MembersShared { get; init; }

    public required int MembersReported { get; init; }

    public required int MeetingEvaluations { get; init; }
}

/// <summary>An action plan (version 2).</summary>
internal sealed class ActionPlanDocument
{
    public required string? Unit { get; init; }

    public required string Responsible { get; init; }

    public required List<FocusAreaDocument> FocusAreas { get; init; }

    public required List<PlannedActionDocument> Actions { get; init; }
}

/// <summary>A focus area of a plan (version 2).</summary>
internal sealed class FocusAreaDocument
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Title { get; init; }

    public required List<string> TopicAreas { get; init; }

    public required List<string> Indicators { get; init; }
}

/// <summary>An action of a plan with its details and history (version 2).</summary>
internal sealed class PlannedActionDocument
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string FocusArea { get; init; }

    public required string? Owner { get; init; }

    public required string? DueDate { get; init; }

    public required string? Description { get; init; }

    public required string? SuccessMeasure { get; init; }

    public required string? Indicator { get; init; }

    public required List<string> Contributors { get; init; }

    public required List<string> Units { get; init; }

    public required List<ActionResourceDocument> Resources { get; init; }

    public required List<SubStepDocument> SubSteps { get; init; }

    public required bool CrossUnit { get; init; }

    public required List<ActionUpdateDocument> Updates { get; init; }
}

/// <summary>A resource to involve (version 2).</summary>
internal sealed class ActionResourceDocument
{
    public required string Kind { get; init; }

    public required string? Name { get; init; }
}

/// <summary>A sub-step of an action (version 2).</summary>
internal sealed class SubStepDocument
{
    public required string Text { get; init; }

    public required string? DueDate { get; init; }

    public required bool Done { get; init; }
}

/// <summary>One update in an action's history (version 2).</summary>
internal sealed class ActionUpdateDocument
{
    public required string At { get; init; }

    public required string By { get; init; }

    public required string Status { get; init; }

    public required string Happened { get; init; }

    public required int? Progress { get; init; }

    public required string? NextStep { get; init; }

    public required bool HelpNeeded { get; init; }

    public required string? Note { get; init; }
}

/// <summary>The review schedule (version 2): every <c>intervalWeeks</c> weeks from <c>first</c>, or the listed <c>dates</c>.</summary>
internal sealed class ReviewScheduleDocument
{
    public required string First { get; init; }

    public required int IntervalWeeks { get; init; }

    public required int Count { get; init; }

    public required List<string> Dates { get; init; }
}

/// <summary>A minute note (version 2).</summary>
internal sealed class MinuteNoteDocument
{
    public required int ItemIndex { get; init; }

    public required string Text { get; init; }

    public required string? Kind { get; init; }

    public required string? By { get; init; }
}

/// <summary>The groups of one meeting (version 2).</summary>
internal sealed class GroupRoundDocument
{
    public required string Date { get; init; }

    public required List<GroupDocument> Groups { get; init; }
}

/// <summary>The leadership team.</summary>
internal sealed class TeamDocument
{
    public required string Unit { get; init; }

    public required string Name { get; init; }

    public required MemberDocument Leader { get; init; }

    public required List<MemberDocument> Members { get; init; }
}

/// <summary>The leader or a member of the team.</summary>
internal sealed class MemberDocument
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Unit { get; init; }

    public required string UnitName { get; init; }
}

/// <summary>An answer given to a prompt.</summary>
internal sealed class AnswerDocument
{
    public required string Prompt { get; init; }

    public required string? Respondent { get; init; }

    public required string AnsweredBy { get; init; }

    public required string AnsweredAt { get; init; }

    public required AnswerValueDocument Answer { get; init; }
}

/// <summary>
/// The answer itself: its <c>kind</c> and the one member that kind uses (<c>text</c>, <c>value</c>, <c>items</c>,
/// <c>person</c> or <c>date</c>); the others are left out. A person answer without <c>person</c> names nobody.
/// </summary>
internal sealed class AnswerValueDocument
{
    public required string Kind { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Value { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? Items { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Person { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Date { get; init; }
}

/// <summary>The meeting's agenda.</summary>
internal sealed class AgendaDocument
{
    public required MeetingStartDocument Start { get; init; }

    public required List<AgendaItemDocument> Items { get; init; }
}

/// <summary>When the meeting starts: local date and time, the offset in force then, and the time zone.</summary>
internal sealed class MeetingStartDocument
{
    public required string Local { get; init; }

    public required string Offset { get; init; }

    public required string Zone { get; init; }
}

/// <summary>An agenda item.</summary>
internal sealed class AgendaItemDocument
{
    public required string Section { get; init; }

    public required string Title { get; init; }

    public required int Minutes { get; init; }

    public string? Kind { get; init; }

    public string? GuideReference { get; init; }
}

/// <summary>A group for the group dialogue.</summary>
internal sealed class GroupDocument
{
    public required List<string> Members { get; init; }
}

/// <summary>The reports sent.</summary>
internal sealed class ReportsDocument
{
    public required string CommonReport { get; init; }

    public required List<MemberReportDocument> MemberReports { get; init; }
}

/// <summary>One member's report.</summary>
internal sealed class MemberReportDocument
{
    public required string Member { get; init; }

    public required string Report { get; init; }
}

/// <summary>An action of the action plan.</summary>
internal sealed class ActionDocument
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string? Description { get; init; }

    public required string? Owner { get; init; }

    public required string? DueDate { get; init; }

    public required bool CrossUnit { get; init; }

    public required string Status { get; init; }

    public required string Origin { get; init; }
}

/// <summary>Who does what by when (B7).</summary>
internal sealed class FollowUpTaskDocument
{
    public required string Owner { get; init; }

    public required string Description { get; init; }

    public required string Due { get; init; }
}

/// <summary>The review of other resources (C6).</summary>
internal sealed class ResourceReviewDocument
{
    public required List<string> Resources { get; init; }

    public required string? Note { get; init; }
}

/// <summary>A status review (C2, C3).</summary>
internal sealed class StatusReviewDocument
{
    public required string Date { get; init; }

    public required List<ActionStatusUpdateDocument> Updates { get; init; }
}

/// <summary>One action's line in a status review.</summary>
internal sealed class ActionStatusUpdateDocument
{
    public required string Action { get; init; }

    public required string Status { get; init; }

    public required string Note { get; init; }

    public string? NextStep { get; init; }

    public bool? HelpNeeded { get; init; }

    public int? Progress { get; init; }
}

/// <summary>A member's collaboration commitment (D4).</summary>
internal sealed class CommitmentDocument
{
    public required string Member { get; init; }

    public required string Text { get; init; }
}

/// <summary>An accepted command.</summary>
internal sealed class HistoryDocument
{
    public required long Version { get; init; }

    public required string At { get; init; }

    public required string By { get; init; }

    public required string Action { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public required string? Subject { get; init; }
}

using System.Text.Json;
using ForBedring.Actions;
using ForBedring.Meetings;
using ForBedring.Persistence;
using ForBedring.Process;
using ForBedring.Prompts;
using static ForBedring.Persistence.DocumentFormats;

namespace ForBedring.Tests.Persistence;

/// <summary>
/// The test oracle for <see cref="ProcessDocumentJsonWriter"/>: turns a process's state into the <see cref="ProcessDocument"/>
/// that describes the schema, which the source-generated context then serializes. The production path writes the same
/// bytes without building these objects.
/// </summary>
internal static class ProcessDocumentWriter
{
    /// <summary>Saves a state the way the serializer did before it wrote directly: the DTOs, then the source-generated context.</summary>
    public static byte[] Serialize(ProcessState state)
    {
        var document = Write(state);
        var output = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output, ProcessDocumentJsonWriter.Options))
        {
            JsonSerializer.Serialize(writer, document, ProcessDocumentContext.Default.ProcessDocument);
        }

        return output.WrittenSpan.ToArray();
    }

    public static ProcessDocument Write(ProcessState s) => new()
    {
        SchemaVersion = FollowUpProcessSerializer.SchemaVersion,
        Id = s.Id.Value,
        Version = s.Version,
        Step = StepNames.Name(s.Step),
        Round = s.Round,
        TimeZone = ZoneId(s.TimeZone, "process"),
        StartedAt = Format(s.StartedAt),
        StartedBy = s.StartedBy.Value,
        Team = Team(s.Team),
        Answers = Map(s.Answers, Answer),
        Agenda = s.Agenda is { } agenda ? Agenda(agenda) : null,
        Timekeeper = s.Timekeeper?.Value,
        MinuteTaker = s.MinuteTaker?.Value,
        Presentation = s.Presentation,
        Groups = Map(s.Groups, static g => new GroupDocument { Members = Map(g.Members, static p => p.Value) }),
        Reports = s.Reports is { } reports ? Reports(reports) : null,
        ReportsSentAt = s.ReportsSentAt is { } sent ? Format(sent) : null,
        HomeworkDue = s.HomeworkDue is { } due ? Format(due) : null,
        Absent = Map(s.Absent, static p => p.Value),
        Shared = Map(s.Shared, static p => p.Value),
        Actions = Map(s.Actions, Action),
        ActionSequence = s.ActionSequence,
        Agreements = Map(s.Agreements, static a => a),
        FollowUpTasks = Map(s.Tasks, static t => new FollowUpTaskDocument { Owner = t.Owner.Value, Description = t.Description, Due = Format(t.Due) }),
        StatusReviewDates = Map(s.ReviewDates, static d => Format(d)),
        ResourceReview = s.Resources is { } resources
            ? new ResourceReviewDocument { Resources = Map(resources.Resources, static r => ResourceNames.Name(r)), Note = resources.Note }
            : null,
        StatusReviews = Map(s.Reviews, StatusReview),
        Commitments = Map(s.Commitments, static c => new CommitmentDocument { Member = c.Member.Value, Text = c.Text }),
        TeamDevelopmentNotes = Map(s.DevelopmentNotes, static n => n),
        ActionPlans = Map(s.Plans, Plan),
        ReviewSchedule = s.Schedule is { } schedule
            ? new ReviewScheduleDocument { First = Format(schedule.First), IntervalWeeks = schedule.IntervalWeeks, Count = schedule.Count, Dates = Map(schedule.ListedDates, static d => Format(d)) }
            : null,
        MinuteNotes = Map(s.Minutes, static m => new MinuteNoteDocument { ItemIndex = m.ItemIndex, Text = m.Text, Kind = m.Kind is { } k ? ContributionNames.Name(k) : null, By = m.By?.Value }),
        GroupHistory = Map(s.GroupHistory, static r => new GroupRoundDocument
        {
            Date = Format(r.Date),
            Groups = Map(r.Groups, static g => new GroupDocument { Members = Map(g.Members, static p => p.Value) }),
        }),
        CarriedFrom = s.CarriedFrom is { } origin
            ? new CarriedFromDocument
            {
                Process = origin.Process.Value,
                Round = origin.Round,
                ActionSequence = origin.ActionSequence,
                TeamMeasures = Map(origin.Measures, static c => new CycleMeasuresDocument
                {
                    Process = c.Process.Value,
                    Round = c.Round,
                    On = Format(c.On),
                    CrossUnitStarted = c.Measures.CrossUnitStarted,
                    CrossUnitCompleted = c.Measures.CrossUnitCompleted,
                    SharedGoals = c.Measures.SharedGoals,
                    SharedGoalsOnTrack = c.Measures.SharedGoalsOnTrack,
                    MembersShared = c.Measures.MembersShared,
                    MembersReported = c.Measures.MembersReported,
                    MeetingEvaluations = c.Measures.MeetingEvaluations,
                }),
            }
            : null,
        History = Map(s.History, History),
    };

    private static ActionPlanDocument Plan(ActionPlan plan) => new()
    {
        Unit = plan.Unit?.Value,
        Responsible = plan.Responsible.Value,
        FocusAreas = Map(plan.FocusAreas, static f => new FocusAreaDocument
        {
            Id = f.Id.Value,
            Kind = FocusKindNames.Name(f.Kind),
            Title = f.Title,
            TopicAreas = Map(f.TopicAreas, static t => t.Value),
            Indicators = Map(f.Indicators, static t => t.Value),
        }),
        Actions = Map(plan.Actions, static a => new PlannedActionDocument
        {
            Id = a.Id.Value,
            Title = a.Title,
            FocusArea = a.FocusArea.Value,
            Owner = a.Owner?.Value,
            DueDate = a.DueDate is { } due ? Format(due) : null,
            Description = a.Description,
            SuccessMeasure = a.SuccessMeasure,
            Indicator = a.Indicator?.Value,
            Contributors = Map(a.Contributors, static p => p.Value),
            Units = Map(a.Units, static u => u.Value),
            Resources = Map(a.Resources, static r => new ActionResourceDocument { Kind = ResourceKindNames.Name(r.Kind), Name = r.Name }),
            SubSteps = Map(a.SubSteps, static x => new SubStepDocument { Text = x.Text, DueDate = x.DueDate is { } d ? Format(d) : null, Done = x.Done }),
            CrossUnit = a.CrossUnit,
            Updates = Map(a.Updates, static u => new ActionUpdateDocument
            {
                At = Format(u.At),
                By = u.By.Value,
                Status = StatusNames.Name(u.Status),
                Happened = u.Happened,
                Progress = u.Progress,
                NextStep = u.NextStep,
                HelpNeeded = u.HelpNeeded,
                Note = u.Note,
            }),
        }),
    };

    private static List<TOut> Map<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map)
    {
        var list = new List<TOut>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            list.Add(map(items[i]));
        }

        return list;
    }

    private static TeamDocument Team(LeadershipTeam team) => new()
    {
        Unit = team.Unit.Value,
        Name = team.Name,
        Leader = Member(team.Leader),
        Members = Map(team.Members, Member),
    };

    private static MemberDocument Member(TeamMember member) => new()
    {
        Id = member.Id.Value,
        Name = member.Name,
        Unit = member.Unit.Value,
        UnitName = member.UnitName,
    };

    private static AnswerDocument Answer(PromptAnswer answer) => new()
    {
        Prompt = answer.Prompt.Value,
        Respondent = answer.Respondent?.Value,
        AnsweredBy = answer.AnsweredBy.Value,
        AnsweredAt = Format(answer.AnsweredAt),
        Answer = AnswerValue(answer.Answer),
    };

    private static AnswerValueDocument AnswerValue(Answer answer) => answer switch
    {
        TextAnswer text => new() { Kind = KindNames.Name(AnswerKind.FreeText), Text = text.Text },
        YesNoAnswer yesNo => new() { Kind = KindNames.Name(AnswerKind.YesNo), Value = yesNo.Value },
        TopicAreasAnswer topics => new() { Kind = KindNames.Name(AnswerKind.TopicAreas), Items = Map(topics.Items, static i => i.Value) },
        IndicatorsAnswer indicators => new() { Kind = KindNames.Name(AnswerKind.Indicators), Items = Map(indicators.Items, static i => i.Value) },
        UnitsAnswer units => new() { Kind = KindNames.Name(AnswerKind.Units), Items = Map(units.Items, static i => i.Value) },
        PersonAnswer person => new() { Kind = KindNames.Name(AnswerKind.Person), Person = person.Person?.Value },
        DateAnswer date => new() { Kind = KindNames.Name(AnswerKind.Date), Date = Format(date.Date) },
        _ => throw new ArgumentException($"The answer type {answer.GetType().Name} cannot be saved.", nameof(answer)),
    };

    private static AgendaDocument Agenda(MeetingAgenda agenda) => new()
    {
        Start = new MeetingStartDocument
        {
            Local = Format(agenda.Start.LocalDateTime),
            Offset = Format(agenda.Start.Offset),
            Zone = ZoneId(agenda.Start.Zone, "process"),
        },
        Items = Map(agenda.Items, static i => new AgendaItemDocument { Section = SectionNames.Name(i.Section), Title = i.Title, Minutes = i.Minutes, Kind = AgendaKindNames.Name(i.Kind), GuideReference = i.GuideReference }),
    };

    private static ReportsDocument Reports(ReportDistribution reports)
    {
        // The distribution keeps its reports in id order; sorting again makes the document independent of that.
        var members = new List<MemberReportDocument>(reports.MemberReports.Count);
        foreach (var pair in reports.MemberReports.OrderBy(p => p.Key.Value, StringComparer.Ordinal))
        {
            members.Add(new MemberReportDocument { Member = pair.Key.Value, Report = pair.Value });
        }

        return new ReportsDocument { CommonReport = reports.CommonReport, MemberReports = members };
    }

    private static ActionDocument Action(ImprovementAction action) => new()
    {
        Id = action.Id.Value,
        Title = action.Title,
        Description = action.Description,
        Owner = action.Owner?.Value,
        DueDate = action.DueDate is { } due ? Format(due) : null,
        CrossUnit = action.CrossUnit,
        Status = StatusNames.Name(action.Status),
        Origin = StepNames.Name(action.Origin),
    };

    private static StatusReviewDocument StatusReview(StatusReview review) => new()
    {
        Date = Format(review.Date),
        Updates = Map(review.Updates, static u => new ActionStatusUpdateDocument
        {
            Action = u.Action.Value,
            Status = StatusNames.Name(u.Status),
            Note = u.Note,
            NextStep = u.NextStep,
            HelpNeeded = u.HelpNeeded,
            Progress = u.Progress,
        }),
    };

    private static HistoryDocument History(HistoryEntry entry) => new()
    {
        Version = entry.Version,
        At = Format(entry.At),
        By = entry.By.Value,
        Action = ActionNames.Name(entry.Action),
        From = StepNames.Name(entry.From),
        To = StepNames.Name(entry.To),
        Subject = entry.Subject,
    };
}

using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using ForBedring.Actions;
using ForBedring.Meetings;
using ForBedring.Process;
using ForBedring.Prompts;
using NodaTime;
using static ForBedring.Persistence.DocumentFormats;

namespace ForBedring.Persistence;

/// <summary>
/// Writes a process's state as the saved document, straight from the state: the same bytes as serializing the
/// <see cref="ProcessDocument"/> that describes the schema, without building it. Every member in the document's order,
/// null where there is no value, an answer with only the member its kind uses; instants and dates are formatted into
/// stack buffers and enum names are encoded once, so the only allocations are the writer's own output.
/// </summary>
internal static class ProcessDocumentJsonWriter
{
    /// <summary>How a document is written: indented by two spaces, <c>\n</c> line ends, letters as they are.</summary>
    public static readonly JsonWriterOptions Options = new()
    {
        // A stored document, never embedded in HTML: letters are kept readable; quotes, backslashes and control
        // characters are still escaped as JSON requires.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
    };

    private static readonly JsonEncodedText SchemaVersion = Name("schemaVersion");
    private static readonly JsonEncodedText Id = Name("id");
    private static readonly JsonEncodedText Version = Name("version");
    private static readonly JsonEncodedText Step = Name("step");
    private static readonly JsonEncodedText Round = Name("round");
    private static readonly JsonEncodedText TimeZone = Name("timeZone");
    private static readonly JsonEncodedText StartedAt = Name("startedAt");
    private static readonly JsonEncodedText StartedBy = Name("startedBy");
    private static readonly JsonEncodedText Team = Name("team");
    private static readonly JsonEncodedText Unit = Name("unit");
    private static readonly JsonEncodedText NameMember = Name("name");
    private static readonly JsonEncodedText Leader = Name("leader");
    private static readonly JsonEncodedText Members = Name("members");
    private static readonly JsonEncodedText UnitName = Name("unitName");
    private static readonly JsonEncodedText Answers = Name("answers");
    private static readonly JsonEncodedText Prompt = Name("prompt");
    private static readonly JsonEncodedText Respondent = Name("respondent");
    private static readonly JsonEncodedText AnsweredBy = Name("answeredBy");
    private static readonly JsonEncodedText AnsweredAt = Name("answeredAt");
    private static readonly JsonEncodedText AnswerMember = Name("answer");
    private static readonly JsonEncodedText Kind = Name("kind");
    private static readonly JsonEncodedText TextMember = Name("text");
    private static readonly JsonEncodedText Value = Name("value");
    private static readonly JsonEncodedText Items = Name("items");
    private static readonly JsonEncodedText PersonMember = Name("person");
    private static readonly JsonEncodedText DateMember = Name("date");
    private static readonly JsonEncodedText Agenda = Name("agenda");
    private static readonly JsonEncodedText GuideReference = Name("guideReference");
    private static readonly JsonEncodedText Start = Name("start");
    private static readonly JsonEncodedText Local = Name("local");
    private static readonly JsonEncodedText OffsetMember = Name("offset");
    private static readonly JsonEncodedText Zone = Name("zone");
    private static readonly JsonEncodedText Section = Name("section");
    private static readonly JsonEncodedText Title = Name("title");
    private static readonly JsonEncodedText Minutes = Name("minutes");
    private static readonly JsonEncodedText Timekeeper = Name("timekeeper");
    private static readonly JsonEncodedText MinuteTaker = Name("minuteTaker");
    private static readonly JsonEncodedText Presentation = Name("presentation");
    private static readonly JsonEncodedText Groups = Name("groups");
    private static readonly JsonEncodedText Reports = Name("reports");
    private static readonly JsonEncodedText CommonReport = Name("commonReport");
    private static readonly JsonEncodedText MemberReports = Name("memberReports");
    private static readonly JsonEncodedText Member = Name("member");
    private static readonly JsonEncodedText Report = Name("report");
    private static readonly JsonEncodedText ReportsSentAt = Name("reportsSentAt");
    private static readonly JsonEncodedText HomeworkDue = Name("homeworkDue");
    private static readonly JsonEncodedText Absent = Name("absent");
    private static readonly JsonEncodedText Shared = Name("shared");
    private static readonly JsonEncodedText Actions = Name("actions");
    private static readonly JsonEncodedText Description = Name("description");
    private static readonly JsonEncodedText Owner = Name("owner");
    private static readonly JsonEncodedText DueDate = Name("dueDate");
    private static readonly JsonEncodedText CrossUnit = Name("crossUnit");
    private static readonly JsonEncodedText Status = Name("status");
    private static readonly JsonEncodedText Origin = Name("origin");
    private static readonly JsonEncodedText ActionSequence = Name("actionSequence");
    private static readonly JsonEncodedText Agreements = Name("agreements");
    private static readonly JsonEncodedText FollowUpTasks = Name("followUpTasks");
    private static readonly JsonEncodedText Due = Name("due");
    private static readonly JsonEncodedText StatusReviewDates = Name("statusReviewDates");
    private static readonly JsonEncodedText ResourceReview = Name("resourceReview");
    private static readonly JsonEncodedText Resources = Name("resources");
    private static readonly JsonEncodedText Note = Name("note");
    private static readonly JsonEncodedText StatusReviews = Name("statusReviews");
    private static readonly JsonEncodedText Updates = Name("updates");
    private static readonly JsonEncodedText ActionMember = Name("action");
    private static readonly JsonEncodedText Commitments = Name("commitments");
    private static readonly JsonEncodedText TeamDevelopmentNotes = Name("teamDevelopmentNotes");
    private static readonly JsonEncodedText History = Name("history");
    private static readonly JsonEncodedText At = Name("at");
    private static readonly JsonEncodedText NextStep = Name("nextStep");
    private static readonly JsonEncodedText HelpNeeded = Name("helpNeeded");
    private static readonly JsonEncodedText Progress = Name("progress");
    private static readonly JsonEncodedText ActionPlans = Name("actionPlans");
    private static readonly JsonEncodedText Responsible = Name("responsible");
    private static readonly JsonEncodedText FocusAreas = Name("focusAreas");
    private static readonly JsonEncodedText TopicAreas = Name("topicAreas");
    private static readonly JsonEncodedText Indicators = Name("indicators");
    private static readonly JsonEncodedText FocusArea = Name("focusArea");
    private static readonly JsonEncodedText SuccessMeasure = Name("successMeasure");
    private static readonly JsonEncodedText Indicator = Name("indicator");
    private static readonly JsonEncodedText Contributors = Name("contributors");
    private static readonly JsonEncodedText Units = Name("units");
    private static readonly JsonEncodedText SubSteps = Name("subSteps");
    private static readonly JsonEncodedText Done = Name("done");
    private static readonly JsonEncodedText Happened = Name("happened");
    private static readonly JsonEncodedText ReviewSchedule = Name("reviewSchedule");
    private static readonly JsonEncodedText First = Name("first");
    private static readonly JsonEncodedText IntervalWeeks = Name("intervalWeeks");
    private static readonly JsonEncodedText Count = Name("count");
    private static readonly JsonEncodedText Dates = Name("dates");
    private static readonly JsonEncodedText MinuteNotes = Name("minuteNotes");
    private static readonly JsonEncodedText ItemIndex = Name("itemIndex");
    private static readonly JsonEncodedText GroupHistory = Name("groupHistory");
    private static readonly JsonEncodedText CarriedFrom = Name("carriedFrom");
    private static readonly JsonEncodedText ProcessMember = Name("process");
    private static readonly JsonEncodedText TeamMeasures = Name("teamMeasures");
    private static readonly JsonEncodedText On = Name("on");
    private static readonly JsonEncodedText CrossUnitStarted = Name("crossUnitStarted");
    private static readonly JsonEncodedText CrossUnitCompleted = Name("crossUnitCompleted");
    private static readonly JsonEncodedText SharedGoals = Name("sharedGoals");
    private static readonly JsonEncodedText SharedGoalsOnTrack = Name("sharedGoalsOnTrack");
    private static readonly JsonEncodedText MembersShared = Name("membersShared");
    private static readonly JsonEncodedText MembersReported = Name("membersReported");
    private static readonly JsonEncodedText MeetingEvaluations = Name("meetingEvaluations");
    private static readonly JsonEncodedText By = Name("by");
    private static readonly JsonEncodedText From = Name("from");
    private static readonly JsonEncodedText To = Name("to");
    private static readonly JsonEncodedText Subject = Name("subject");

    private static readonly JsonEncodedText FreeTextKind = KindNames.Encoded(AnswerKind.FreeText);
    private static readonly JsonEncodedText YesNoKind = KindNames.Encoded(AnswerKind.YesNo);
    private static readonly JsonEncodedText TopicAreasKind = KindNames.Encoded(AnswerKind.TopicAreas);
    private static readonly JsonEncodedText IndicatorsKind = KindNames.Encoded(AnswerKind.Indicators);
    private static readonly JsonEncodedText UnitsKind = KindNames.Encoded(AnswerKind.Units);
    private static readonly JsonEncodedText PersonKind = KindNames.Encoded(AnswerKind.Person);
    private static readonly JsonEncodedText DateKind = KindNames.Encoded(AnswerKind.Date);

    private static readonly IComparer<KeyValuePair<PersonId, string>> ByMemberId = new MemberIdOrder();

    /// <summary>Writes the whole document; the caller flushes the writer.</summary>
    /// <exception cref="ArgumentException">A time zone is not a TZDB zone, or an answer is of a type that cannot be saved.</exception>
    public static void Write(Utf8JsonWriter w, ProcessState s)
    {
        w.WriteStartObject();
        w.WriteNumber(SchemaVersion, FollowUpProcessSerializer.SchemaVersion);
        w.WriteString(Id, s.Id.Value);
        w.WriteNumber(Version, s.Version);
        w.WriteString(Step, StepNames.Encoded(s.Step));
        w.WriteString(Round, s.Round);
        w.WriteString(TimeZone, ZoneId(s.TimeZone, "process"));
        WriteInstant(w, StartedAt, s.StartedAt);
        w.WriteString(StartedBy, s.StartedBy.Value);
        WriteTeam(w, s.Team);

        w.WriteStartArray(Answers);
        for (var i = 0; i < s.Answers.Count; i++)
        {
            WriteAnswer(w, s.Answers[i]);
        }

        w.WriteEndArray();

        if (s.Agenda is { } agenda)
        {
            WriteAgenda(w, agenda);
        }
        else
        {
            w.WriteNull(Agenda);
        }

        WritePerson(w, Timekeeper, s.Timekeeper);
        WritePerson(w, MinuteTaker, s.MinuteTaker);
        w.WriteString(Presentation, s.Presentation);

        w.WriteStartArray(Groups);
        for (var i = 0; i < s.Groups.Count; i++)
        {
            w.WriteStartObject();
            WritePeople(w, Members, s.Groups[i].Members);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        if (s.Reports is { } reports)
        {
            WriteReports(w, reports);
        }
        else
        {
            w.WriteNull(Reports);
        }

        if (s.ReportsSentAt is { } sent)
        {
            WriteInstant(w, ReportsSentAt, sent);
        }
        else
        {
            w.WriteNull(ReportsSentAt);
        }

        if (s.HomeworkDue is { } due)
        {
            WriteDate(w, HomeworkDue, due);
        }
        else
        {
            w.WriteNull(HomeworkDue);
        }

        WritePeople(w, Absent, s.Absent);
        WritePeople(w, Shared, s.Shared);

        w.WriteStartArray(Actions);
        for (var i = 0; i < s.Actions.Count; i++)
        {
            WriteAction(w, s.Actions[i]);
        }

        w.WriteEndArray();
        w.WriteNumber(ActionSequence, s.ActionSequence);
        WriteTexts(w, Agreements, s.Agreements);

        w.WriteStartArray(FollowUpTasks);
        for (var i = 0; i < s.Tasks.Count; i++)
        {
            var task = s.Tasks[i];
            w.WriteStartObject();
            w.WriteString(Owner, task.Owner.Value);
            w.WriteString(Description, task.Description);
            WriteDate(w, Due, task.Due);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray(StatusReviewDates);
        for (var i = 0; i < s.ReviewDates.Count; i++)
        {
            WriteDateValue(w, s.ReviewDates[i]);
        }

        w.WriteEndArray();

        if (s.Resources is { } resources)
        {
            w.WriteStartObject(ResourceReview);
            w.WriteStartArray(Resources);
            for (var i = 0; i < resources.Resources.Count; i++)
            {
                w.WriteStringValue(ResourceNames.Encoded(resources.Resources[i]));
            }

            w.WriteEndArray();
            w.WriteString(Note, resources.Note);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(ResourceReview);
        }

        w.WriteStartArray(StatusReviews);
        for (var i = 0; i < s.Reviews.Count; i++)
        {
            WriteStatusReview(w, s.Reviews[i]);
        }

        w.WriteEndArray();

        w.WriteStartArray(Commitments);
        for (var i = 0; i < s.Commitments.Count; i++)
        {
            var commitment = s.Commitments[i];
            w.WriteStartObject();
            w.WriteString(Member, commitment.Member.Value);
            w.WriteString(TextMember, commitment.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteTexts(w, TeamDevelopmentNotes, s.DevelopmentNotes);
        WriteVersion2(w, s);

        w.WriteStartArray(History);
        for (var i = 0; i < s.History.Count; i++)
        {
            WriteHistory(w, s.History[i]);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name);

    private static void WriteTeam(Utf8JsonWriter w, LeadershipTeam team)
    {
        w.WriteStartObject(Team);
        w.WriteString(Unit, team.Unit.Value);
        w.WriteString(NameMember, team.Name);
        w.WritePropertyName(Leader);
        WriteMember(w, team.Leader);
        w.WriteStartArray(Members);
        for (var i = 0; i < team.Members.Count; i++)
        {
            WriteMember(w, team.Members[i]);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteMember(Utf8JsonWriter w, TeamMember member)
    {
        w.WriteStartObject();
        w.WriteString(Id, member.Id.Value);
        w.WriteString(NameMember, member.Name);
        w.WriteString(Unit, member.Unit.Value);
        w.WriteString(UnitName, member.UnitName);
        w.WriteEndObject();
    }

    private static void WriteAnswer(Utf8JsonWriter w, PromptAnswer answer)
    {
        w.WriteStartObject();
        w.WriteString(Prompt, answer.Prompt.Value);
        WritePerson(w, Respondent, answer.Respondent);
        w.WriteString(AnsweredBy, answer.AnsweredBy.Value);
        WriteInstant(w, AnsweredAt, answer.AnsweredAt);
        w.WriteStartObject(AnswerMember);
        switch (answer.Answer)
        {
            case TextAnswer text:
                w.WriteString(Kind, FreeTextKind);
                w.WriteString(TextMember, text.Text);
                break;
            case YesNoAnswer yesNo:
                w.WriteString(Kind, YesNoKind);
                w.WriteBoolean(Value, yesNo.Value);
                break;
            case TopicAreasAnswer topics:
                w.WriteString(Kind, TopicAreasKind);
                w.WriteStartArray(Items);
                for (var i = 0; i < topics.Items.Count; i++)
                {
                    w.WriteStringValue(topics.Items[i].Value);
                }

                w.WriteEndArray();
                break;
            case IndicatorsAnswer indicators:
                w.WriteString(Kind, IndicatorsKind);
                w.WriteStartArray(Items);
                for (var i = 0; i < indicators.Items.Count; i++)
                {
                    w.WriteStringValue(indicators.Items[i].Value);
                }

                w.WriteEndArray();
                break;
            case UnitsAnswer units:
                w.WriteString(Kind, UnitsKind);
                w.WriteStartArray(Items);
                for (var i = 0; i < units.Items.Count; i++)
                {
                    w.WriteStringValue(units.Items[i].Value);
                }

                w.WriteEndArray();
                break;
            case PersonAnswer person:
                // Nobody chosen: the member is left out, as the answer's other members are.
                w.WriteString(Kind, PersonKind);
                if (person.Person is { } chosen)
                {
                    w.WriteString(PersonMember, chosen.Value);
                }

                break;
            case DateAnswer date:
                w.WriteString(Kind, DateKind);
                WriteDate(w, DateMember, date.Date);
                break;
            default:
                throw new ArgumentException($"The answer type {answer.Answer.GetType().Name} cannot be saved.", nameof(answer));
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteAgenda(Utf8JsonWriter w, MeetingAgenda agenda)
    {
        w.WriteStartObject(Agenda);
        w.WriteStartObject(Start);
        w.WriteString(Local, Format(agenda.Start.LocalDateTime));
        w.WriteString(OffsetMember, Format(agenda.Start.Offset));
        w.WriteString(Zone, ZoneId(agenda.Start.Zone, "process"));
        w.WriteEndObject();
        w.WriteStartArray(Items);
        for (var i = 0; i < agenda.Items.Count; i++)
        {
            var item = agenda.Items[i];
            w.WriteStartObject();
            w.WriteString(Section, SectionNames.Encoded(item.Section));
            w.WriteString(Title, item.Title);
            w.WriteNumber(Minutes, item.Minutes);
            w.WriteString(Kind, AgendaKindNames.Encoded(item.Kind));
            if (item.GuideReference is { } reference)
            {
                w.WriteString(GuideReference, reference);
            }
            else
            {
                w.WriteNull(GuideReference);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteReports(Utf8JsonWriter w, ReportDistribution reports)
    {
        w.WriteStartObject(Reports);
        w.WriteString(CommonReport, reports.CommonReport);
        w.WriteStartArray(MemberReports);

        // The distribution keeps its reports in id order; sorting again makes the document independent of that.
        var count = reports.MemberReports.Count;
        var sorted = ArrayPool<KeyValuePair<PersonId, string>>.Shared.Rent(Math.Max(count, 1));
        try
        {
            var n = 0;
            foreach (var pair in reports.MemberReports)
            {
                sorted[n++] = pair;
            }

            Array.Sort(sorted, 0, n, ByMemberId);
            for (var i = 0; i < n; i++)
            {
                w.WriteStartObject();
                w.WriteString(Member, sorted[i].Key.Value);
                w.WriteString(Report, sorted[i].Value);
                w.WriteEndObject();
            }
        }
        finally
        {
            ArrayPool<KeyValuePair<PersonId, string>>.Shared.Return(sorted, clearArray: true);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteAction(Utf8JsonWriter w, ImprovementAction action)
    {
        w.WriteStartObject();
        w.WriteString(Id, action.Id.Value);
        w.WriteString(Title, action.Title);
        w.WriteString(Description, action.Description);
        WritePerson(w, Owner, action.Owner);
        if (action.DueDate is { } due)
        {
            WriteDate(w, DueDate, due);
        }
        else
        {
            w.WriteNull(DueDate);
        }

        w.WriteBoolean(CrossUnit, action.CrossUnit);
        w.WriteString(Status, StatusNames.Encoded(action.Status));
        w.WriteString(Origin, StepNames.Encoded(action.Origin));
        w.WriteEndObject();
    }

    private static void WriteStatusReview(Utf8JsonWriter w, StatusReview review)
    {
        w.WriteStartObject();
        WriteDate(w, DateMember, review.Date);
        w.WriteStartArray(Updates);
        for (var i = 0; i < review.Updates.Count; i++)
        {
            var update = review.Updates[i];
            w.WriteStartObject();
            w.WriteString(ActionMember, update.Action.Value);
            w.WriteString(Status, StatusNames.Encoded(update.Status));
            w.WriteString(Note, update.Note);
            w.WriteString(NextStep, update.NextStep);
            w.WriteBoolean(HelpNeeded, update.HelpNeeded);
            WriteNumberOrNull(w, Progress, update.Progress);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteVersion2(Utf8JsonWriter w, ProcessState s)
    {
        w.WriteStartArray(ActionPlans);
        for (var i = 0; i < s.Plans.Count; i++)
        {
            WritePlan(w, s.Plans[i]);
        }

        w.WriteEndArray();
        if (s.Schedule is { } schedule)
        {
            w.WriteStartObject(ReviewSchedule);
            WriteDate(w, First, schedule.First);
            w.WriteNumber(IntervalWeeks, schedule.IntervalWeeks);
            w.WriteNumber(Count, schedule.Count);
            w.WriteStartArray(Dates);
            for (var i = 0; i < schedule.ListedDates.Count; i++)
            {
                WriteDateValue(w, schedule.ListedDates[i]);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(ReviewSchedule);
        }

        w.WriteStartArray(MinuteNotes);
        for (var i = 0; i < s.Minutes.Count; i++)
        {
            var note = s.Minutes[i];
            w.WriteStartObject();
            w.WriteNumber(ItemIndex, note.ItemIndex);
            w.WriteString(TextMember, note.Text);
            if (note.Kind is { } kind)
            {
                w.WriteString(Kind, ContributionNames.Encoded(kind));
            }
            else
            {
                w.WriteNull(Kind);
            }

            w.WriteString(By, note.By?.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray(GroupHistory);
        for (var i = 0; i < s.GroupHistory.Count; i++)
        {
            var round = s.GroupHistory[i];
            w.WriteStartObject();
            WriteDate(w, DateMember, round.Date);
            w.WriteStartArray(Groups);
            for (var g = 0; g < round.Groups.Count; g++)
            {
                w.WriteStartObject();
                WritePeople(w, Members, round.Groups[g].Members);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (s.CarriedFrom is { } origin)
        {
            w.WriteStartObject(CarriedFrom);
            w.WriteString(ProcessMember, origin.Process.Value);
            w.WriteString(Round, origin.Round);
            w.WriteNumber(ActionSequence, origin.ActionSequence);
            w.WriteStartArray(TeamMeasures);
            for (var i = 0; i < origin.Measures.Count; i++)
            {
                var cycle = origin.Measures[i];
                var m = cycle.Measures;
                w.WriteStartObject();
                w.WriteString(ProcessMember, cycle.Process.Value);
                w.WriteString(Round, cycle.Round);
                WriteDate(w, On, cycle.On);
                w.WriteNumber(CrossUnitStarted, m.CrossUnitStarted);
                w.WriteNumber(CrossUnitCompleted, m.CrossUnitCompleted);
                w.WriteNumber(SharedGoals, m.SharedGoals);
                w.WriteNumber(SharedGoalsOnTrack, m.SharedGoalsOnTrack);
                w.WriteNumber(MembersShared, m.MembersShared);
                w.WriteNumber(MembersReported, m.MembersReported);
                w.WriteNumber(MeetingEvaluations, m.MeetingEvaluations);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(CarriedFrom);
        }
    }

    private static void WritePlan(Utf8JsonWriter w, ActionPlan plan)
    {
        w.WriteStartObject();
        w.WriteString(Unit, plan.Unit?.Value);
        w.WriteString(Responsible, plan.Responsible.Value);
        w.WriteStartArray(FocusAreas);
        for (var i = 0; i < plan.FocusAreas.Count; i++)
        {
            var area = plan.FocusAreas[i];
            w.WriteStartObject();
            w.WriteString(Id, area.Id.Value);
            w.WriteString(Kind, FocusKindNames.Encoded(area.Kind));
            w.WriteString(Title, area.Title);
            w.WriteStartArray(TopicAreas);
            for (var t = 0; t < area.TopicAreas.Count; t++)
            {
                w.WriteStringValue(area.TopicAreas[t].Value);
            }

            w.WriteEndArray();
            w.WriteStartArray(Indicators);
            for (var t = 0; t < area.Indicators.Count; t++)
            {
                w.WriteStringValue(area.Indicators[t].Value);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray(Actions);
        for (var i = 0; i < plan.Actions.Count; i++)
        {
            WritePlannedAction(w, plan.Actions[i]);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WritePlannedAction(Utf8JsonWriter w, PlannedAction action)
    {
        w.WriteStartObject();
        w.WriteString(Id, action.Id.Value);
        w.WriteString(Title, action.Title);
        w.WriteString(FocusArea, action.FocusArea.Value);
        w.WriteString(Owner, action.Owner?.Value);
        if (action.DueDate is { } due)
        {
            WriteDate(w, DueDate, due);
        }
        else
        {
            w.WriteNull(DueDate);
        }

        w.WriteString(Description, action.Description);
        w.WriteString(SuccessMeasure, action.SuccessMeasure);
        w.WriteString(Indicator, action.Indicator?.Value);
        WritePeople(w, Contributors, action.Contributors);
        w.WriteStartArray(Units);
        for (var i = 0; i < action.Units.Count; i++)
        {
            w.WriteStringValue(action.Units[i].Value);
        }

        w.WriteEndArray();
        w.WriteStartArray(Resources);
        for (var i = 0; i < action.Resources.Count; i++)
        {
            w.WriteStartObject();
            w.WriteString(Kind, ResourceKindNames.Encoded(action.Resources[i].Kind));
            w.WriteString(NameMember, action.Resources[i].Name);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray(SubSteps);
        for (var i = 0; i < action.SubSteps.Count; i++)
        {
            var step = action.SubSteps[i];
            w.WriteStartObject();
            w.WriteString(TextMember, step.Text);
            if (step.DueDate is { } stepDue)
            {
                WriteDate(w, DueDate, stepDue);
            }
            else
            {
                w.WriteNull(DueDate);
            }

            w.WriteBoolean(Done, step.Done);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteBoolean(CrossUnit, action.CrossUnit);
        w.WriteStartArray(Updates);
        for (var i = 0; i < action.Updates.Count; i++)
        {
            var update = action.Updates[i];
            w.WriteStartObject();
            WriteInstant(w, At, update.At);
            w.WriteString(By, update.By.Value);
            w.WriteString(Status, StatusNames.Encoded(update.Status));
            w.WriteString(Happened, update.Happened);
            WriteNumberOrNull(w, Progress, update.Progress);
            w.WriteString(NextStep, update.NextStep);
            w.WriteBoolean(HelpNeeded, update.HelpNeeded);
            w.WriteString(Note, update.Note);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, JsonEncodedText name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteHistory(Utf8JsonWriter w, HistoryEntry entry)
    {
        w.WriteStartObject();
        w.WriteNumber(Version, entry.Version);
        WriteInstant(w, At, entry.At);
        w.WriteString(By, entry.By.Value);
        w.WriteString(ActionMember, ActionNames.Encoded(entry.Action));
        w.WriteString(From, StepNames.Encoded(entry.From));
        w.WriteString(To, StepNames.Encoded(entry.To));
        w.WriteString(Subject, entry.Subject);
        w.WriteEndObject();
    }

    private static void WritePerson(Utf8JsonWriter w, JsonEncodedText name, PersonId? person)
    {
        if (person is { } id)
        {
            w.WriteString(name, id.Value);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WritePeople(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<PersonId> people)
    {
        w.WriteStartArray(name);
        for (var i = 0; i < people.Count; i++)
        {
            w.WriteStringValue(people[i].Value);
        }

        w.WriteEndArray();
    }

    private static void WriteTexts(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<string> texts)
    {
        w.WriteStartArray(name);
        for (var i = 0; i < texts.Count; i++)
        {
            w.WriteStringValue(texts[i]);
        }

        w.WriteEndArray();
    }

    private static void WriteInstant(Utf8JsonWriter w, JsonEncodedText name, Instant instant)
    {
        Span<byte> utf8 = stackalloc byte[MaxInstantBytes];
        if (TryFormat(instant, utf8, out var written))
        {
            w.WriteString(name, utf8.Slice(0, written));
        }
        else
        {
            w.WriteString(name, Format(instant));
        }
    }

    private static void WriteDate(Utf8JsonWriter w, JsonEncodedText name, LocalDate date)
    {
        Span<byte> utf8 = stackalloc byte[DateBytes];
        if (TryFormat(date, utf8, out var written))
        {
            w.WriteString(name, utf8.Slice(0, written));
        }
        else
        {
            w.WriteString(name, Format(date));
        }
    }

    private static void WriteDateValue(Utf8JsonWriter w, LocalDate date)
    {
        Span<byte> utf8 = stackalloc byte[DateBytes];
        if (TryFormat(date, utf8, out var written))
        {
            w.WriteStringValue(utf8.Slice(0, written));
        }
        else
        {
            w.WriteStringValue(Format(date));
        }
    }

    /// <summary>Orders member reports by the member's id, ordinally, as the DTO path's <c>OrderBy</c> did.</summary>
    private sealed class MemberIdOrder : IComparer<KeyValuePair<PersonId, string>>
    {
        public int Compare(KeyValuePair<PersonId, string> x, KeyValuePair<PersonId, string> y)
            => string.CompareOrdinal(x.Key.Value, y.Key.Value);
    }
}

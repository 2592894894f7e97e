using System.Collections.ObjectModel;
using System.Globalization;
using ForBedring.Actions;
using ForBedring.Internal;
using ForBedring.Meetings;
using ForBedring.Process;
using ForBedring.Prompts;
using ForBedring.Results;
using NodaTime;
using static ForBedring.Persistence.DocumentFormats;

namespace ForBedring.Persistence;

/// <summary>
/// Turns a parsed document into a process state: parses every identifier, date and name, builds the domain values
/// through their validating constructors, then checks the rules that hold between fields, which the process relies on.
/// Throws <see cref="DocumentProblem"/> with the path of the first problem.
/// </summary>
internal static class ProcessDocumentReader
{
    private const string Id = "id";

    public static ProcessState Read(ProcessDocument d)
    {
        CheckVersionMembers(d);
        var team = Object(d.Team, "team", Team);
        var state = new ProcessState
        {
            Id = ProcessIdOf(d.Id, Id),
            Round = Text(d.Round, "round", 200),
            Team = team,
            TimeZone = ParseZone(d.TimeZone, "timeZone"),
            StartedAt = ParseInstant(d.StartedAt, "startedAt"),
            StartedBy = Person(d.StartedBy, "startedBy"),
            Step = StepNames.Parse(d.Step, "step"),
            Version = d.Version,
            Answers = List(d.Answers, "answers", Answer),
            Agenda = d.Agenda is null ? null : Object(d.Agenda, "agenda", Agenda),
            Timekeeper = PersonOrNull(d.Timekeeper, "timekeeper"),
            MinuteTaker = PersonOrNull(d.MinuteTaker, "minuteTaker"),
            Presentation = TextOrNull(d.Presentation, "presentation", 2_000),
            Groups = List(d.Groups, "groups", static g => new MeetingGroup(List(g.Members, "members", static p => Person(p, null)))),
            Reports = d.Reports is null ? null : Object(d.Reports, "reports", Reports),
            ReportsSentAt = ParseInstantOrNull(d.ReportsSentAt, "reportsSentAt"),
            HomeworkDue = ParseDateOrNull(d.HomeworkDue, "homeworkDue"),
            Absent = List(d.Absent, "absent", static p => Person(p, null)),
            Shared = List(d.Shared, "shared", static p => Person(p, null)),
            Actions = List(d.Actions, "actions", Action),
            ActionSequence = d.ActionSequence,
            Agreements = List(d.Agreements, "agreements", static a => Text(a, null)),
            Tasks = List(d.FollowUpTasks, "followUpTasks", static t => new FollowUpTask(Person(t.Owner, "owner"), t.Description, ParseDate(t.Due, "due"))),
            ReviewDates = List(d.StatusReviewDates, "statusReviewDates", static t => ParseDate(t, null)),
            Resources = d.ResourceReview is null
                ? null
                : Object(d.ResourceReview, "resourceReview", static r => new ResourceReview(List(r.Resources, "resources", static x => ResourceNames.Parse(x, null)), r.Note)),
            Reviews = List(d.StatusReviews, "statusReviews", StatusReview),
            Commitments = List(d.Commitments, "commitments", static c => new CollaborationCommitment(Person(c.Member, "member"), c.Text)),
            DevelopmentNotes = List(d.TeamDevelopmentNotes, "teamDevelopmentNotes", static n => Text(n, null)),
            History = List(d.History, "history", History),
            Plans = d.ActionPlans is null ? [] : List(d.ActionPlans, "actionPlans", Plan),
            Schedule = d.ReviewSchedule is null ? null : Object(d.ReviewSchedule, "reviewSchedule", Schedule),
            Minutes = d.MinuteNotes is null ? [] : List(d.MinuteNotes, "minuteNotes", MinuteNote),
            GroupHistory = d.GroupHistory is null
                ? []
                : List(d.GroupHistory, "groupHistory", static r => new GroupRound(ParseDate(r.Date, "date"), List(r.Groups, "groups", static g => new MeetingGroup(List(g.Members, "members", static p => Person(p, null)))))),
            CarriedFrom = d.CarriedFrom is null
                ? null
                : Object(d.CarriedFrom, "carriedFrom", static c => new CycleOrigin(ProcessIdOf(c.Process, "process"), Text(c.Round, "round", 200), c.ActionSequence, List(c.TeamMeasures, "teamMeasures", CycleMeasures))),
        };

        Check(state, d);
        CheckPlans(state);
        CheckCarriedFrom(state);
        return state;
    }

    /// <summary>
    /// The team's measures over cycles tell one history: none is this process's own, and the last is the previous
    /// cycle's, which the origin names. (Their dates are not checked for order: each was read from the clock of the host
    /// that started the next cycle, and a document that a valid use of the library saved always loads.)
    /// </summary>
    private static void CheckCarriedFrom(ProcessState s)
    {
        if (s.CarriedFrom is not { Measures: { Count: > 0 } measures } origin)
        {
            return;
        }

        for (var i = 0; i < measures.Count; i++)
        {
            if (measures[i].Process == s.Id)
            {
                throw DocumentProblem.Fail($"The measures of an earlier cycle name this process ({s.Id}).", "carriedFrom", "teamMeasures", i, "process");
            }
        }

        var last = measures[measures.Count - 1];
        if (last.Process != origin.Process || last.Round != origin.Round)
        {
            throw DocumentProblem.Fail($"The last cycle's measures are the previous cycle's ({origin.Process}, {origin.Round}), not {last.Process}, {last.Round}.", "carriedFrom", "teamMeasures", measures.Count - 1, "process");
        }
    }

    private static CycleMeasures CycleMeasures(CycleMeasuresDocument m)
    {
        var measures = new TeamMeasures(
            Count(m.CrossUnitStarted, "crossUnitStarted"),
            Count(m.CrossUnitCompleted, "crossUnitCompleted"),
            Count(m.SharedGoals, "sharedGoals"),
            Count(m.SharedGoalsOnTrack, "sharedGoalsOnTrack"),
            Count(m.MembersShared, "membersShared"),
            Count(m.MembersReported, "membersReported"),
            Count(m.MeetingEvaluations, "meetingEvaluations"));
        if (measures.CrossUnitCompleted > measures.CrossUnitStarted)
        {
            throw new DocumentProblem($"{measures.CrossUnitCompleted} cross-unit actions completed, but only {measures.CrossUnitStarted} started.", "crossUnitCompleted");
        }

        if (measures.SharedGoalsOnTrack > measures.SharedGoals)
        {
            throw new DocumentProblem($"{measures.SharedGoalsOnTrack} shared goals on track, but only {measures.SharedGoals} shared goals.", "sharedGoalsOnTrack");
        }

        return new CycleMeasures(ProcessIdOf(m.Process, "process"), Text(m.Round, "round", 200), ParseDate(m.On, "on"), measures);

        static int Count(int value, string member) => value >= 0 ? value : throw new DocumentProblem($"{value} is not a count: 0 or more.", member);
    }

    /// <summary>Reads a nested object, adding its member name to the path of any problem inside it.</summary>
    private static TOut Object<TIn, TOut>(TIn item, string member, Func<TIn, TOut> read)
    {
        try
        {
            return read(item);
        }
        catch (DocumentProblem problem)
        {
            throw problem.At(member);
        }
        catch (ArgumentException e)
        {
            throw DocumentProblem.From(e).At(member);
        }
    }

    /// <summary>Reads a list, adding the index and the list's member name to the path of any problem inside it.</summary>
    /// <remarks>The list is wrapped, as the process's own lists are, so that no caller can cast it back to an array and change it.</remarks>
    private static IReadOnlyList<TOut> List<TIn, TOut>(List<TIn> items, string member, Func<TIn, TOut> read)
    {
        if (items.Count == 0)
        {
            return Array.Empty<TOut>();
        }

        var result = new TOut[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            try
            {
                // The serializer lets null through as a list item; nothing in the document may be a null item.
                var item = items[i] ?? throw new DocumentProblem("A list item is null; null is not allowed here.");
                result[i] = read(item);
            }
            catch (DocumentProblem problem)
            {
                throw problem.At(i).At(member);
            }
            catch (ArgumentException e)
            {
                throw DocumentProblem.From(e).At(i).At(member);
            }
        }

        return new ReadOnlyCollection<TOut>(result);
    }

    private static ProcessId ProcessIdOf(string value, string member)
        => ProcessId.TryParse(value, out var id) ? id : throw NotAnId(value, "process id", member);

    private static PersonId Person(string value, string? member)
        => PersonId.TryParse(value, out var id) ? id : throw NotAnId(value, "person id", member);

    private static PersonId? PersonOrNull(string? value, string member) => value is null ? null : Person(value, member);

    private static UnitId Unit(string value, string? member)
        => UnitId.TryParse(value, out var id) ? id : throw NotAnId(value, "unit id", member);

    private static string Identifier(string value, string kind, string? member)
        => Guard.IsIdentifier(value) ? value : throw NotAnId(value, kind, member);

    private static DocumentProblem NotAnId(string value, string kind, string? member)
        => new($"\"{Guard.Shorten(value)}\" is not a valid {kind}: 1 to 64 ASCII letters, digits, '.', '_', '-' or ':'.", member);

    private static LeadershipTeam Team(TeamDocument d)
        => new(Unit(d.Unit, "unit"), d.Name, Object(d.Leader, "leader", Member), List(d.Members, "members", Member));

    private static TeamMember Member(MemberDocument d) => new(Person(d.Id, Id), d.Name, Unit(d.Unit, "unit"), d.UnitName);

    private static PromptAnswer Answer(AnswerDocument d)
        => new(
            new PromptId(Identifier(d.Prompt, "prompt id", "prompt")),
            PersonOrNull(d.Respondent, "respondent"),
            Object(d.Answer, "answer", AnswerValue),
            Person(d.AnsweredBy, "answeredBy"),
            ParseInstant(d.AnsweredAt, "answeredAt"));

    private static Answer AnswerValue(AnswerValueDocument d)
    {
        var kind = KindNames.Parse(d.Kind, "kind");
        var uses = kind switch
        {
            AnswerKind.FreeText => "text",
            AnswerKind.YesNo => "value",
            AnswerKind.Person => "person",
            AnswerKind.Date => "date",
            _ => "items",
        };
        Unexpected(d.Text is not null, "text", uses, d.Kind);
        Unexpected(d.Value is not null, "value", uses, d.Kind);
        Unexpected(d.Items is not null, "items", uses, d.Kind);
        Unexpected(d.Person is not null, "person", uses, d.Kind);
        Unexpected(d.Date is not null, "date", uses, d.Kind);
        return kind switch
        {
            AnswerKind.FreeText => new TextAnswer(Text(Required(d.Text, "text", d.Kind), "text")),
            AnswerKind.YesNo => new YesNoAnswer(Required(d.Value, "value", d.Kind)),
            AnswerKind.TopicAreas => new TopicAreasAnswer(List(Required(d.Items, "items", d.Kind), "items", static i => new TopicAreaId(Identifier(i, "topic area id", null)))),
            AnswerKind.Indicators => new IndicatorsAnswer(List(Required(d.Items, "items", d.Kind), "items", static i => new IndicatorId(Identifier(i, "indicator id", null)))),
            AnswerKind.Units => new UnitsAnswer(List(Required(d.Items, "items", d.Kind), "items", static i => Unit(i, null))),
            AnswerKind.Person => new PersonAnswer(PersonOrNull(d.Person, "person")),
            _ => new DateAnswer(ParseDate(Required(d.Date, "date", d.Kind), "date")),
        };
    }

    private static void Unexpected(bool present, string member, string uses, string kind)
    {
        if (present && member != uses)
        {
            throw new DocumentProblem($"A {kind} answer has no member '{member}'; its value is in '{uses}'.", member);
        }
    }

    private static T Required<T>(T? value, string member, string kind)
        where T : class
        => value ?? throw new DocumentProblem($"A {kind} answer needs the member '{member}'.", member);

    private static T Required<T>(T? value, string member, string kind)
        where T : struct
        => value ?? throw new DocumentProblem($"A {kind} answer needs the member '{member}'.", member);

    private static MeetingAgenda Agenda(AgendaDocument d)
    {
        var start = Object(d.Start, "start", Start);
        return new MeetingAgenda(start, List(d.Items, "items", AgendaItem));
    }

    /// <summary>Reads an agenda item; a version 1 item has no kind and reads as <see cref="AgendaItemKind.Custom"/>.</summary>
    private static AgendaItem AgendaItem(AgendaItemDocument i)
    {
        var kind = i.Kind is null ? AgendaItemKind.Custom : AgendaKindNames.Parse(i.Kind, "kind");
        var expected = Meetings.AgendaItem.ReferenceOf(kind);
        if (i.Kind is not null && !string.Equals(i.GuideReference, expected, StringComparison.Ordinal))
        {
            throw DocumentProblem.Fail($"The guide reference of an item of kind {kind} is '{expected ?? "null"}', not '{i.GuideReference ?? "null"}'.", "guideReference");
        }

        return new AgendaItem(SectionNames.Parse(i.Section, "section"), i.Title, i.Minutes, kind);
    }

    private static ZonedDateTime Start(MeetingStartDocument d)
    {
        var local = ParseLocalDateTime(d.Local, "local");
        var offset = ParseOffset(d.Offset, "offset");
        var zone = ParseZone(d.Zone, "zone");
        var mapping = zone.MapLocal(local);
        var valid = (mapping.Count >= 1 && mapping.First().Offset == offset) || (mapping.Count == 2 && mapping.Last().Offset == offset);
        if (!valid)
        {
            throw new DocumentProblem(Invariant($"The offset {d.Offset} is not in force in {d.Zone} at {d.Local}."), "offset");
        }

        return new ZonedDateTime(local, zone, offset);
    }

    private static ReportDistribution Reports(ReportsDocument d)
    {
        var reports = new Dictionary<PersonId, string>();
        var list = List(d.MemberReports, "memberReports", static r => (Member: Person(r.Member, "member"), r.Report));
        for (var i = 0; i < list.Count; i++)
        {
            if (reports.ContainsKey(list[i].Member))
            {
                throw DocumentProblem.Fail($"The member '{list[i].Member}' has two reports.", "memberReports", i, "member");
            }

            reports.Add(list[i].Member, list[i].Report);
        }

        return new ReportDistribution(d.CommonReport, reports);
    }

    private static ImprovementAction Action(ActionDocument d)
    {
        // The draft checks the texts and the owner as the command that made the action did.
        var draft = new ActionDraft(d.Title, d.Description, PersonOrNull(d.Owner, "owner"), ParseDateOrNull(d.DueDate, "dueDate"), d.CrossUnit);
        return new ImprovementAction(
            new ActionId(Identifier(d.Id, "action id", Id)),
            draft.Title,
            draft.Description,
            draft.Owner,
            draft.DueDate,
            draft.CrossUnit,
            StatusNames.Parse(d.Status, "status"),
            StepNames.Parse(d.Origin, "origin"));
    }

    private static StatusReview StatusReview(StatusReviewDocument d)
        => new(
            ParseDate(d.Date, "date"),
            List(d.Updates, "updates", static u => new ActionStatusUpdate(
                new ActionId(Identifier(u.Action, "action id", "action")),
                StatusNames.Parse(u.Status, "status"),
                u.Note,
                TextOrNull(u.NextStep, "nextStep", 1_000),
                u.HelpNeeded ?? false,
                u.Progress)));

    /// <summary>Schema 1 documents lack the members version 2 added; version 2 documents must have them.</summary>
    private static void CheckVersionMembers(ProcessDocument d)
    {
        var v2 = d.SchemaVersion >= 2;
        (string Member, bool Present)[] added =
        [
            ("actionPlans", d.ActionPlans is not null),
            ("minuteNotes", d.MinuteNotes is not null),
            ("groupHistory", d.GroupHistory is not null),
        ];
        foreach (var (member, present) in added)
        {
            if (v2 && !present)
            {
                throw DocumentProblem.Fail($"The member '{member}' is missing or null; schema version 2 requires it (an empty list when there is nothing).", member);
            }

            if (!v2 && present)
            {
                throw DocumentProblem.Fail($"The member '{member}' is not part of schema version 1.", member);
            }
        }

        var items = d.Agenda?.Items;
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var item = items![i];
            if (item is null)
            {
                continue;
            }

            if (v2 && item.Kind is null)
            {
                throw DocumentProblem.Fail("The member 'kind' is missing or null; schema version 2 requires it.", "agenda", "items", i, "kind");
            }

            if (!v2 && (item.Kind is not null || item.GuideReference is not null))
            {
                throw DocumentProblem.Fail("The members 'kind' and 'guideReference' of an agenda item are not part of schema version 1.", "agenda", "items", i);
            }
        }

        if (!v2 && d.CarriedFrom is not null)
        {
            throw DocumentProblem.Fail("The member 'carriedFrom' is not part of schema version 1.", "carriedFrom");
        }

        if (!v2 && d.ReviewSchedule is not null)
        {
            throw DocumentProblem.Fail("The member 'reviewSchedule' is not part of schema version 1.", "reviewSchedule");
        }

        for (var r = 0; r < d.StatusReviews.Count; r++)
        {
            var updates = d.StatusReviews[r]?.Updates;
            for (var i = 0; i < (updates?.Count ?? 0); i++)
            {
                var u = updates![i];
                if (u is null)
                {
                    continue;
                }

                if (v2 && u.HelpNeeded is null)
                {
                    throw DocumentProblem.Fail("The member 'helpNeeded' is missing or null; schema version 2 requires it.", "statusReviews", r, "updates", i, "helpNeeded");
                }

                if (!v2 && (u.HelpNeeded is not null || u.NextStep is not null || u.Progress is not null))
                {
                    throw DocumentProblem.Fail("The members 'nextStep', 'helpNeeded' and 'progress' of a status update are not part of schema version 1.", "statusReviews", r, "updates", i);
                }
            }
        }
    }

    private static ActionPlan Plan(ActionPlanDocument d)
        => new(
            d.Unit is null ? null : Unit(d.Unit, "unit"),
            Person(d.Responsible, "responsible"),
            List(d.FocusAreas, "focusAreas", static f => new FocusArea(
                new FocusAreaId(Identifier(f.Id, "focus area id", "id")),
                FocusKindNames.Parse(f.Kind, "kind"),
                Text(f.Title, "title", 300),
                List(f.TopicAreas, "topicAreas", static t => new TopicAreaId(Identifier(t, "topic area id", null))),
                List(f.Indicators, "indicators", static t => new IndicatorId(Identifier(t, "indicator id", null))))),
            List(d.Actions, "actions", PlannedAction));

    private static PlannedAction PlannedAction(PlannedActionDocument d)
        => new(
            new ActionId(Identifier(d.Id, "action id", "id")),
            Text(d.Title, "title", 300),
            new FocusAreaId(Identifier(d.FocusArea, "focus area id", "focusArea")),
            PersonOrNull(d.Owner, "owner"),
            ParseDateOrNull(d.DueDate, "dueDate"),
            TextOrNull(d.Description, "description", 4_000),
            TextOrNull(d.SuccessMeasure, "successMeasure", 2_000),
            d.Indicator is null ? null : new IndicatorId(Identifier(d.Indicator, "indicator id", "indicator")),
            List(d.Contributors, "contributors", static p => Person(p, null)),
            List(d.Units, "units", static u => Unit(u, null)),
            List(d.Resources, "resources", static r => new ActionResource(ResourceKindNames.Parse(r.Kind, "kind"), TextOrNull(r.Name, "name", 200))),
            List(d.SubSteps, "subSteps", static x => new ActionSubStep(Text(x.Text, "text", 1_000), ParseDateOrNull(x.DueDate, "dueDate"), x.Done)),
            d.CrossUnit,
            List(d.Updates, "updates", static u => new ActionUpdate(
                ParseInstant(u.At, "at"),
                Person(u.By, "by"),
                StatusNames.Parse(u.Status, "status"),
                Text(u.Happened, "happened", 4_000),
                u.Progress,
                TextOrNull(u.NextStep, "nextStep", 1_000),
                u.HelpNeeded,
                TextOrNull(u.Note, "note", 4_000))));

    private static ReviewSchedule Schedule(ReviewScheduleDocument d)
    {
        if (d.IntervalWeeks == 0)
        {
            var dates = List(d.Dates, "dates", static x => ParseDate(x, null));
            var listed = ReviewSchedule.On(dates);
            if (listed.First != ParseDate(d.First, "first") || listed.Count != d.Count)
            {
                throw DocumentProblem.Fail("A listed review schedule's first date and count must be those of its dates.", "first");
            }

            return listed;
        }

        if (d.Dates.Count != 0)
        {
            throw DocumentProblem.Fail("A repeating review schedule lists no dates.", "dates");
        }

        return ReviewSchedule.Every(d.IntervalWeeks, ParseDate(d.First, "first"), d.Count);
    }

    private static MinuteNote MinuteNote(MinuteNoteDocument d)
        => new(d.ItemIndex, Text(d.Text, "text", 4_000), d.Kind is null ? null : ContributionNames.Parse(d.Kind, "kind"), PersonOrNull(d.By, "by"));

    /// <summary>The plans hold the process's actions: each once, in one plan, with the status the process has; units once; people on the team.</summary>
    private static void CheckPlans(ProcessState s)
    {
        var seen = NewSet<ActionId>(s.Actions.Count);
        var units = NewSet<string>(s.Plans.Count);
        for (var p = 0; p < s.Plans.Count; p++)
        {
            var plan = s.Plans[p];
            if (!units.Add(plan.Unit?.Value ?? string.Empty))
            {
                throw DocumentProblem.Fail($"Two plans are for the same unit ('{plan.Unit?.Value ?? "shared"}').", "actionPlans", p, "unit");
            }

            if (!OnTeam(s.Team, plan.Responsible))
            {
                throw NotOnTeam(plan.Responsible, "actionPlans", p, "responsible");
            }

            for (var a = 0; a < plan.Actions.Count; a++)
            {
                var action = plan.Actions[a];
                var known = s.Actions.FirstOrDefault(x => x.Id == action.Id);
                if (known is null)
                {
                    throw DocumentProblem.Fail($"The plan's action '{action.Id}' is not one of the process's actions.", "actionPlans", p, "actions", a, "id");
                }

                if (!seen.Add(action.Id))
                {
                    throw DocumentProblem.Fail($"The action '{action.Id}' is in two plans.", "actionPlans", p, "actions", a, "id");
                }

                if (known.Status != action.Status)
                {
                    throw DocumentProblem.Fail($"The action '{action.Id}' is {known.Status} in the process but {action.Status} by its history in the plan.", "actionPlans", p, "actions", a, "updates");
                }

                foreach (var person in action.Contributors.Concat(action.Owner is { } o ? [o] : []).Concat(action.Updates.Select(u => u.By)))
                {
                    if (!OnTeam(s.Team, person))
                    {
                        throw NotOnTeam(person, "actionPlans", p, "actions", a);
                    }
                }
            }
        }

        for (var i = 0; i < s.Minutes.Count; i++)
        {
            if (s.Minutes[i].By is { } by && !OnTeam(s.Team, by))
            {
                throw NotOnTeam(by, "minuteNotes", i, "by");
            }
        }
    }

    private static HistoryEntry History(HistoryDocument d)
        => new(
            d.Version,
            ParseInstant(d.At, "at"),
            Person(d.By, "by"),
            ActionNames.Parse(d.Action, "action"),
            StepNames.Parse(d.From, "from"),
            StepNames.Parse(d.To, "to"),
            TextOrNull(d.Subject, "subject", 2_000));

    /// <summary>The rules between fields that every saved process keeps, and that the process's commands rely on.</summary>
    /// <summary>
    /// An answer to one of the guide's own prompts must be of that prompt's type and given by its audience, or the rules
    /// that read it (A3.5 groups, C7 status reporter) would silently misread it. The built-in prompts never change
    /// within a schema version; an organisation's own prompts are not checked here, since the organisation may change
    /// its prompt file after a document was saved.
    /// </summary>
    private static void CheckBuiltInAnswer(PromptAnswer answer, LeadershipTeam team, int index)
    {
        if (PromptCatalog.Default.Find(answer.Prompt) is not { } prompt)
        {
            return;
        }

        if (answer.Answer.Kind != prompt.Answer.Kind)
        {
            throw DocumentProblem.Fail($"The prompt '{answer.Prompt}' takes an answer of kind {prompt.Answer.Kind}, not {answer.Answer.Kind}.", "answers", index, "answer", "kind");
        }

        var fits = prompt.Audience switch
        {
            PromptAudience.Leader => answer.Respondent == team.Leader.Id,
            PromptAudience.EachMember => answer.Respondent is { } member && team.IsMember(member),
            _ => answer.Respondent is null,
        };
        if (!fits)
        {
            throw DocumentProblem.Fail($"The prompt '{answer.Prompt}' is answered by {prompt.Audience}, which this respondent is not.", "answers", index, "respondent");
        }
    }

    private static void Check(ProcessState s, ProcessDocument d)
    {
        CheckHistory(s);
        var team = s.Team;

        var answered = NewSet<(PromptId, PersonId?)>(s.Answers.Count);
        for (var i = 0; i < s.Answers.Count; i++)
        {
            var answer = s.Answers[i];
            if (answer.Respondent is { } respondent && !OnTeam(team, respondent))
            {
                throw NotOnTeam(respondent, "answers", i, "respondent");
            }

            if (!OnTeam(team, answer.AnsweredBy))
            {
                throw NotOnTeam(answer.AnsweredBy, "answers", i, "answeredBy");
            }

            if (answer.Answer is PersonAnswer { Person: { } person } && !OnTeam(team, person))
            {
                throw NotOnTeam(person, "answers", i, "answer", "person");
            }

            if (!answered.Add((answer.Prompt, answer.Respondent)))
            {
                throw DocumentProblem.Fail($"The prompt '{answer.Prompt}' is answered twice for the same respondent.", "answers", i);
            }

            CheckBuiltInAnswer(answer, team, i);
        }

        if (s.Timekeeper is { } timekeeper && !OnTeam(team, timekeeper))
        {
            throw NotOnTeam(timekeeper, "timekeeper");
        }

        if (s.MinuteTaker is { } minuteTaker && !OnTeam(team, minuteTaker))
        {
            throw NotOnTeam(minuteTaker, "minuteTaker");
        }

        var grouped = NewSet<PersonId>(team.Members.Count + 1);
        for (var g = 0; g < s.Groups.Count; g++)
        {
            for (var m = 0; m < s.Groups[g].Members.Count; m++)
            {
                var person = s.Groups[g].Members[m];
                if (!OnTeam(team, person))
                {
                    throw NotOnTeam(person, "groups", g, "members", m);
                }

                if (!grouped.Add(person))
                {
                    throw DocumentProblem.Fail($"The person '{person}' is in two groups.", "groups", g, "members", m);
                }
            }
        }

        if (d.Reports is { } reports)
        {
            for (var i = 0; i < reports.MemberReports.Count; i++)
            {
                var member = new PersonId(reports.MemberReports[i].Member);
                if (!IsMember(team, member))
                {
                    throw NotAMember(member, "reports", "memberReports", i, "member");
                }
            }
        }

        Members(s.Absent, team, "absent");
        Members(s.Shared, team, "shared");
        for (var i = 0; i < s.Shared.Count; i++)
        {
            if (s.Absent.Contains(s.Shared[i]))
            {
                throw DocumentProblem.Fail($"The member '{s.Shared[i]}' is recorded both as absent and as having shared.", "shared", i);
            }
        }

        CheckActions(s);

        for (var i = 0; i < s.Tasks.Count; i++)
        {
            if (!OnTeam(team, s.Tasks[i].Owner))
            {
                throw NotOnTeam(s.Tasks[i].Owner, "followUpTasks", i, "owner");
            }
        }

        for (var i = 1; i < s.ReviewDates.Count; i++)
        {
            if (s.ReviewDates[i] <= s.ReviewDates[i - 1])
            {
                throw DocumentProblem.Fail("The status review dates must be in order, each once.", "statusReviewDates", i);
            }
        }

        var committed = NewSet<PersonId>(s.Commitments.Count);
        for (var i = 0; i < s.Commitments.Count; i++)
        {
            var member = s.Commitments[i].Member;
            if (!IsMember(team, member))
            {
                throw NotAMember(member, "commitments", i, "member");
            }

            if (!committed.Add(member))
            {
                throw DocumentProblem.Fail($"The member '{member}' has two commitments.", "commitments", i, "member");
            }
        }
    }

    private static void CheckHistory(ProcessState s)
    {
        if (s.Version != s.History.Count)
        {
            throw DocumentProblem.Fail(Invariant($"The version is {s.Version}, but the history has {s.History.Count} entries; they must be equal."), "version");
        }

        var step = ProcessStep.SelfReflection;
        for (var i = 0; i < s.History.Count; i++)
        {
            var entry = s.History[i];
            if (entry.Version != i + 1)
            {
                throw DocumentProblem.Fail(Invariant($"History entry {i} has version {entry.Version}; the entries must be numbered 1, 2, 3 … in order."), "history", i, "version");
            }

            if (entry.From != step)
            {
                throw DocumentProblem.Fail($"History entry {entry.Version} starts at step {entry.From}, but the entry before it ended at {step}.", "history", i, "from");
            }

            step = entry.To;
        }

        if (s.Step != step)
        {
            throw DocumentProblem.Fail($"The step is {s.Step}, but the history ends at {step}.", "step");
        }
    }

    private static void CheckActions(ProcessState s)
    {
        if (s.Actions.Count > FollowUpProcess.MaxActions)
        {
            throw DocumentProblem.Fail(Invariant($"The plan has {s.Actions.Count} actions; at most {FollowUpProcess.MaxActions} are allowed."), "actions");
        }

        // Every action was added by a command, and each command is one history entry; carried-over actions were added
        // by the previous cycle's commands, whose ids the origin's sequence counts.
        var inherited = s.CarriedFrom?.ActionSequence ?? 0;
        if (s.ActionSequence < s.Actions.Count || s.ActionSequence < inherited || s.ActionSequence > inherited + s.History.Count)
        {
            throw DocumentProblem.Fail(
                Invariant($"The action sequence is {s.ActionSequence}; it must be at least the number of actions ({s.Actions.Count}) and the carried-over sequence ({inherited}), and at most that sequence plus the number of history entries ({inherited + s.History.Count})."),
                "actionSequence");
        }

        var ids = NewSet<ActionId>(s.Actions.Count);
        for (var i = 0; i < s.Actions.Count; i++)
        {
            var action = s.Actions[i];
            if (!ids.Add(action.Id))
            {
                throw DocumentProblem.Fail($"The action id '{action.Id}' occurs twice.", "actions", i, Id);
            }

            // New actions are numbered T1, T2 … from the sequence: a higher number would be given again.
            if (action.Id.Value.Length > 1 && action.Id.Value[0] == 'T'
                && int.TryParse(action.Id.Value.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && number > s.ActionSequence)
            {
                throw DocumentProblem.Fail(Invariant($"The action id '{action.Id}' is beyond the action sequence {s.ActionSequence}."), "actions", i, Id);
            }

            if (action.Owner is { } owner && !OnTeam(s.Team, owner))
            {
                throw NotOnTeam(owner, "actions", i, "owner");
            }
        }

        for (var r = 0; r < s.Reviews.Count; r++)
        {
            var review = s.Reviews[r];
            if (r > 0 && review.Date < s.Reviews[r - 1].Date)
            {
                throw DocumentProblem.Fail("The status reviews must be in date order.", "statusReviews", r, "date");
            }

            var updated = NewSet<ActionId>(review.Updates.Count);
            for (var u = 0; u < review.Updates.Count; u++)
            {
                var action = review.Updates[u].Action;
                if (!ids.Contains(action))
                {
                    throw DocumentProblem.Fail($"The action '{action}' is not in the plan.", "statusReviews", r, "updates", u, "action");
                }

                if (!updated.Add(action))
                {
                    throw DocumentProblem.Fail($"The action '{action}' is updated twice in one review.", "statusReviews", r, "updates", u, "action");
                }
            }
        }
    }

    private static void Members(IReadOnlyList<PersonId> people, LeadershipTeam team, string member)
    {
        var seen = NewSet<PersonId>(people.Count);
        for (var i = 0; i < people.Count; i++)
        {
            if (!IsMember(team, people[i]))
            {
                throw NotAMember(people[i], member, i);
            }

            if (!seen.Add(people[i]))
            {
                throw DocumentProblem.Fail($"The member '{people[i]}' occurs twice.", member, i);
            }
        }
    }

    /// <summary>Whether the person is the leader or a member: <see cref="LeadershipTeam.Contains"/>, without its per-call allocations.</summary>
    private static bool OnTeam(LeadershipTeam team, PersonId person) => team.Leader.Id == person || IsMember(team, person);

    /// <summary>Whether the person is a member: <see cref="LeadershipTeam.IsMember"/> (whose LINQ allocates a closure each call), as a loop.</summary>
    private static bool IsMember(LeadershipTeam team, PersonId person)
    {
        var members = team.Members;
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].Id == person)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A set sized for what it will hold, so that checking a long list does not grow it step by step.</summary>
    private static HashSet<T> NewSet<T>(int capacity)
#if NET
        => new(capacity);
#else
        => [];
#endif

    private static DocumentProblem NotOnTeam(PersonId person, params object[] path)
        => DocumentProblem.Fail($"The person '{person}' is not on the leadership team.", path);

    private static DocumentProblem NotAMember(PersonId person, params object[] path)
        => DocumentProblem.Fail($"The person '{person}' is not a member of the leadership team.", path);
}

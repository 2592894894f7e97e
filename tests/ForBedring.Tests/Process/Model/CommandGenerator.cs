using System.Globalization;
using ForBedring.Actions;
using ForBedring.Meetings;
using ForBedring.Process;
using ForBedring.Prompts;
using ForBedring.Results;
using ForBedring.Tests.TestSupport;
using NodaTime;

namespace ForBedring.Tests.Process.Model;

/// <summary>
/// Turns a random seed into a command, given the model's state: either the next command of a valid cycle (the "happy
/// path", with random choices along it) or any of the 38 actions with arguments drawn from small pools of valid and
/// invalid values. Deterministic: the same model state and seed give the same command, so shrinking the seeds replays.
/// </summary>
internal static class CommandGenerator
{
    private static readonly string[] TopicPool = ["engasjement", "samarbeidsklima", "arbeidsforhold", "sikkerhetsklima", "lederatferd", "fysisk-miljo", "oppfolging"];
    private static readonly PromptId UnknownPrompt = new("Z9.9");

    /// <summary>The command for one seed: happy with the given probability, otherwise random.</summary>
    public static Command Next(ProcessModel model, int seed, int happyPercent)
    {
        var rng = new Random(seed);
        return rng.Next(100) < happyPercent ? Happy(model, rng) : Random(model, rng);
    }

    /// <summary>The next command of a valid cycle from the model's state, with random choices where the guide leaves them open.</summary>
    public static Command Happy(ProcessModel m, Random rng)
    {
        var leader = m.Leader;
        var present = m.Present.ToList();
        var recorder = m.MinuteTaker is { } mt && rng.Next(2) == 0 ? mt : leader;
        Command Do(ProcessAction action, PersonId? actor = null) => new(action, actor ?? leader) { Happy = true };
        Command Answer(string id, PersonId actor) => new(ProcessAction.AnswerPrompt, actor) { Prompt = new PromptId(id), Answer = ValidAnswer(GuidePrompts.Get(id), m, rng), Happy = true };
        Command? Unanswered(ProcessStep step)
        {
            foreach (var p in GuidePrompts.All.Where(p => p.Step == step))
            {
                switch (p.Audience)
                {
                    case PromptAudience.Leader when m.AnswerOf(p.Id, leader) is null:
                        return Answer(p.Id, leader);
                    case PromptAudience.WholeTeam when m.AnswerOf(p.Id, null) is null:
                        return Answer(p.Id, recorder);
                    case PromptAudience.EachMember when present.FirstOrDefault(x => m.AnswerOf(p.Id, x) is null) is { Value.Length: > 0 } member:
                        return Answer(p.Id, member);
                }
            }

            return null;
        }

        Command? FixMeetingPlan()
        {
            if (Unanswered(ProcessStep.MeetingPlanning) is { } answer)
            {
                return answer;
            }

            if (!m.AgendaComplete)
            {
                return Do(ProcessAction.PlanAgenda) with { Agenda = Agendas(m.Today)[0] };
            }

            var roleHolders = present.Count > 0 ? present : m.Members.ToList();
            if (m.Timekeeper is not { } tk || m.Absent.Contains(tk) || m.MinuteTaker is not { } mtaker || m.Absent.Contains(mtaker))
            {
                return Do(ProcessAction.AssignMeetingRoles) with { Person = Pick(rng, roleHolders), Person2 = Pick(rng, roleHolders) };
            }

            if (m.AnswerOf("A3.5", leader) is YesNoAnswer { Value: true } && m.Groups.Count == 0)
            {
                return Do(ProcessAction.FormGroups) with { Groups = Partition(m, rng) };
            }

            return null;
        }

        switch (m.Step)
        {
            case ProcessStep.SelfReflection:
                return Unanswered(m.Step) ?? Do(ProcessAction.CompleteSelfReflection);
            case ProcessStep.StrategicFocus:
                return Unanswered(m.Step) ?? Do(ProcessAction.CompleteStrategicFocus);
            case ProcessStep.MeetingPlanning:
                if (rng.Next(10) == 0)
                {
                    return Do(ProcessAction.AttachPresentation) with { Text = "presentasjon:" + rng.Next(3).ToString(CultureInfo.InvariantCulture) };
                }

                return FixMeetingPlan() ?? Do(ProcessAction.CompleteMeetingPlan);
            case ProcessStep.ReportDistribution:
                return Do(ProcessAction.SendReports) with { Reports = ReportsVariants(m)[0] };
            case ProcessStep.Homework:
                if (m.HomeworkDue is null)
                {
                    var due = m.Today.PlusDays(rng.Next(0, 10));
                    return Do(ProcessAction.AssignHomework) with { Date = m.Agenda is { } planned && planned.Start.Date < due ? planned.Start.Date : due };
                }

                // Now and then a member who holds no meeting role cannot come; somebody always stays.
                var free = present.Where(x => x != m.Timekeeper && x != m.MinuteTaker).ToList();
                if (rng.Next(12) == 0 && free.Count > 0 && present.Count > 1)
                {
                    return Do(ProcessAction.RecordAbsence, recorder) with { Person = Pick(rng, free) };
                }

                // Half the time a member hands in the whole homework at once.
                if (rng.Next(2) == 0 && present.FirstOrDefault(x => GuidePrompts.All.Any(p => p.Audience == PromptAudience.EachMember && m.AnswerOf(p.Id, x) is null)) is { Value.Length: > 0 } late)
                {
                    return Do(ProcessAction.SubmitHomework, late) with { Answers = Homework(m, rng, HomeworkShape.Valid) };
                }

                return Unanswered(m.Step) ?? Do(ProcessAction.CollectHomework);
            case ProcessStep.ReadyForMeeting:
                return FixMeetingPlan() ?? Do(ProcessAction.StartMeeting);
            case ProcessStep.Introduction:
                if (rng.Next(3) == 0)
                {
                    return Do(ProcessAction.RecordMinuteNote, recorder) with { Note = new MinuteNote(rng.Next(m.Agenda!.Items.Count), "Innledning", ContributionKind.Observation, leader) };
                }

                return Do(ProcessAction.GiveIntroduction);
            case ProcessStep.LeaderReflections:
                return Do(ProcessAction.ShareLeaderReflections);
            case ProcessStep.MembersSharing:
                var notShared = present.Where(x => !m.Shared.Contains(x)).ToList();
                if (notShared.Count == 0)
                {
                    return Do(ProcessAction.CompleteSharing);
                }

                return Do(rng.Next(8) == 0 ? ProcessAction.RecordAbsence : ProcessAction.RecordSharing, recorder) with { Person = Pick(rng, notShared) };
            case ProcessStep.GroupDialogue:
                if (m.Groups.Count == 0 || present.Any(x => !m.Groups.Any(g => g.Members.Contains(x))))
                {
                    return Do(ProcessAction.FormGroups) with { Groups = Partition(m, rng) };
                }

                return Unanswered(ProcessStep.GroupDialogue) is { } early && rng.Next(3) == 0 ? early : Do(ProcessAction.CompleteGroupDialogue);
            case ProcessStep.PlenaryRound:
                return Unanswered(ProcessStep.GroupDialogue) ?? Do(ProcessAction.CompletePlenaryRound);
            case ProcessStep.ActionKickoff:
                if (m.Actions.Count < 3 && rng.Next(2) == 0)
                {
                    return Do(ProcessAction.AddAction, Pick(rng, [leader, .. m.Members])) with { Draft = Draft(m, rng, complete: false) };
                }

                return Do(ProcessAction.CompleteActionKickoff);
            case ProcessStep.Summary:
                if (m.Agreements == 0 || rng.Next(5) == 0)
                {
                    return Do(ProcessAction.RecordAgreement, recorder) with { Text = "Enighet " + (m.Agreements + 1).ToString(CultureInfo.InvariantCulture) };
                }

                return Do(ProcessAction.CompleteSummary);
            case ProcessStep.WayForward:
                if (m.Tasks == 0)
                {
                    return Do(ProcessAction.AssignFollowUpTask, recorder) with { Person = Pick(rng, m.Members.ToList()), Text = "Oppgave", Date = m.Today.PlusDays(14) };
                }

                if (!m.ReviewDates.Any(d => d >= m.Today))
                {
                    return Do(ProcessAction.ScheduleStatusReviews) with { Dates = [m.Today.PlusDays(30), m.Today.PlusDays(60)] };
                }

                return Do(ProcessAction.EndMeeting);
            case ProcessStep.ActionPlanning:
                if (m.Actions.Count == 0)
                {
                    return Do(ProcessAction.AddAction) with { Draft = Draft(m, rng, complete: true) };
                }

                if (m.Actions.Count > 1 && rng.Next(8) == 0)
                {
                    return Do(ProcessAction.RemoveAction) with { ActionId = m.Actions[^1].Id };
                }

                if (m.Actions.FirstOrDefault(a => a.IsOpen && (a.Owner is null || a.Due is null)) is { } incomplete)
                {
                    return Do(ProcessAction.UpdateAction, Pick(rng, [leader, .. m.Members])) with { ActionId = incomplete.Id, Draft = Draft(m, rng, complete: true) };
                }

                if (rng.Next(5) == 0)
                {
                    return Do(ProcessAction.SetActionPlan) with { Plan = ValidPlan(m, rng) };
                }

                if (!m.ResourcesReviewed)
                {
                    return Do(ProcessAction.RecordResourceReview) with { Resources = ResourceVariants[rng.Next(ResourceVariants.Length)] };
                }

                return Unanswered(m.Step) ?? Do(ProcessAction.AdoptActionPlan);
            case ProcessStep.StatusReviews:
                if (rng.Next(6) == 0)
                {
                    return Do(ProcessAction.SetActionPlan) with { Plan = ValidPlan(m, rng) };
                }

                if (m.Reviews.Count == 0 || rng.Next(4) == 0)
                {
                    return Do(ProcessAction.RecordStatusReview, m.StatusReporter is { } reporter && rng.Next(2) == 0 ? reporter : leader) with { Review = Review(m, rng, ReviewShape.Valid) };
                }

                return Do(ProcessAction.BeginTeamDevelopment);
            case ProcessStep.TeamDevelopment:
                if (Unanswered(m.Step) is { } d)
                {
                    return d;
                }

                if (m.Members.FirstOrDefault(x => !m.HasCommitment(x)) is { Value.Length: > 0 } member)
                {
                    return Do(ProcessAction.RecordCollaborationCommitment, rng.Next(2) == 0 ? member : leader) with { Person = member, Text = "Bidrag fra " + member.Value };
                }

                if (m.Notes == 0)
                {
                    return Do(ProcessAction.RecordTeamDevelopment) with { Text = "Felles utvikling" };
                }

                return Do(ProcessAction.CloseCycle);
            default:
                return Random(m, rng);
        }
    }

    /// <summary>Any action, by anyone (the leader half the time), with arguments from pools of valid and invalid values.</summary>
    public static Command Random(ProcessModel m, Random rng)
    {
        var action = (ProcessAction)rng.Next(38);
        var people = People(m);
        var actor = rng.Next(2) == 0 ? m.Leader : Pick(rng, people);
        var c = new Command(action, actor);
        var today = m.Today;
        LocalDate[] dates = [today.PlusDays(-1), today, today.PlusDays(1), today.PlusDays(14)];
        return action switch
        {
            ProcessAction.AnswerPrompt => RandomAnswer(m, rng, c),
            ProcessAction.PlanAgenda => c with { Agenda = Pick(rng, Agendas(today)) },
            ProcessAction.AssignMeetingRoles => c with { Person = Pick(rng, people), Person2 = Pick(rng, people) },
            ProcessAction.FormGroups => c with { Groups = Pick(rng, GroupVariants(m, rng)) },
            ProcessAction.AttachPresentation => c with { Text = "presentasjon" },
            ProcessAction.SendReports => c with { Reports = Pick(rng, ReportsVariants(m)) },
            ProcessAction.AssignHomework => c with { Date = Pick(rng, dates) },
            ProcessAction.RecordAbsence or ProcessAction.RecordSharing or ProcessAction.RecordCollaborationCommitment
                => c with { Person = Pick(rng, people), Text = "Tekst" },
            ProcessAction.AddAction => c with { Draft = RandomDraft(m, rng, dates) },
            ProcessAction.SetActionPlan => c with { Plan = RandomPlan(m, rng) },
            ProcessAction.RecordMinuteNote => c with { Note = new MinuteNote(rng.Next(6), "Notat", null, rng.Next(3) == 0 ? Pick(rng, people) : null) },
            ProcessAction.RecordAgreement or ProcessAction.RecordTeamDevelopment => c with { Text = "Tekst" },
            ProcessAction.AssignFollowUpTask => c with { Person = Pick(rng, people), Text = "Oppgave", Date = Pick(rng, dates) },
            ProcessAction.ScheduleStatusReviews => c with
            {
                Dates = rng.Next(5) switch
                {
                    0 => [],
                    1 => [today.PlusDays(14), today.PlusDays(14)],
                    2 => [today.PlusDays(-1), today.PlusDays(14)],
                    3 => [today],
                    _ => [today.PlusDays(60), today.PlusDays(30)],
                },
            },
            ProcessAction.UpdateAction => c with { ActionId = RandomActionId(m, rng), Draft = RandomDraft(m, rng, dates) },
            ProcessAction.RemoveAction => c with { ActionId = RandomActionId(m, rng) },
            ProcessAction.RecordResourceReview => c with { Resources = ResourceVariants[rng.Next(ResourceVariants.Length)] },
            ProcessAction.SubmitHomework => c with { Actor = rng.Next(2) == 0 ? Pick(rng, m.Members.ToList()) : actor, Answers = Homework(m, rng, (HomeworkShape)rng.Next(4)) },
            ProcessAction.RecordStatusReview => c with { Review = Review(m, rng, (ReviewShape)rng.Next(6), Pick(rng, [today.PlusDays(-1), today, today, today.PlusDays(1)])) },
            _ => c,
        };
    }

    private static readonly ResourceReview[] ResourceVariants =
    [
        new([]),
        new([SupportResource.HumanResources, SupportResource.OccupationalHealthService], "BHT inn i arbeidet med arbeidsmiljø"),
        new([SupportResource.QualityAdvisors]),
    ];

    private enum HomeworkShape
    {
        Valid,
        MissingOne,
        ForeignPrompt,
        BadAnswer,
    }

    /// <summary>A member's homework: every question answered, or with one missing, one foreign or one ill-fitting answer.</summary>
    private static Dictionary<PromptId, Answer> Homework(ProcessModel m, Random rng, HomeworkShape shape)
    {
        var answers = GuidePrompts.All.Where(p => p.Audience == PromptAudience.EachMember).ToDictionary(p => p.PromptId, p => ValidAnswer(p, m, rng));
        switch (shape)
        {
            case HomeworkShape.MissingOne:
                answers.Remove(answers.Keys.First());
                break;
            case HomeworkShape.ForeignPrompt:
                answers[rng.Next(2) == 0 ? UnknownPrompt : new PromptId("A1.1")] = new TextAnswer("Fritekst");
                break;
            case HomeworkShape.BadAnswer:
                answers[new PromptId("A5.2")] = rng.Next(2) == 0 ? new TextAnswer("Fritekst") : new TopicAreasAnswer([]);
                break;
        }

        return answers;
    }

    private enum ReviewShape
    {
        Valid,
        MissingOne,
        Duplicate,
        Unknown,
        IncludingClosed,
        Empty,
    }

    private static readonly FocusArea[] PlanAreas =
    [
        new(new FocusAreaId("F1"), FocusAreaKind.Keep, "Bevare", [new TopicAreaId("samarbeidsklima")], []),
        new(new FocusAreaId("F2"), FocusAreaKind.Improve, "Forbedre", [], [new IndicatorId("q1")]),
    ];

    /// <summary>A plan the process accepts: the shared plan or the first member's unit, with the actions no other plan holds, as they are.</summary>
    private static ActionPlan ValidPlan(ProcessModel m, Random rng)
    {
        UnitId? unit = rng.Next(2) == 0 ? null : m.Team.Members[0].Unit;
        var actions = m.Actions.Where(a => !m.InOtherPlan(a.Id, unit) && rng.Next(3) > 0)
            .Select(a => new PlannedAction(a.Id, a.Title, PlanAreas[1].Id, a.Owner, a.Due, crossUnit: a.CrossUnit));
        return new ActionPlan(unit, m.Leader, PlanAreas, actions);
    }

    /// <summary>Any plan: a known or unknown unit, anyone responsible, known, unknown or taken actions, owners on the team or not.</summary>
    private static ActionPlan RandomPlan(ProcessModel m, Random rng)
    {
        var people = People(m);
        UnitId?[] units = [null, m.Team.Members[0].Unit, m.Team.Leader.Unit, new UnitId("nowhere")];
        var ids = m.Actions.Select(a => a.Id).Append(new ActionId("T99")).Where(_ => rng.Next(2) == 0).Distinct();
        var actions = ids.Select(id => new PlannedAction(id, "Tiltak " + id.Value, PlanAreas[rng.Next(2)].Id, rng.Next(3) == 0 ? null : Pick(rng, people)));
        return new ActionPlan(Pick(rng, units), Pick(rng, people), PlanAreas, actions);
    }

    private static List<PersonId> People(ProcessModel m) => [m.Leader, .. m.Members, SampleTeam.Stranger];

    private static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private static Command RandomAnswer(ProcessModel m, Random rng, Command c)
    {
        var prompt = rng.Next(12) == 0 ? null : Pick(rng, GuidePrompts.All);
        // The respondent the prompt wants, half the time, so that the answer's own rules are reached.
        var actor = prompt is not null && rng.Next(2) == 0
            ? prompt.Audience switch
            {
                PromptAudience.Leader => m.Leader,
                PromptAudience.EachMember => Pick(rng, m.Members.ToList()),
                _ => m.MinuteTaker ?? m.Leader,
            }
            : c.Actor;
        var answer = prompt is not null && rng.Next(2) == 0 ? WellTypedAnswer(prompt, m, rng) : AnyAnswer(m, rng);
        return c with { Actor = actor, Prompt = prompt?.PromptId ?? UnknownPrompt, Answer = answer };
    }

    /// <summary>An answer that fits the prompt.</summary>
    private static Answer ValidAnswer(GuidePrompt prompt, ProcessModel m, Random rng) => prompt.Kind switch
    {
        AnswerKind.FreeText => new TextAnswer("Svar " + rng.Next(4).ToString(CultureInfo.InvariantCulture) + " på " + prompt.Id),
        AnswerKind.YesNo => new YesNoAnswer(rng.Next(2) == 0),
        AnswerKind.TopicAreas => new TopicAreasAnswer(TopicPool.OrderBy(_ => rng.Next()).Take(rng.Next(prompt.MinChoices, prompt.MaxChoices + 1)).Select(t => new TopicAreaId(t))),
        AnswerKind.Person => new PersonAnswer(rng.Next(3) == 0 ? null : Pick(rng, [m.Leader, .. m.Members])),
        _ => throw new InvalidOperationException("No valid answer for " + prompt.Kind),
    };

    /// <summary>An answer of the prompt's kind that may break its finer rules.</summary>
    private static Answer WellTypedAnswer(GuidePrompt prompt, ProcessModel m, Random rng)
    {
        switch (prompt.Kind)
        {
            case AnswerKind.TopicAreas:
                return rng.Next(6) switch
                {
                    0 => new TopicAreasAnswer([]),
                    1 => new TopicAreasAnswer(TopicPool.Take(4).Select(t => new TopicAreaId(t))),
                    2 => new TopicAreasAnswer([new TopicAreaId("engasjement"), new TopicAreaId("engasjement")]),
                    3 => new TopicAreasAnswer([new TopicAreaId("ukjent-omrade")]),
                    _ => ValidAnswer(prompt, m, rng),
                };
            case AnswerKind.Person:
                return new PersonAnswer(rng.Next(4) == 0 ? SampleTeam.Stranger : Pick(rng, [null, m.Leader, .. m.Members.Cast<PersonId?>()]));
            default:
                return ValidAnswer(prompt, m, rng);
        }
    }

    private static Answer AnyAnswer(ProcessModel m, Random rng) => rng.Next(7) switch
    {
        0 => new TextAnswer("Fritekst"),
        1 => new YesNoAnswer(rng.Next(2) == 0),
        2 => new TopicAreasAnswer([new TopicAreaId(Pick(rng, TopicPool))]),
        3 => new IndicatorsAnswer([new IndicatorId("indikator-1")]),
        4 => new UnitsAnswer([new UnitId("u1")]),
        5 => new PersonAnswer(Pick(rng, [null, m.Leader, SampleTeam.Stranger, .. m.Members.Cast<PersonId?>()])),
        _ => new DateAnswer(m.Today.PlusDays(3)),
    };

    /// <summary>A complete agenda first, then incomplete, disordered and past ones.</summary>
    private static MeetingAgenda[] Agendas(LocalDate today)
    {
        var start = today.PlusDays(10).At(new LocalTime(9, 0)).InZoneStrictly(TestClock.Oslo);
        var intro = new AgendaItem(AgendaSection.Introduction, "Innledning", 15);
        var discussion = new AgendaItem(AgendaSection.Discussion, "Diskusjon", 60);
        var summary = new AgendaItem(AgendaSection.SummaryAndEvaluation, "Oppsummering", 15);
        return
        [
            new(start, [intro, discussion, summary]),
            new(today.At(new LocalTime(14, 0)).InZoneStrictly(TestClock.Oslo), [intro, discussion, discussion, summary]),
            new(start, [intro, summary]),
            new(start, [discussion, intro, summary]),
            new(start, []),
            new(today.PlusDays(-1).At(new LocalTime(9, 0)).InZoneStrictly(TestClock.Oslo), [intro, discussion, summary]),
        ];
    }

    /// <summary>A valid split of every member into groups of two or more; the leader joins now and then.</summary>
    private static MeetingGroup[] Partition(ProcessModel m, Random rng)
    {
        var people = m.Members.OrderBy(_ => rng.Next()).ToList();
        if (rng.Next(3) == 0)
        {
            people.Add(m.Leader);
        }

        var count = Math.Max(1, rng.Next(1, (people.Count / 2) + 1));
        return [.. Enumerable.Range(0, count).Select(g => new MeetingGroup(people.Where((_, i) => i % count == g)))];
    }

    private static MeetingGroup[][] GroupVariants(ProcessModel m, Random rng)
    {
        var members = m.Members.ToList();
        return
        [
            Partition(m, rng),
            [new MeetingGroup([members[0], members[1]])],
            [new MeetingGroup([members[0], members[1]]), new MeetingGroup([members[1], members[2]])],
            [new MeetingGroup([members[0], SampleTeam.Stranger]), new MeetingGroup([.. members.Skip(1)])],
            [],
        ];
    }

    /// <summary>A report for every member first; then one missing, one for the leader, one for a stranger.</summary>
    private static ReportDistribution[] ReportsVariants(ProcessModel m)
    {
        var all = m.Members.ToDictionary(x => x, x => "rapport:" + x.Value);
        return
        [
            new("rapport:felles", all),
            new("rapport:felles", all.Where(x => x.Key != all.Keys.Last()).ToDictionary(x => x.Key, x => x.Value)),
            new("rapport:felles", new Dictionary<PersonId, string>(all) { [m.Leader] = "rapport:leder" }),
            new("rapport:felles", new Dictionary<PersonId, string>(all) { [SampleTeam.Stranger] = "rapport:x" }),
        ];
    }

    private static ActionDraft Draft(ProcessModel m, Random rng, bool complete)
    {
        var title = "Tiltak " + rng.Next(5).ToString(CultureInfo.InvariantCulture);
        return complete
            ? new ActionDraft(title, "Beskrivelse", Pick(rng, [m.Leader, .. m.Members]), m.Today.PlusDays(rng.Next(0, 200)), rng.Next(2) == 0)
            : new ActionDraft(title, null, rng.Next(2) == 0 ? null : Pick(rng, m.Members.ToList()), rng.Next(2) == 0 ? null : m.Today.PlusDays(90), rng.Next(2) == 0);
    }

    private static ActionDraft RandomDraft(ProcessModel m, Random rng, LocalDate[] dates)
        => new("Tiltak " + rng.Next(5).ToString(CultureInfo.InvariantCulture), null, Pick(rng, [null, .. People(m).Cast<PersonId?>()]), rng.Next(3) == 0 ? null : Pick(rng, dates), rng.Next(2) == 0);

    private static ActionId RandomActionId(ProcessModel m, Random rng)
        => m.ActionSequence > 0 && rng.Next(5) > 0 ? new ActionId("T" + rng.Next(1, m.ActionSequence + 1).ToString(CultureInfo.InvariantCulture)) : new ActionId("T99");

    private static StatusReview Review(ProcessModel m, Random rng, ReviewShape shape, LocalDate? date = null)
    {
        var statuses = Enum.GetValues<ActionStatus>();
        ActionStatusUpdate Update(ActionId id) => new(id, statuses[rng.Next(statuses.Length)], "Status");
        var open = m.Actions.Where(a => a.IsOpen).Select(a => a.Id).ToList();
        var updates = shape switch
        {
            ReviewShape.MissingOne => open.Skip(1).Select(Update).ToList(),
            ReviewShape.Duplicate => [.. open.Select(Update), .. open.Take(1).Select(Update)],
            ReviewShape.Unknown => [.. open.Select(Update), Update(new ActionId("T99"))],
            ReviewShape.IncludingClosed => m.Actions.Select(a => Update(a.Id)).ToList(),
            ReviewShape.Empty => [],
            _ => open.Select(Update).ToList(),
        };
        return new StatusReview(date ?? m.Today, updates);
    }
}

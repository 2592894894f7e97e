using ForBedring.Actions;
using ForBedring.Meetings;
using ForBedring.Process;
using ForBedring.Prompts;
using ForBedring.Results;
using ForBedring.Tests.TestSupport;
using NodaTime;

namespace ForBedring.Tests.Process;

/// <summary>The guide's rules as the process enforces them: guards, roles, history, version, atomic rejection.</summary>
public sealed partial class FollowUpProcessTests
{
    private static readonly PersonId Leader = SampleTeam.Leader;
    private static readonly PersonId M1 = SampleTeam.Member(1);
    private static readonly PersonId M2 = SampleTeam.Member(2);
    private static readonly PersonId M3 = SampleTeam.Member(3);
    private static readonly PersonId M4 = SampleTeam.Member(4);

    public static TheoryData<ProcessStep> OpenSteps => [.. ProcessSteps.All.Where(s => s != ProcessStep.Closed)];

    // ---------------------------------------------------------------- start

    [Fact]
    public void Start_NewProcess_IsAtSelfReflectionWithVersionZeroAndNoHistory()
    {
        var clock = TestClock.Create();
        var p = FollowUpProcess.Start(new ProcessId("p1"), "ForBedring 2026", SampleTeam.Default, Leader, clock);

        Assert.Equal(ProcessStep.SelfReflection, p.Step);
        Assert.Equal(ProcessPhase.Preparation, p.Phase);
        Assert.Equal(0, p.Version);
        Assert.Empty(p.History);
        Assert.Equal(TestClock.Start, p.StartedAt);
        Assert.Equal(Leader, p.StartedBy);
        Assert.Equal("Europe/Oslo", p.TimeZone.Id);
        Assert.Same(PromptCatalog.Default, p.Prompts);
        Assert.Equal([ProcessAction.AnswerPrompt], p.AvailableActions);
    }

    [Fact]
    public void Start_DefaultIdOrPerson_ThrowsArgumentException()
    {
        var clock = TestClock.Create();
        Assert.Throws<ArgumentException>(() => FollowUpProcess.Start(default, "ForBedring 2026", SampleTeam.Default, Leader, clock));
        Assert.Throws<ArgumentException>(() => FollowUpProcess.Start(new ProcessId("p1"), "ForBedring 2026", SampleTeam.Default, default, clock));
        Assert.Throws<ArgumentNullException>(() => FollowUpProcess.Start(new ProcessId("p1"), "ForBedring 2026", SampleTeam.Default, Leader, null!));
    }

    // ---------------------------------------------------------------- actions not allowed at a step

    [Fact]
    public void CanPerform_ActionOfALaterStep_ReturnsFalseWithNotInStep()
    {
        var p = CycleDriver.StartAt(ProcessStep.SelfReflection);

        var can = p.CanPerform(ProcessAction.StartMeeting, out var reasons);

        Assert.False(can);
        Assert.Equal("process.not-in-step", Assert.Single(reasons).Code);
    }

    [Fact]
    public void StartMeeting_AtSelfReflection_ThrowsProcessRuleExceptionWithNotInStep()
    {
        var p = CycleDriver.StartAt(ProcessStep.SelfReflection);
        var before = p.State;

        var e = Assert.Throws<ProcessRuleException>(() => p.StartMeeting(Leader));

        Assert.Equal(ProcessStep.SelfReflection, e.Step);
        Assert.Equal(ProcessAction.StartMeeting, e.Action);
        Assert.Equal("process.not-in-step", Assert.Single(e.Conditions).Code);
        Assert.Same(before, p.State);
    }

    [Fact]
    public void CanPerform_EveryActionNotAllowedAtEachStep_ReturnsOnlyNotInStep()
    {
        var problems = new List<string>();
        foreach (var step in ProcessSteps.All)
        {
            CheckNotAllowed(step, problems);
        }

        Assert.True(problems.Count == 0, Summary(problems));
    }

    private static void CheckNotAllowed(ProcessStep step, List<string> problems)
    {
        var p = CycleDriver.StartAt(step);
        foreach (var action in ProcessActions.All.Where(a => !ProcessDefinition.IsAllowed(a, step, p.Prompts)))
        {
            try
            {
                if (p.CanPerform(action, out var reasons) || reasons.Count != 1 || reasons[0].Code != "process.not-in-step")
                {
                    problems.Add($"{step}: {action}: [{string.Join(", ", reasons.Select(r => r.Code))}]");
                }

                // Someone whose role allows the action: a member hands in their own homework, the leader does the rest.
                var actor = action == ProcessAction.SubmitHomework ? M1 : Leader;
                if (p.CanPerform(action, actor, out var leaderReasons) || leaderReasons.Select(r => r.Code).SingleOrDefault() != "process.not-in-step")
                {
                    problems.Add($"{step}: {action} by {actor}: [{string.Join(", ", leaderReasons.Select(r => r.Code))}]");
                }
            }
            catch (Exception e)
            {
                problems.Add($"{step}: {action}: {e.GetType().Name}: {e.Message}");
            }

            if (p.AvailableActions.Contains(action))
            {
                problems.Add($"{step}: {action} is listed as available.");
            }
        }
    }

    [Fact]
    public void Transition_NotAllowedAtEachStep_IsRejectedWithNotInStepAndChangesNothing()
    {
        var problems = new List<string>();
        foreach (var step in ProcessSteps.All)
        {
            CheckTransitionsNotAllowed(step, problems);
        }

        Assert.True(problems.Count == 0, Summary(problems));
    }

    private static void CheckTransitionsNotAllowed(ProcessStep step, List<string> problems)
    {
        var p = CycleDriver.StartAt(step);
        foreach (var move in ProcessDefinition.Actions.Where(a => a.Target is not null && !a.Steps.Contains(step)))
        {
            var before = p.State;
            try
            {
                Perform(p, move.Action, Leader);
                problems.Add($"{step}: {move.Action} was accepted.");
            }
            catch (ProcessRuleException e)
            {
                if (e.Step != step || e.Action != move.Action || e.Conditions.Select(c => c.Code).SingleOrDefault() != "process.not-in-step")
                {
                    problems.Add($"{step}: {move.Action}: {e.Step}, {e.Action}, [{string.Join(", ", e.Conditions.Select(c => c.Code))}]");
                }
            }
            catch (Exception e)
            {
                problems.Add($"{step}: {move.Action}: {e.GetType().Name}: {e.Message}");
            }

            if (!ReferenceEquals(before, p.State))
            {
                problems.Add($"{step}: {move.Action} changed the process.");
            }
        }
    }

    // ---------------------------------------------------------------- guards on arrival at each step

    [Theory]
    [InlineData(ProcessStep.SelfReflection, ProcessAction.CompleteSelfReflection, "prompt.unanswered", "prompt.unanswered", "prompt.unanswered")]
    [InlineData(ProcessStep.StrategicFocus, ProcessAction.CompleteStrategicFocus, "prompt.unanswered")]
    [InlineData(ProcessStep.MeetingPlanning, ProcessAction.CompleteMeetingPlan, "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "agenda.missing", "roles.timekeeper-missing", "roles.minute-taker-missing")]
    [InlineData(ProcessStep.ReportDistribution, ProcessAction.SendReports)]
    [InlineData(ProcessStep.Homework, ProcessAction.CollectHomework, "homework.not-assigned", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered")]
    [InlineData(ProcessStep.ReadyForMeeting, ProcessAction.StartMeeting)]
    [InlineData(ProcessStep.Introduction, ProcessAction.GiveIntroduction)]
    [InlineData(ProcessStep.LeaderReflections, ProcessAction.ShareLeaderReflections)]
    [InlineData(ProcessStep.MembersSharing, ProcessAction.CompleteSharing, "sharing.missing", "sharing.missing", "sharing.missing", "sharing.missing")]
    [InlineData(ProcessStep.GroupDialogue, ProcessAction.CompleteGroupDialogue, "groups.missing")]
    [InlineData(ProcessStep.PlenaryRound, ProcessAction.CompletePlenaryRound, "prompt.unanswered", "prompt.unanswered", "prompt.unanswered")]
    [InlineData(ProcessStep.ActionKickoff, ProcessAction.CompleteActionKickoff)]
    [InlineData(ProcessStep.Summary, ProcessAction.CompleteSummary, "summary.nothing-agreed")]
    [InlineData(ProcessStep.WayForward, ProcessAction.EndMeeting, "way-forward.no-tasks", "way-forward.no-dates")]
    [InlineData(ProcessStep.ActionPlanning, ProcessAction.AdoptActionPlan, "plan.action-without-owner", "plan.action-without-due-date", "plan.resources-not-reviewed", "prompt.unanswered", "prompt.unanswered")]
    [InlineData(ProcessStep.StatusReviews, ProcessAction.BeginTeamDevelopment, "status.no-review")]
    [InlineData(ProcessStep.TeamDevelopment, ProcessAction.CloseCycle, "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "team.commitment-missing", "team.commitment-missing", "team.commitment-missing", "team.commitment-missing", "team.development-missing")]
    public void CanPerform_WayOutOfStepOnArrival_NamesEveryUnmetRule(ProcessStep step, ProcessAction wayOut, params string[] codes)
    {
        var p = CycleDriver.StartAt(step);

        var can = p.CanPerform(wayOut, out var reasons);

        Assert.Equal(codes.Length == 0, can);
        AssertCodes(reasons, codes);
        Assert.All(reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Message)));
        Assert.Equal(codes.Length == 0, p.AvailableActions.Contains(wayOut));
    }

    [Theory]
    [MemberData(nameof(OpenSteps))]
    public void Transition_StepSatisfied_MovesToTheNextStep(ProcessStep step)
    {
        var driver = new CycleDriver().WalkTo(step).Satisfy();
        var version = driver.Process.Version;
        var move = ProcessDefinition.Actions.Single(a => a.Target is not null && a.Steps.Contains(step));

        Perform(driver.Process, move.Action, Leader);

        Assert.Equal(step + 1, driver.Process.Step);
        Assert.Equal(version + 1, driver.Process.Version);
        var last = driver.Process.History[^1];
        Assert.Equal((step, step + 1, Leader), (last.From, last.To, last.By));
    }

    // ---------------------------------------------------------------- A3, A4: the meeting cannot start before its plan is complete

    [Fact]
    public void StartMeeting_PlanBrokenAfterCompletion_ListsEveryUnmetCondition()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.ReadyForMeeting);
        var p = d.Process;
        var oslo = p.TimeZone;
        p.PlanAgenda(Leader, new MeetingAgenda(
            d.Today.PlusDays(10).At(new LocalTime(9, 0)).InZoneStrictly(oslo),
            [new AgendaItem(AgendaSection.SummaryAndEvaluation, "Oppsummering", 10), new AgendaItem(AgendaSection.Introduction, "Innledning", 10)]));
        p.RecordAbsence(Leader, p.Timekeeper!.Value);
        p.AnswerPrompt(Leader, new PromptId("A3.5"), new YesNoAnswer(true));

        var e = Rejected(p, () => p.StartMeeting(Leader));

        AssertCodes(e.Conditions, "agenda.part-missing", "agenda.part-order", "roles.absent", "groups.missing");
        Assert.Contains(e.Conditions, c => c.Code == "agenda.part-missing" && c.Text.Bokmal.Contains("Diskusjon", StringComparison.Ordinal));
        Assert.All(e.Conditions, c => Assert.Equal(c.Code == "roles.absent" ? "A3.4" : c.Code == "groups.missing" ? "A3.5" : "A3.1", c.GuideReference));
    }

    [Fact]
    public void StartMeeting_NoAgendaRolesOrReports_ListsEachMissingPart()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.ReadyForMeeting);
        // States the API cannot reach (the plan and the reports are checked on the way here), built directly.
        var p = FollowUpProcess.FromState(
            d.Process.State with { Agenda = null, Timekeeper = null, MinuteTaker = null, Reports = null, Answers = [] },
            d.Clock,
            d.Process.Prompts,
            d.Process.TopicAreas);

        Assert.False(p.CanPerform(ProcessAction.StartMeeting, out var reasons));

        AssertCodes(
            reasons,
            "agenda.missing",
            "roles.timekeeper-missing",
            "roles.minute-taker-missing",
            "reports.not-sent",
            "prompt.unanswered",
            "prompt.unanswered",
            "prompt.unanswered",
            "prompt.unanswered");
    }

    [Fact]
    public void StartMeeting_RolesHeldByTheChair_IsRejected()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.ReadyForMeeting);
        var p = FollowUpProcess.FromState(d.Process.State with { Timekeeper = Leader, MinuteTaker = Leader }, d.Clock, d.Process.Prompts, d.Process.TopicAreas);

        Assert.False(p.CanPerform(ProcessAction.StartMeeting, out var reasons));

        AssertCodes(reasons, "roles.timekeeper-is-chair", "roles.minute-taker-is-chair");
    }

    [Fact]
    public void AssignMeetingRoles_ChairOrStranger_IsRejected()
    {
        var p = CycleDriver.StartAt(ProcessStep.MeetingPlanning);

        var e = Rejected(p, () => p.AssignMeetingRoles(Leader, Leader, SampleTeam.Stranger));

        AssertCodes(e.Conditions, "roles.timekeeper-is-chair", "person.not-on-team");
    }

    [Fact]
    public void AssignMeetingRoles_OneMemberForBoth_IsAccepted()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.MeetingPlanning).Satisfy();

        d.Process.AssignMeetingRoles(Leader, M3, M3);

        Assert.Equal((M3, M3), (d.Process.Timekeeper, d.Process.MinuteTaker));
        d.Process.CompleteMeetingPlan(Leader);
    }

    [Fact]
    public void RecordAbsence_LastMemberPresent_IsRejectedSoTheMeetingCanStillBeHeld()
    {
        var p = CycleDriver.StartAt(ProcessStep.ReadyForMeeting);
        var members = SampleTeam.Default.Members;
        foreach (var m in members.Take(members.Count - 1))
        {
            p.RecordAbsence(Leader, m.Id);
        }

        var e = Rejected(p, () => p.RecordAbsence(Leader, members[^1].Id));

        Assert.Equal("absence.last-present", Assert.Single(e.Conditions).Code);
        Assert.Contains(Rejected(p, () => p.StartMeeting(Leader)).Conditions, c => c.Code == "roles.absent");
    }

    [Fact]
    public void CompleteSummary_RequiredOrganisationPromptOfTheStepUnanswered_IsRejectedUntilAnswered()
    {
        var catalog = PromptCatalog.Default.With(new Prompt(
            new PromptId("org.evaluation"), ProcessStep.Summary, PromptAudience.WholeTeam, AnswerSpec.FreeText,
            new LocalizedText("Hva tar vi med oss?", "Kva tek vi med oss?", "What do we take with us?")));
        var d = new CycleDriver(prompts: catalog).WalkTo(ProcessStep.Summary).Satisfy();

        var e = Rejected(d.Process, () => d.Process.CompleteSummary(Leader));

        Assert.Equal(("prompt.unanswered", "org.evaluation"), (Assert.Single(e.Conditions).Code, e.Conditions[0].GuideReference));
        d.Process.AnswerPrompt(Leader, new PromptId("org.evaluation"), new TextAnswer("Mer åpenhet"));
        d.Process.CompleteSummary(Leader);
        Assert.Equal(ProcessStep.WayForward, d.Process.Step);
    }

    [Fact]
    public void PlanAgenda_InAnotherTimeZone_IsRejected()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.MeetingPlanning);
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var agenda = new MeetingAgenda(d.Today.PlusDays(10).At(new LocalTime(9, 0)).InZoneStrictly(london), d.CompleteAgenda().Items);

        var e = Rejected(d.Process, () => d.Process.PlanAgenda(Leader, agenda));

        Assert.Equal("agenda.time-zone", Assert.Single(e.Conditions).Code);
    }

    [Fact]
    public void ScheduleStatusReviews_AfterADateHasPassed_KeepsThePastDates()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.StatusReviews);
        var held = d.Process.StatusReviewDates[0];
        d.Clock.Advance(Duration.FromDays(held.PlusDays(1).ToDateTimeUnspecified().Subtract(d.Today.ToDateTimeUnspecified()).Days));

        d.Process.ScheduleStatusReviews(Leader, [d.Today.PlusDays(28)]);

        Assert.Contains(held, d.Process.StatusReviewDates);
        Assert.Contains(d.Today.PlusDays(28), d.Process.StatusReviewDates);
        Assert.Equal("date.past", Assert.Single(Rejected(d.Process, () => d.Process.ScheduleStatusReviews(Leader, [d.Today.PlusDays(-2)])).Conditions).Code);
    }

    [Fact]
    public void RecordAbsence_RoleHolderDuringTheMeeting_IsRejected()
    {
        var p = CycleDriver.StartAt(ProcessStep.Introduction);

        var e = Rejected(p, () => p.RecordAbsence(Leader, p.MinuteTaker!.Value));

        Assert.Equal("absence.role-holder", Assert.Single(e.Conditions).Code);
    }

    [Fact]
    public void SubmitHomework_EveryQuestionAtOnce_AnswersThemAllInOneHistoryEntry()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.Homework);
        var p = d.Process;
        p.AssignHomework(Leader, d.Today.PlusDays(3));
        var homework = GuidePrompts.All.Where(g => g.Audience == PromptAudience.EachMember)
            .ToDictionary(g => g.PromptId, g => g.Kind == AnswerKind.TopicAreas ? (Answer)new TopicAreasAnswer([new TopicAreaId("engasjement")]) : new TextAnswer("Svar på " + g.Id));
        var version = p.Version;

        p.SubmitHomework(M1, homework);

        Assert.Equal(version + 1, p.Version);
        Assert.Equal((ProcessAction.SubmitHomework, M1.Value), (p.History[^1].Action, p.History[^1].Subject));
        Assert.All(homework, h => Assert.Equal(h.Value, p.FindAnswer(h.Key, M1)!.Answer));
    }

    [Fact]
    public void SubmitHomework_IncompleteOrForeignOrByTheLeader_IsRejectedWithNothingAnswered()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.Homework);
        var p = d.Process;
        p.AssignHomework(Leader, d.Today.PlusDays(3));
        var partial = new Dictionary<PromptId, Answer> { [new PromptId("A5.1a")] = new TextAnswer("Bare ett svar"), [new PromptId("A1.1")] = new TextAnswer("Feil sted") };

        AssertCodes(Rejected(p, () => p.SubmitHomework(M1, partial)).Conditions, "homework.not-a-question", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered", "prompt.unanswered");
        Assert.Contains(Rejected(p, () => p.SubmitHomework(Leader, partial)).Conditions, c => c.Code == "actor.not-member");
        Assert.Null(p.FindAnswer(new PromptId("A5.1a"), M1));
    }

    [Fact]
    public void AssignHomework_DueAfterTheMeeting_IsRejected()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.Homework);
        var meeting = d.Process.Agenda!.Start.Date;

        var e = Rejected(d.Process, () => d.Process.AssignHomework(Leader, meeting.PlusDays(1)));

        Assert.Equal("homework.after-meeting", Assert.Single(e.Conditions).Code);
    }

    [Fact]
    public void UpdateAction_AfterAdoptionWithoutOwnerOrDueDate_IsRejected()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.StatusReviews);
        var p = d.Process;
        var action = p.Actions[0];

        var e = Rejected(p, () => p.UpdateAction(Leader, action.Id, new ActionDraft(action.Title)));

        AssertCodes(e.Conditions, "plan.action-without-owner", "plan.action-without-due-date");
        var added = p.AddAction(M1, new ActionDraft("Nytt tiltak", owner: M1, dueDate: d.Today.PlusDays(30)));
        Assert.Contains(p.Actions, a => a.Id == added);
    }

    [Fact]
    public void PlanAgenda_MeetingInThePast_IsRejected()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.MeetingPlanning);
        var yesterday = d.Today.PlusDays(-1).At(new LocalTime(9, 0)).InZoneStrictly(d.Process.TimeZone);

        var e = Rejected(d.Process, () => d.Process.PlanAgenda(Leader, new MeetingAgenda(yesterday, d.CompleteAgenda().Items)));

        Assert.Equal("date.past", Assert.Single(e.Conditions).Code);
    }

    [Fact]
    public void SendReports_MemberWithoutReportOrLeaderWithOne_IsRejected()
    {
        var p = CycleDriver.StartAt(ProcessStep.ReportDistribution);
        var reports = SampleTeam.Default.Members.Skip(1).ToDictionary(m => m.Id, m => "rapport:" + m.Id.Value);
        reports[Leader] = "rapport:leder";

        var e = Rejected(p, () => p.SendReports(Leader, new ReportDistribution("rapport:felles", reports)));

        AssertCodes(e.Conditions, "reports.member-missing", "person.not-a-member");
        Assert.Contains(SampleTeam.Default.Members[0].Name, e.Conditions[0].Text.Bokmal, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- A5: homework

    [Fact]
    public void AnswerPrompt_HomeworkBeforeItIsSent_IsRejected()
    {
        var p = CycleDriver.StartAt(ProcessStep.Homework);

        var e = Rejected(p, () => p.AnswerPrompt(M1, new PromptId("A5.3"), new TextAnswer("Tema")));

        Assert.Equal("homework.not-assigned", Assert.Single(e.Conditions).Code);
        Assert.Empty(p.OpenPromptsFor(M1));
    }

    [Fact]
    public void AnswerPrompt_MemberAnswersHomework_IsRecordedAsTheirOwnOnly()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.Homework);
        d.Process.AssignHomework(Leader, d.Today.PlusDays(7));

        d.Process.AnswerPrompt(M1, new PromptId("A5.3"), new TextAnswer("Turnusplanlegging"));

        var answer = d.Process.FindAnswer(new PromptId("A5.3"), M1);
        Assert.NotNull(answer);
        Assert.Equal(M1, answer.AnsweredBy);
        Assert.Null(d.Process.FindAnswer(new PromptId("A5.3"), M2));
        Assert.DoesNotContain(d.Process.OpenPromptsFor(M1), x => x.Id.Value == "A5.3");
        Assert.Contains(d.Process.OpenPromptsFor(M2), x => x.Id.Value == "A5.3");
    }

    [Fact]
    public void AnswerPrompt_LeaderAnswersHomeworkOrMemberAnswersLeadersPrompt_IsRejectedAsWrongRespondent()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.Homework);
        d.Process.AssignHomework(Leader, d.Today.PlusDays(7));

        var byLeader = Rejected(d.Process, () => d.Process.AnswerPrompt(Leader, new PromptId("A5.3"), new TextAnswer("x")));
        var byMember = Rejected(d.Process, () => d.Process.AnswerPrompt(M1, new PromptId("A1.1"), new TextAnswer("x")));

        Assert.Equal("prompt.wrong-respondent", Assert.Single(byLeader.Conditions).Code);
        Assert.Equal("prompt.wrong-respondent", Assert.Single(byMember.Conditions).Code);
    }

    [Fact]
    public void CollectHomework_AbsentMemberHasNotAnswered_IsAccepted()
    {
        var d = new CycleDriver { AbsentMembers = [M4] }.WalkTo(ProcessStep.Homework).Satisfy();

        d.Process.CollectHomework(Leader);

        Assert.Equal(ProcessStep.ReadyForMeeting, d.Process.Step);
        Assert.Null(d.Process.FindAnswer(new PromptId("A5.1a"), M4));
    }

    [Fact]
    public void CollectHomework_OneMemberMissingOneAnswer_NamesTheMemberAndThePrompt()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.Homework);
        d.Process.AssignHomework(Leader, d.Today.PlusDays(7));
        foreach (var m in new[] { M1, M2, M3, M4 })
        {
            foreach (var prompt in d.Process.Prompts.ForStep(ProcessStep.Homework).Where(x => !(m == M2 && x.Id.Value == "A5.2")))
            {
                d.Process.AnswerPrompt(m, prompt.Id, SampleAnswers.For(prompt, d.Team));
            }
        }

        var e = Rejected(d.Process, () => d.Process.CollectHomework(Leader));

        var condition = Assert.Single(e.Conditions);
        Assert.Equal(("prompt.unanswered", "A5.2"), (condition.Code, condition.GuideReference));
        Assert.Contains("Bjørn Dahl", condition.Text.Bokmal, StringComparison.Ordinal);
        Assert.Contains("A5.2", condition.Text.English, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- B3: every member present shares or is recorded absent

    [Fact]
    public void CompleteSharing_MemberNeitherSharedNorAbsent_IsRejectedUntilRecordedAbsent()
    {
        var p = CycleDriver.StartAt(ProcessStep.MembersSharing);
        p.RecordSharing(Leader, M1);
        p.RecordSharing(p.MinuteTaker!.Value, M2);
        p.RecordSharing(Leader, M3);

        var e = Rejected(p, () => p.CompleteSharing(Leader));
        Assert.Equal("sharing.missing", Assert.Single(e.Conditions).Code);
        Assert.Contains("Dag Fjeld", e.Conditions[0].Text.Bokmal, StringComparison.Ordinal);

        p.RecordAbsence(Leader, M4);
        p.CompleteSharing(Leader);
        Assert.Equal(ProcessStep.GroupDialogue, p.Step);
    }

    [Fact]
    public void RecordSharing_AbsentOrAlreadySharedMember_IsRejected()
    {
        var p = CycleDriver.StartAt(ProcessStep.MembersSharing);
        p.RecordAbsence(Leader, M4);
        p.RecordSharing(Leader, M1);

        AssertCodes(Rejected(p, () => p.RecordSharing(Leader, M4)).Conditions, "sharing.absent");
        AssertCodes(Rejected(p, () => p.RecordSharing(Leader, M1)).Conditions, "sharing.already");
        AssertCodes(Rejected(p, () => p.RecordAbsence(Leader, M1)).Conditions, "absence.already-shared");
        AssertCodes(Rejected(p, () => p.RecordAbsence(Leader, M4)).Conditions, "absence.already-recorded");
        AssertCodes(Rejected(p, () => p.RecordSharing(Leader, Leader)).Conditions, "person.not-a-member");
    }

    [Fact]
    public void CompleteGroupDialogue_PresentMemberInNoGroup_IsRejected()
    {
        var p = CycleDriver.StartAt(ProcessStep.GroupDialogue);
        p.FormGroups(Leader, [new MeetingGroup([M1, M2]), new MeetingGroup([M3, Leader])]);

        var e = Rejected(p, () => p.CompleteGroupDialogue(Leader));

        Assert.Equal("groups.person-missing", Assert.Single(e.Conditions).Code);
    }

    [Fact]
    public void FormGroups_PersonTwiceOrStranger_IsRejected()
    {
        var p = CycleDriver.StartAt(ProcessStep.MeetingPlanning);

        var e = Rejected(p, () => p.FormGroups(Leader, [new MeetingGroup([M1, M2]), new MeetingGroup([M2, SampleTeam.Stranger])]));

        AssertCodes(e.Conditions, "groups.person-twice", "person.not-on-team");
        AssertCodes(Rejected(p, () => p.FormGroups(Leader, [])).Conditions, "groups.none");
    }

    // ---------------------------------------------------------------- B6, B7: the meeting cannot end without a summary and the way forward

    [Fact]
    public void EndMeeting_WithoutAgreementsTasksOrDates_ListsB6AndB7()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.WayForward);
        var p = FollowUpProcess.FromState(d.Process.State with { Agreements = [] }, d.Clock, d.Process.Prompts, d.Process.TopicAreas);

        var e = Rejected(p, () => p.EndMeeting(Leader));

        AssertCodes(e.Conditions, "summary.nothing-agreed", "way-forward.no-tasks", "way-forward.no-dates");
        Assert.Equal(["B6", "B7", "B7"], e.Conditions.Select(c => c.GuideReference!).Order());
    }

    [Fact]
    public void EndMeeting_EveryScheduledDateHasPassed_IsRejected()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.WayForward).Satisfy();
        d.Process.ScheduleStatusReviews(Leader, [d.Today.PlusDays(1)]);
        d.Clock.Advance(Duration.FromDays(2));

        var e = Rejected(d.Process, () => d.Process.EndMeeting(Leader));

        Assert.Equal("way-forward.no-dates", Assert.Single(e.Conditions).Code);
    }

    [Fact]
    public void ScheduleStatusReviews_EmptyDuplicateOrPastDates_IsRejected()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.WayForward);
        var p = d.Process;

        AssertCodes(Rejected(p, () => p.ScheduleStatusReviews(Leader, [])).Conditions, "schedule.empty");
        AssertCodes(Rejected(p, () => p.ScheduleStatusReviews(Leader, [d.Today.PlusDays(9), d.Today.PlusDays(9), d.Today.PlusDays(-1)])).Conditions, "schedule.date-twice", "date.past");
    }

    [Fact]
    public void ScheduleStatusReviews_DatesOutOfOrder_AreKeptInOrder()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.WayForward);

        d.Process.ScheduleStatusReviews(Leader, [d.Today.PlusDays(60), d.Today, d.Today.PlusDays(30)]);

        Assert.Equal([d.Today, d.Today.PlusDays(30), d.Today.PlusDays(60)], d.Process.StatusReviewDates);
    }

    // ---------------------------------------------------------------- C: the plan cannot be adopted while an action lacks an owner or a due date

    [Fact]
    public void AdoptActionPlan_ActionWithoutOwnerOrDueDate_IsRejectedUntilMadeConcrete()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.ActionPlanning);
        var p = d.Process;
        p.RecordResourceReview(Leader, new ResourceReview([]));
        d.AnswerAll(ProcessStep.ActionPlanning);
        var second = p.AddAction(M2, new ActionDraft("Bedre turnus", owner: M2));

        var e = Rejected(p, () => p.AdoptActionPlan(Leader));
        AssertCodes(e.Conditions, "plan.action-without-owner", "plan.action-without-due-date", "plan.action-without-due-date");
        Assert.All(e.Conditions, c => Assert.Equal("C5", c.GuideReference));

        var first = p.Actions[0];
        p.UpdateAction(M1, first.Id, new ActionDraft(first.Title, owner: M1, dueDate: d.Today.PlusDays(90)));
        AssertCodes(Rejected(p, () => p.AdoptActionPlan(Leader)).Conditions, "plan.action-without-due-date");

        p.UpdateAction(Leader, second, new ActionDraft("Bedre turnus", owner: M2, dueDate: d.Today.PlusDays(60)));
        p.AdoptActionPlan(Leader);
        Assert.Equal(ProcessStep.StatusReviews, p.Step);
    }

    [Fact]
    public void AdoptActionPlan_NoActions_IsRejected()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.ActionPlanning);
        d.Process.RemoveAction(Leader, d.Process.Actions[0].Id);
        d.Satisfy();
        d.Process.RemoveAction(Leader, d.Process.Actions[0].Id);

        var e = Rejected(d.Process, () => d.Process.AdoptActionPlan(Leader));

        Assert.Equal("plan.no-actions", Assert.Single(e.Conditions).Code);
    }

    [Fact]
    public void AddAction_Ids_AreSequentialAndNeverReused()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.ActionPlanning);
        var p = d.Process;
        var t2 = p.AddAction(M1, new ActionDraft("To"));
        p.RemoveAction(Leader, t2);

        var t3 = p.AddAction(M1, new ActionDraft("Tre"));

        Assert.Equal(["T1", "T3"], p.Actions.Select(a => a.Id.Value));
        Assert.Equal("T3", t3.Value);
        Assert.Equal(ProcessStep.ActionKickoff, p.Actions[0].Origin);
        Assert.Equal(ProcessStep.ActionPlanning, p.Actions[1].Origin);
    }

    [Fact]
    public void RecordStatusReview_ReviewMissingAnOpenActionOrDatedAhead_IsRejected()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.StatusReviews);
        var p = d.Process;
        var t1 = p.Actions[0].Id;

        AssertCodes(Rejected(p, () => p.RecordStatusReview(Leader, new StatusReview(d.Today, []))).Conditions, "review.action-missing");
        AssertCodes(
            Rejected(p, () => p.RecordStatusReview(Leader, new StatusReview(d.Today.PlusDays(1), [new ActionStatusUpdate(t1, ActionStatus.Done, "Ferdig")]))).Conditions,
            "review.date-future");
        AssertCodes(
            Rejected(p, () => p.RecordStatusReview(Leader, new StatusReview(d.Today, [new ActionStatusUpdate(t1, ActionStatus.Done, "a"), new ActionStatusUpdate(t1, ActionStatus.Done, "b")]))).Conditions,
            "review.action-twice");
    }

    [Fact]
    public void RecordStatusReview_ActionDone_IsClosedAndLeftOutOfTheNextReview()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.StatusReviews);
        var p = d.Process;
        var t1 = p.Actions[0].Id;
        p.RecordStatusReview(Leader, new StatusReview(d.Today, [new ActionStatusUpdate(t1, ActionStatus.Done, "Ferdig")]));

        Assert.False(p.Actions[0].IsOpen);
        AssertCodes(Rejected(p, () => p.RecordStatusReview(Leader, new StatusReview(d.Today, [new ActionStatusUpdate(t1, ActionStatus.InProgress, "x")]))).Conditions, "review.action-closed");
        AssertCodes(Rejected(p, () => p.RecordStatusReview(Leader, new StatusReview(d.Today.PlusDays(-1), []))).Conditions, "review.before-last", "review.before-meeting");
        p.RecordStatusReview(Leader, new StatusReview(d.Today, []));
        Assert.Equal(2, p.StatusReviews.Count);
    }

    // ---------------------------------------------------------------- roles

    [Theory]
    [MemberData(nameof(OpenSteps))]
    public void Transition_ByAMember_IsRejectedWithNotLeader(ProcessStep step)
    {
        var d = new CycleDriver().WalkTo(step).Satisfy();
        var move = ProcessDefinition.Actions.Single(a => a.Target is not null && a.Steps.Contains(step));

        var e = Rejected(d.Process, () => Perform(d.Process, move.Action, M1));

        Assert.Equal("actor.not-leader", Assert.Single(e.Conditions).Code);
        Assert.Equal(M1, e.Actor);
    }

    [Fact]
    public void AnyCommand_ByAStranger_IsRejectedWithNotOnTeam()
    {
        var p = CycleDriver.StartAt(ProcessStep.SelfReflection);

        var e = Rejected(p, () => p.AnswerPrompt(SampleTeam.Stranger, new PromptId("A1.1"), new TextAnswer("x")));

        Assert.Equal("actor.not-on-team", Assert.Single(e.Conditions).Code);
        Assert.False(p.CanPerform(ProcessAction.CompleteSelfReflection, SampleTeam.Stranger, out var reasons));
        Assert.Contains(reasons, r => r.Code == "actor.not-on-team");
    }

    [Fact]
    public void RecordSharing_ByTheMinuteTakerOrTheLeader_IsAcceptedAndByOthersRejected()
    {
        var p = CycleDriver.StartAt(ProcessStep.MembersSharing);
        var minuteTaker = p.MinuteTaker!.Value;
        var timekeeper = p.Timekeeper!.Value;
        Assert.NotEqual(minuteTaker, timekeeper);

        p.RecordSharing(minuteTaker, M3);
        p.RecordSharing(Leader, M4);
        var e = Rejected(p, () => p.RecordSharing(timekeeper, timekeeper));

        Assert.Equal("actor.not-recorder", Assert.Single(e.Conditions).Code);
        Assert.Equal("A3.4", e.Conditions[0].GuideReference);
        Assert.True(p.CanPerform(ProcessAction.RecordSharing, minuteTaker, out _));
        Assert.False(p.CanPerform(ProcessAction.RecordSharing, timekeeper, out _));
    }

    [Fact]
    public void RecordStatusReview_ByTheStatusReporterFromC7_IsAcceptedAndByAnotherMemberRejected()
    {
        var d = new CycleDriver { StatusReporter = M2 }.WalkTo(ProcessStep.StatusReviews);
        Assert.Equal(M2, d.Process.StatusReporter);

        var e = Rejected(d.Process, () => d.RecordReview(by: M3));
        Assert.Equal("actor.not-status-reporter", Assert.Single(e.Conditions).Code);

        d.RecordReview(by: M2);
        Assert.Equal(M2, d.Process.History[^1].By);
    }

    [Fact]
    public void RecordStatusReview_NoStatusReporterChosen_OnlyTheLeaderMay()
    {
        var d = new CycleDriver { StatusReporter = null }.WalkTo(ProcessStep.StatusReviews);

        Assert.Null(d.Process.StatusReporter);
        Assert.False(d.Process.CanPerform(ProcessAction.RecordStatusReview, M2, out _));
        d.RecordReview(by: Leader);
    }

    [Fact]
    public void RecordCollaborationCommitment_ForAnotherMember_IsRejectedButTheLeaderMay()
    {
        var p = CycleDriver.StartAt(ProcessStep.TeamDevelopment);

        AssertCodes(Rejected(p, () => p.RecordCollaborationCommitment(M1, M2, "x")).Conditions, "actor.not-member-or-leader");
        p.RecordCollaborationCommitment(M1, M1, "Jeg deler erfaringer.");
        p.RecordCollaborationCommitment(Leader, M2, "Bjørn leder arbeidsgruppen.");
        p.RecordCollaborationCommitment(M1, M1, "Jeg deler erfaringer månedlig.");

        Assert.Equal([(M1, "Jeg deler erfaringer månedlig."), (M2, "Bjørn leder arbeidsgruppen.")], p.Commitments.Select(c => (c.Member, c.Text)));
    }

    [Fact]
    public void AnswerPrompt_WholeTeamPromptRecordedByTheMinuteTaker_IsTheTeamsAnswer()
    {
        var p = CycleDriver.StartAt(ProcessStep.PlenaryRound);
        var minuteTaker = p.MinuteTaker!.Value;

        p.AnswerPrompt(minuteTaker, new PromptId("B4.2"), new TextAnswer("Bemanning"));

        var answer = p.FindAnswer(new PromptId("B4.2"), null);
        Assert.NotNull(answer);
        Assert.Equal(minuteTaker, answer.AnsweredBy);
        AssertCodes(Rejected(p, () => p.AnswerPrompt(p.Timekeeper!.Value, new PromptId("B4.1"), new TextAnswer("x"))).Conditions, "prompt.wrong-respondent");
    }

    // ---------------------------------------------------------------- answers

    [Fact]
    public void AnswerPrompt_RevisedAnswer_KeepsItsPlaceAndTakesTheNewTime()
    {
        var d = new CycleDriver();
        var p = d.Process;
        p.AnswerPrompt(Leader, new PromptId("A1.1"), new TextAnswer("Først"));
        p.AnswerPrompt(Leader, new PromptId("A1.2"), new TextAnswer("Andre"));
        d.Clock.Advance(Duration.FromHours(1));

        p.AnswerPrompt(Leader, new PromptId("A1.1"), new TextAnswer("Revidert"));

        Assert.Equal(["A1.1", "A1.2"], p.Answers.Select(a => a.Prompt.Value));
        Assert.Equal(new TextAnswer("Revidert"), p.Answers[0].Answer);
        Assert.Equal(d.Clock.GetCurrentInstant(), p.Answers[0].AnsweredAt);
        Assert.Equal(3, p.Version);
    }

    [Fact]
    public void AnswerPrompt_PromptOfAnEarlierPhase_IsRejectedAsNotNow()
    {
        var p = CycleDriver.StartAt(ProcessStep.GroupDialogue);

        var e = Rejected(p, () => p.AnswerPrompt(Leader, new PromptId("A1.1"), new TextAnswer("x")));

        Assert.Equal("prompt.not-now", Assert.Single(e.Conditions).Code);
    }

    [Fact]
    public void AnswerPrompt_PromptOfALaterStep_IsRejectedAsNotNow()
    {
        var p = CycleDriver.StartAt(ProcessStep.SelfReflection);

        var e = Rejected(p, () => p.AnswerPrompt(Leader, new PromptId("A3.2a"), new TextAnswer("x")));

        Assert.Equal("prompt.not-now", Assert.Single(e.Conditions).Code);
    }

    [Fact]
    public void AnswerPrompt_UnknownPrompt_IsRejected()
    {
        var p = CycleDriver.StartAt(ProcessStep.SelfReflection);

        var e = Rejected(p, () => p.AnswerPrompt(Leader, new PromptId("X9"), new TextAnswer("x")));

        Assert.Equal("prompt.unknown", Assert.Single(e.Conditions).Code);
    }

    [Fact]
    public void AnswerPrompt_ChoiceOutsideTheRoundsTopicAreas_IsRejectedWithEveryProblem()
    {
        var p = CycleDriver.StartAt(ProcessStep.StrategicFocus);
        var a = new TopicAreaId("engasjement");

        var e = Rejected(p, () => p.AnswerPrompt(Leader, new PromptId("A2.1"), new TopicAreasAnswer([a, a, new TopicAreaId("ukjent")])));

        AssertCodes(e.Conditions, "answer.duplicate", "answer.unknown-topic-area");
    }

    [Fact]
    public void OpenPromptsFor_LeaderAtSelfReflection_AreA11ToA13UntilAnswered()
    {
        var p = CycleDriver.StartAt(ProcessStep.SelfReflection);

        Assert.Equal(["A1.1", "A1.2", "A1.3"], p.OpenPromptsFor(Leader).Select(x => x.Id.Value));
        Assert.Empty(p.OpenPromptsFor(M1));
        p.AnswerPrompt(Leader, new PromptId("A1.2"), new TextAnswer("Ja"));
        Assert.Equal(["A1.1", "A1.3"], p.OpenPromptsFor(Leader).Select(x => x.Id.Value));
    }

    // ---------------------------------------------------------------- time: dates are the meeting's time zone's

    [Fact]
    public void AssignHomework_DateThatIsStillTodayInUtcButYesterdayInOslo_IsPast()
    {
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2027, 1, 4, 23, 30));
        var d = new CycleDriver(clock: clock).WalkTo(ProcessStep.Homework);

        var e = Rejected(d.Process, () => d.Process.AssignHomework(Leader, new LocalDate(2027, 1, 4)));

        Assert.Equal("date.past", Assert.Single(e.Conditions).Code);
        d.Process.AssignHomework(Leader, new LocalDate(2027, 1, 5));
    }

    [Fact]
    public void AssignHomework_ProcessInAnotherTimeZone_UsesThatZonesToday()
    {
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2027, 1, 4, 12, 0));
        var p = FollowUpProcess.Start(new ProcessId("p-nz"), "ForBedring 2026", SampleTeam.Default, Leader, clock, timeZone: DateTimeZoneProviders.Tzdb["Pacific/Auckland"]);

        // 12:00 UTC is 01:00 the next day in Auckland: the 4th has passed there.
        Assert.Equal(new LocalDate(2027, 1, 5), clock.GetCurrentInstant().InZone(p.TimeZone).Date);
        foreach (var id in new[] { "A1.1", "A1.2", "A1.3" })
        {
            p.AnswerPrompt(Leader, new PromptId(id), new TextAnswer("x"));
        }

        p.CompleteSelfReflection(Leader);
        p.AnswerPrompt(Leader, new PromptId("A2.1"), new TopicAreasAnswer([new TopicAreaId("engasjement")]));
        p.CompleteStrategicFocus(Leader);
        var e = Rejected(p, () => p.PlanAgenda(Leader, new MeetingAgenda(new LocalDateTime(2027, 1, 4, 14, 0).InZoneStrictly(p.TimeZone), new CycleDriver().CompleteAgenda().Items)));
        Assert.Equal("date.past", Assert.Single(e.Conditions).Code);
    }

    // ---------------------------------------------------------------- history and version

    [Fact]
    public void History_AcceptedCommand_RecordsClockTimeActorActionAndSteps()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.MembersSharing);
        var p = d.Process;
        d.Clock.Advance(Duration.FromMinutes(37));
        var version = p.Version;

        p.RecordSharing(p.MinuteTaker!.Value, M3);

        var entry = p.History[^1];
        Assert.Equal(version + 1, p.Version);
        Assert.Equal(p.Version, entry.Version);
        Assert.Equal(d.Clock.GetCurrentInstant(), entry.At);
        Assert.Equal(p.MinuteTaker, entry.By);
        Assert.Equal(ProcessAction.RecordSharing, entry.Action);
        Assert.Equal((ProcessStep.MembersSharing, ProcessStep.MembersSharing), (entry.From, entry.To));
        Assert.Equal("m3", entry.Subject);
    }

    [Fact]
    public void History_WholeCycle_IsOneEntryPerCommandChainedStepToStep()
    {
        var d = new CycleDriver { GroupsInAdvance = true, StatusReporter = M2, AbsentMembers = [M4] };
        var p = d.Process;
        var count = 0;
        while (p.Step != ProcessStep.Closed)
        {
            d.Clock.Advance(Duration.FromMinutes(5));
            d.Advance();
            count++;
        }

        Assert.Equal(p.History.Count, p.Version);
        Assert.Equal(Enumerable.Range(1, p.History.Count).Select(i => (long)i), p.History.Select(h => h.Version));
        Assert.Equal(17, p.History.Count(h => h.From != h.To));
        Assert.Equal(count, p.History.Count(h => h.From != h.To));
        for (var i = 1; i < p.History.Count; i++)
        {
            Assert.Equal(p.History[i - 1].To, p.History[i].From);
            Assert.True(p.History[i - 1].At <= p.History[i].At);
        }

        Assert.Equal(ProcessStep.SelfReflection, p.History[0].From);
        Assert.Equal(ProcessStep.Closed, p.History[^1].To);
        Assert.Empty(p.AvailableActions);
    }

    [Fact]
    public void Version_RejectedCommand_StaysAndHistoryKeepsItsLength()
    {
        var p = CycleDriver.StartAt(ProcessStep.Summary);
        var version = p.Version;
        var history = p.History.Count;

        Assert.Throws<ProcessRuleException>(() => p.CompleteSummary(Leader));
        Assert.Throws<ProcessRuleException>(() => p.RecordAgreement(M1, "Vi er enige."));

        Assert.Equal(version, p.Version);
        Assert.Equal(history, p.History.Count);
    }

    [Fact]
    public void Command_Rejected_LeavesTheSavedDocumentUnchanged()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.ActionPlanning);
        var serialize = ProcessBytes.For(d.Clock);
        var before = serialize(d.Process);

        Assert.Throws<ProcessRuleException>(() => d.Process.AdoptActionPlan(Leader));
        Assert.Throws<ProcessRuleException>(() => d.Process.UpdateAction(M1, new ActionId("T9"), new ActionDraft("x")));

        Assert.Equal(before, serialize(d.Process));
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>Runs an action that takes no arguments but the actor (the transitions).</summary>
    private static void Perform(FollowUpProcess p, ProcessAction action, PersonId actor)
    {
        switch (action)
        {
            case ProcessAction.CompleteSelfReflection: p.CompleteSelfReflection(actor); break;
            case ProcessAction.CompleteStrategicFocus: p.CompleteStrategicFocus(actor); break;
            case ProcessAction.CompleteMeetingPlan: p.CompleteMeetingPlan(actor); break;
            case ProcessAction.SendReports: p.SendReports(actor, new ReportDistribution("rapport:felles", p.Team.Members.ToDictionary(m => m.Id, m => "r:" + m.Id.Value))); break;
            case ProcessAction.CollectHomework: p.CollectHomework(actor); break;
            case ProcessAction.StartMeeting: p.StartMeeting(actor); break;
            case ProcessAction.GiveIntroduction: p.GiveIntroduction(actor); break;
            case ProcessAction.ShareLeaderReflections: p.ShareLeaderReflections(actor); break;
            case ProcessAction.CompleteSharing: p.CompleteSharing(actor); break;
            case ProcessAction.CompleteGroupDialogue: p.CompleteGroupDialogue(actor); break;
            case ProcessAction.CompletePlenaryRound: p.CompletePlenaryRound(actor); break;
            case ProcessAction.CompleteActionKickoff: p.CompleteActionKickoff(actor); break;
            case ProcessAction.CompleteSummary: p.CompleteSummary(actor); break;
            case ProcessAction.EndMeeting: p.EndMeeting(actor); break;
            case ProcessAction.AdoptActionPlan: p.AdoptActionPlan(actor); break;
            case ProcessAction.BeginTeamDevelopment: p.BeginTeamDevelopment(actor); break;
            case ProcessAction.CloseCycle: p.CloseCycle(actor); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, "Not a transition.");
        }
    }

    /// <summary>Asserts that a command is rejected with the typed exception and leaves the state object in place.</summary>
    private static ProcessRuleException Rejected(FollowUpProcess p, Action command)
    {
        var before = p.State;
        var e = Assert.Throws<ProcessRuleException>(command);
        Assert.Same(before, p.State);
        Assert.NotEmpty(e.Conditions);
        Assert.Equal(p.Step, e.Step);
        return e;
    }

    private static string Summary(List<string> problems)
        => $"{problems.Count} problem(s):\n" + string.Join("\n", problems.Take(40)) + (problems.Count > 40 ? "\n…" : string.Empty);

    private static void AssertCodes(IEnumerable<UnmetCondition> conditions, params string[] codes)
        => Assert.Equal(codes.Order(StringComparer.Ordinal), conditions.Select(c => c.Code).Order(StringComparer.Ordinal));
}

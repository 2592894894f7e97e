using ForBedring.Actions;
using ForBedring.Meetings;
using ForBedring.Process;
using ForBedring.Prompts;
using NodaTime;
using NodaTime.Testing;

namespace ForBedring.Tests.TestSupport;

/// <summary>
/// Walks a follow-up process through a valid cycle, to any step, through the public API only: every command is one
/// a leader would give. Tests use it to get a process to the step they are about, then break one rule.
/// </summary>
/// <remarks>
/// <para><see cref="Satisfy"/> does what the current step's way out needs without leaving it; <see cref="Advance"/>
/// satisfies and leaves; <see cref="WalkTo"/> advances until a step is reached.</para>
/// <para>Choices (groups in advance, a status reporter, absent members) are init properties; the defaults give the
/// plainest cycle: no groups in advance, no status reporter, everyone present, one cross-unit action.</para>
/// </remarks>
public sealed class CycleDriver
{
    /// <summary>Creates a driver and starts a process at <see cref="ProcessStep.SelfReflection"/>.</summary>
    /// <param name="team">The team; <see cref="SampleTeam.Default"/> when null.</param>
    /// <param name="clock">The clock; a new <see cref="TestClock"/> when null.</param>
    /// <param name="prompts">The prompts; the built-in catalogue when null.</param>
    public CycleDriver(LeadershipTeam? team = null, FakeClock? clock = null, PromptCatalog? prompts = null)
    {
        Team = team ?? SampleTeam.Default;
        Clock = clock ?? TestClock.Create();
        Process = FollowUpProcess.Start(new ProcessId("p-test"), "ForBedring 2026", Team, Team.Leader.Id, Clock, prompts);
    }

    /// <summary>Gets the process being driven.</summary>
    public FollowUpProcess Process { get; }

    /// <summary>Gets the team.</summary>
    public LeadershipTeam Team { get; }

    /// <summary>Gets the clock the process dates its history with.</summary>
    public FakeClock Clock { get; }

    /// <summary>Gets the leader's id.</summary>
    public PersonId Leader => Team.Leader.Id;

    /// <summary>Gets today's date in the process's time zone.</summary>
    public LocalDate Today => Clock.GetCurrentInstant().InZone(Process.TimeZone).Date;

    /// <summary>Gets or initializes the answer to A3.5: whether the leader forms groups in advance.</summary>
    public bool GroupsInAdvance { get; init; }

    /// <summary>Gets or initializes the answer to C7: the status reporter, or null for nobody.</summary>
    public PersonId? StatusReporter { get; init; }

    /// <summary>Gets or initializes how the driver plans the agenda at A3; <see cref="CompleteAgenda"/> when null.</summary>
    public Func<CycleDriver, MeetingAgenda>? PlanAgendaWith { get; init; }

    /// <summary>Gets or initializes the members recorded absent as soon as that is allowed (at the homework).</summary>
    public IReadOnlyList<PersonId> AbsentMembers { get; init; } = [];

    /// <summary>Starts a process for the default team and walks it to a step.</summary>
    /// <param name="step">The step.</param>
    /// <returns>The process, at that step.</returns>
    public static FollowUpProcess StartAt(ProcessStep step) => new CycleDriver().WalkTo(step).Process;

    /// <summary>Advances until the process is at <paramref name="step"/>.</summary>
    /// <param name="step">The step; not behind the current one.</param>
    /// <returns>This driver.</returns>
    /// <exception cref="InvalidOperationException">The step is behind the current one.</exception>
    public CycleDriver WalkTo(ProcessStep step)
    {
        if (step < Process.Step)
        {
            throw new InvalidOperationException($"The process is at {Process.Step}, past {step}.");
        }

        while (Process.Step != step)
        {
            Advance();
        }

        return this;
    }

    /// <summary>Satisfies the current step's way out, then takes it.</summary>
    /// <returns>This driver.</returns>
    /// <exception cref="InvalidOperationException">The process is closed.</exception>
    public CycleDriver Advance()
    {
        Satisfy();
        var leader = Leader;
        var p = Process;
        switch (p.Step)
        {
            case ProcessStep.SelfReflection: p.CompleteSelfReflection(leader); break;
            case ProcessStep.StrategicFocus: p.CompleteStrategicFocus(leader); break;
            case ProcessStep.MeetingPlanning: p.CompleteMeetingPlan(leader); break;
            case ProcessStep.ReportDistribution: p.SendReports(leader, FullReports()); break;
            case ProcessStep.Homework: p.CollectHomework(leader); break;
            case ProcessStep.ReadyForMeeting: p.StartMeeting(leader); break;
            case ProcessStep.Introduction: p.GiveIntroduction(leader); break;
            case ProcessStep.LeaderReflections: p.ShareLeaderReflections(leader); break;
            case ProcessStep.MembersSharing: p.CompleteSharing(leader); break;
            case ProcessStep.GroupDialogue: p.CompleteGroupDialogue(leader); break;
            case ProcessStep.PlenaryRound: p.CompletePlenaryRound(leader); break;
            case ProcessStep.ActionKickoff: p.CompleteActionKickoff(leader); break;
            case ProcessStep.Summary: p.CompleteSummary(leader); break;
            case ProcessStep.WayForward: p.EndMeeting(leader); break;
            case ProcessStep.ActionPlanning: p.AdoptActionPlan(leader); break;
            case ProcessStep.StatusReviews: p.BeginTeamDevelopment(leader); break;
            case ProcessStep.TeamDevelopment: p.CloseCycle(leader); break;
            default: throw new InvalidOperationException("The cycle is closed.");
        }

        return this;
    }

    /// <summary>Does everything the current step's way out needs, without taking it.</summary>
    /// <returns>This driver.</returns>
    public CycleDriver Satisfy()
    {
        var p = Process;
        var leader = Leader;
        switch (p.Step)
        {
            case ProcessStep.SelfReflection:
            case ProcessStep.StrategicFocus:
                AnswerAll(p.Step);
                break;
            case ProcessStep.MeetingPlanning:
                AnswerAll(p.Step);
                p.PlanAgenda(leader, PlanAgendaWith?.Invoke(this) ?? CompleteAgenda());
                AssignRoles();
                if (GroupsInAdvance)
                {
                    p.FormGroups(leader, GroupsOfPresentMembers());
                }

                break;
            case ProcessStep.Homework:
                if (p.HomeworkDue is null)
                {
                    p.AssignHomework(leader, Today.PlusDays(7));
                }

                foreach (var absent in AbsentMembers.Where(m => !p.Absent.Contains(m)))
                {
                    p.RecordAbsence(leader, absent);
                }

                AnswerAll(p.Step);
                break;
            case ProcessStep.MembersSharing:
                foreach (var member in PresentMembers().Where(m => !p.Shared.Contains(m)))
                {
                    p.RecordSharing(p.MinuteTaker ?? leader, member);
                }

                break;
            case ProcessStep.GroupDialogue:
                if (p.Groups.Count == 0 || PresentMembers().Any(m => !p.Groups.Any(g => g.Members.Contains(m))))
                {
                    p.FormGroups(leader, GroupsOfPresentMembers());
                }

                break;
            case ProcessStep.PlenaryRound:
                AnswerAll(ProcessStep.GroupDialogue);
                break;
            case ProcessStep.ActionKickoff:
                if (p.Actions.Count == 0)
                {
                    p.AddAction(Team.Members[0].Id, new ActionDraft("Felles tiltak for samarbeid på tvers", crossUnit: true));
                }

                break;
            case ProcessStep.Summary:
                if (p.Agreements.Count == 0)
                {
                    p.RecordAgreement(p.MinuteTaker ?? leader, "Vi prioriterer samarbeidsklima.");
                }

                break;
            case ProcessStep.WayForward:
                if (p.FollowUpTasks.Count == 0)
                {
                    p.AssignFollowUpTask(leader, new FollowUpTask(Team.Members[0].Id, "Lag utkast til handlingsplan", Today.PlusDays(14)));
                }

                if (!p.StatusReviewDates.Any(d => d >= Today))
                {
                    p.ScheduleStatusReviews(leader, [Today.PlusDays(30), Today.PlusDays(90)]);
                }

                break;
            case ProcessStep.ActionPlanning:
                if (p.Actions.Count == 0)
                {
                    p.AddAction(leader, new ActionDraft("Felles tiltak for samarbeid på tvers", crossUnit: true));
                }

                foreach (var action in p.Actions.Where(a => a.IsOpen && (a.Owner is null || a.DueDate is null)).ToList())
                {
                    p.UpdateAction(leader, action.Id, new ActionDraft(action.Title, action.Description, action.Owner ?? Team.Members[0].Id, action.DueDate ?? Today.PlusDays(120), action.CrossUnit));
                }

                if (p.ResourceReview is null)
                {
                    p.RecordResourceReview(leader, new ResourceReview([SupportResource.HumanResources, SupportResource.QualityAdvisors]));
                }

                AnswerAll(p.Step);
                break;
            case ProcessStep.StatusReviews:
                if (p.StatusReviews.Count == 0)
                {
                    RecordReview();
                }

                break;
            case ProcessStep.TeamDevelopment:
                AnswerAll(p.Step);
                foreach (var member in Team.Members.Where(m => !p.Commitments.Any(c => c.Member == m.Id)))
                {
                    p.RecordCollaborationCommitment(member.Id, member.Id, "Jeg deler erfaringer fra " + member.UnitName + ".");
                }

                if (p.TeamDevelopmentNotes.Count == 0)
                {
                    p.RecordTeamDevelopment(leader, "Ledergruppen jobbet med felles mål for samarbeid.");
                }

                break;
        }

        return this;
    }

    /// <summary>Answers every prompt of a step that is not answered yet: the leader's, each present member's, the whole team's (recorded by the leader).</summary>
    /// <param name="step">The prompts' step.</param>
    /// <returns>This driver.</returns>
    public CycleDriver AnswerAll(ProcessStep step)
    {
        var p = Process;
        foreach (var prompt in p.Prompts.ForStep(step))
        {
            var yes = prompt.Id.Value == "A3.5" && GroupsInAdvance;
            var answer = prompt.Id.Value == "C7" ? new PersonAnswer(StatusReporter) : SampleAnswers.For(prompt, Team, yes);
            switch (prompt.Audience)
            {
                case PromptAudience.Leader when p.FindAnswer(prompt.Id, Leader) is null:
                    p.AnswerPrompt(Leader, prompt.Id, answer);
                    break;
                case PromptAudience.WholeTeam when p.FindAnswer(prompt.Id, null) is null:
                    p.AnswerPrompt(Leader, prompt.Id, answer);
                    break;
                case PromptAudience.EachMember:
                    foreach (var member in PresentMembers().Where(m => p.FindAnswer(prompt.Id, m) is null))
                    {
                        p.AnswerPrompt(member, prompt.Id, answer);
                    }

                    break;
            }
        }

        return this;
    }

    /// <summary>Records a status review dated today with one update per open action.</summary>
    /// <param name="status">The status every open action gets.</param>
    /// <param name="by">Who records it; the leader when null.</param>
    /// <returns>This driver.</returns>
    public CycleDriver RecordReview(ActionStatus status = ActionStatus.InProgress, PersonId? by = null)
    {
        var updates = Process.Actions.Where(a => a.IsOpen).Select(a => new ActionStatusUpdate(a.Id, status, "Arbeidet er i gang."));
        Process.RecordStatusReview(by ?? Leader, new StatusReview(Today, updates));
        return this;
    }

    /// <summary>Builds an agenda with the three parts in order and a time plan, starting ten days from today at 09:00.</summary>
    /// <returns>The agenda.</returns>
    public MeetingAgenda CompleteAgenda()
        => new(
            Today.PlusDays(10).At(new LocalTime(9, 0)).InZoneStrictly(Process.TimeZone),
            [
                new AgendaItem(AgendaSection.Introduction, "Innledning og målsetning (B1, B2)", 15),
                new AgendaItem(AgendaSection.Discussion, "Hver leder deler (B3)", 40),
                new AgendaItem(AgendaSection.Discussion, "Dialog i grupper og plenum (B4, B5)", 45),
                new AgendaItem(AgendaSection.SummaryAndEvaluation, "Oppsummering og veien videre (B6, B7)", 20),
            ]);

    /// <summary>Builds reports for the common results and every member.</summary>
    /// <returns>The reports.</returns>
    public ReportDistribution FullReports()
        => new("rapport:felles", Team.Members.ToDictionary(m => m.Id, m => "rapport:" + m.Id.Value));

    /// <summary>Splits the present members into groups of two or three (with the leader when only one is present).</summary>
    /// <returns>The groups.</returns>
    public IReadOnlyList<MeetingGroup> GroupsOfPresentMembers()
    {
        var people = PresentMembers().ToList();
        if (people.Count < 2)
        {
            people.Add(Leader);
        }

        var groups = new List<MeetingGroup>();
        var count = people.Count / 2;
        for (var g = 0; g < count; g++)
        {
            groups.Add(new MeetingGroup(people.Where((_, i) => i % count == g)));
        }

        return groups;
    }

    /// <summary>Gets the members not recorded (or planned to be recorded) absent.</summary>
    /// <returns>Their ids, in the team's order.</returns>
    public IEnumerable<PersonId> PresentMembers()
        => Team.Members.Select(m => m.Id).Where(m => !Process.Absent.Contains(m) && !AbsentMembers.Contains(m));

    private void AssignRoles()
    {
        var present = PresentMembers().ToList();
        var timekeeper = present[0];
        var minuteTaker = present.Count > 1 ? present[1] : present[0];
        Process.AssignMeetingRoles(Leader, timekeeper, minuteTaker);
    }
}

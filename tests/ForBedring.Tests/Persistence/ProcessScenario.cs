using System.Globalization;
using System.Text;
using ForBedring.Actions;
using ForBedring.Meetings;
using ForBedring.Process;
using ForBedring.Prompts;
using ForBedring.Results;
using NodaTime;
using NodaTime.Testing;

namespace ForBedring.Tests.Persistence;

/// <summary>
/// The random choices that drive a process through a prefix of a valid cycle: how big the team is, how many commands
/// to give, the texts typed, the choices made and how the clock moves. <see cref="Build"/> turns it into a process.
/// </summary>
/// <param name="Members">The number of members besides the leader, 1–8.</param>
/// <param name="Commands">How many commands to give before stopping; the whole cycle takes about 100.</param>
/// <param name="Texts">Texts to type, used in turn.</param>
/// <param name="Choices">Numbers that make the choices, used in turn.</param>
/// <param name="Zone">The process's TZDB time zone.</param>
/// <param name="Ticks">How far the clock moves before each command, in nanoseconds, used in turn.</param>
public sealed record ProcessScenario(int Members, int Commands, string[] Texts, int[] Choices, string Zone, long[] Ticks)
{
    /// <summary>The prompts the scenarios ask: the guide's, and an organisation's own of the kinds the guide does not use.</summary>
    public static PromptCatalog Catalog { get; } = PromptCatalog.Default
        .With(new Prompt(new PromptId("org.indicators"), ProcessStep.MeetingPlanning, PromptAudience.Leader, new AnswerSpec(AnswerKind.Indicators, 0, 5), new LocalizedText("Indikatorer", "Indikatorar", "Indicators"), required: false))
        .With(new Prompt(new PromptId("org.units"), ProcessStep.GroupDialogue, PromptAudience.WholeTeam, new AnswerSpec(AnswerKind.Units, 1, 4), new LocalizedText("Enheter", "Einingar", "Units"), required: false))
        .With(new Prompt(new PromptId("org.date"), ProcessStep.ActionPlanning, PromptAudience.Leader, new AnswerSpec(AnswerKind.Date), new LocalizedText("Dato", "Dato", "Date"), required: false))
        .With(new Prompt(new PromptId("org.person"), ProcessStep.SelfReflection, PromptAudience.Leader, new AnswerSpec(AnswerKind.Person, allowNobody: true), new LocalizedText("Person", "Person", "Person"), required: false));

    /// <summary>The clock every scenario starts at.</summary>
    public static Instant Start { get; } = Instant.FromUtc(2027, 1, 4, 8, 0);

    /// <inheritdoc/>
    public override string ToString()
        => $"Members={Members}, Commands={Commands}, Zone={Zone}, Texts=[{string.Join(", ", Texts.Take(6).Select(Escape))} …], Choices=[{string.Join(",", Choices.Take(12))} …]";

    /// <summary>Drives a new process through the scenario.</summary>
    /// <param name="clock">The clock the process reads.</param>
    /// <returns>The process, stopped after <see cref="Commands"/> commands or at the closed step.</returns>
    public FollowUpProcess Build(out FakeClock clock)
    {
        clock = new FakeClock(Start);
        var walk = new Walk(this, clock);
        walk.Run();
        return walk.Process;
    }

    private static string Escape(string text)
    {
        var s = new StringBuilder("\"");
        foreach (var c in text)
        {
            s.Append(c is < ' ' or > '~' ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : c.ToString());
        }

        return s.Append('"').ToString();
    }

    /// <summary>One walk through the cycle; every command is valid when given.</summary>
    private sealed class Walk
    {
        private readonly ProcessScenario _s;
        private readonly FakeClock _clock;
        private readonly List<TeamMember> _members;
        private readonly PersonId _leader = new("leader");
        private int _left;
        private int _text;
        private int _choice;
        private int _tick;

        public Walk(ProcessScenario scenario, FakeClock clock)
        {
            _s = scenario;
            _clock = clock;
            _left = scenario.Commands;
            _members = Enumerable.Range(1, scenario.Members)
                .Select(i => new TeamMember(new PersonId("m" + i.ToString(CultureInfo.InvariantCulture)), Text(), new UnitId("u" + i.ToString(CultureInfo.InvariantCulture)), Text()))
                .ToList();
            var team = new LeadershipTeam(new UnitId("lg"), Text(), new TeamMember(_leader, Text(), new UnitId("klinikk"), Text()), _members);
            Process = FollowUpProcess.Start(new ProcessId("p-" + scenario.Members.ToString(CultureInfo.InvariantCulture)), Text(), team, _leader, clock, Catalog, null, DateTimeZoneProviders.Tzdb[scenario.Zone]);
        }

        public FollowUpProcess Process { get; }

        private LocalDate Today => _clock.GetCurrentInstant().InZone(Process.TimeZone).Date;

        private PersonId MinuteTaker => Process.MinuteTaker ?? _leader;

        public void Run()
        {
            try
            {
                Cycle();
            }
            catch (StopException)
            {
                // The scenario's command budget is spent.
            }
        }

        private void Cycle()
        {
            var p = Process;
            var leader = _leader;

            // A1, A2
            foreach (var id in new[] { "A1.1", "A1.2", "A1.3" })
            {
                Do(() => p.AnswerPrompt(leader, new PromptId(id), new TextAnswer(Text())));
            }

            if (Choose(2) == 0)
            {
                Do(() => p.AnswerPrompt(leader, new PromptId("A1.2"), new TextAnswer(Text())));
            }

            Do(() => p.AnswerPrompt(leader, new PromptId("org.person"), new PersonAnswer(Choose(3) == 0 ? null : SomeMember())));
            Do(() => p.CompleteSelfReflection(leader));
            Do(() => p.AnswerPrompt(leader, new PromptId("A2.1"), new TopicAreasAnswer(Pick(TopicAreaCatalog.ForBedring.Areas.Select(a => a.Id).ToList(), 1, 3))));
            Do(() => p.CompleteStrategicFocus(leader));

            // A3
            foreach (var id in new[] { "A3.2a", "A3.2b", "A3.2c" })
            {
                Do(() => p.AnswerPrompt(leader, new PromptId(id), new TextAnswer(Text())));
            }

            var groupsInAdvance = Choose(2) == 0;
            Do(() => p.AnswerPrompt(leader, new PromptId("A3.5"), new YesNoAnswer(groupsInAdvance)));
            Do(() => p.AnswerPrompt(leader, new PromptId("org.indicators"), new IndicatorsAnswer(Enumerable.Range(0, Choose(4)).Select(i => new IndicatorId("ind-" + Choose(1000).ToString(CultureInfo.InvariantCulture) + "." + i.ToString(CultureInfo.InvariantCulture))))));
            Do(() => p.PlanAgenda(leader, Agenda()));
            Do(() => p.AssignMeetingRoles(leader, SomeMember(), SomeMember()));
            if (groupsInAdvance || Choose(2) == 0)
            {
                Do(() => p.FormGroups(leader, Groups(_members.Select(m => m.Id).ToList())));
            }

            if (Choose(2) == 0)
            {
                Do(() => p.AttachPresentation(leader, Text()));
            }

            Do(() => p.CompleteMeetingPlan(leader));

            // A4, A5
            Do(() => p.SendReports(leader, new ReportDistribution(Text(), _members.ToDictionary(m => m.Id, _ => Text()))));
            Do(() => p.AssignHomework(leader, LocalDate.Min(Today.PlusDays(1 + Choose(10)), p.Agenda!.Start.Date)));
            var roles = new HashSet<PersonId> { p.Timekeeper!.Value, p.MinuteTaker!.Value };
            var absent = _members.Where(m => !roles.Contains(m.Id) && Choose(4) == 0).Select(m => m.Id).ToList();
            foreach (var member in absent)
            {
                Do(() => p.RecordAbsence(MinuteTaker, member));
            }

            var present = _members.Select(m => m.Id).Where(m => !absent.Contains(m)).ToList();
            foreach (var member in present)
            {
                foreach (var id in new[] { "A5.1a", "A5.1b", "A5.3", "A5.4" })
                {
                    Do(() => p.AnswerPrompt(member, new PromptId(id), new TextAnswer(Text())));
                }

                Do(() => p.AnswerPrompt(member, new PromptId("A5.2"), new TopicAreasAnswer(Pick(TopicAreaCatalog.ForBedring.Areas.Select(a => a.Id).ToList(), 1, 3))));
            }

            Do(() => p.CollectHomework(leader));

            // B1–B4
            Do(() => p.StartMeeting(leader));
            Do(() => p.GiveIntroduction(leader));
            Do(() => p.ShareLeaderReflections(leader));
            foreach (var member in present)
            {
                Do(() => p.RecordSharing(Choose(2) == 0 ? leader : MinuteTaker, member));
            }

            Do(() => p.CompleteSharing(leader));
            Do(() => p.FormGroups(leader, Groups(present)));
            Do(() => p.CompleteGroupDialogue(leader));
            Do(() => p.AnswerPrompt(MinuteTaker, new PromptId("B4.1"), new TextAnswer(Text())));
            Do(() => p.AnswerPrompt(leader, new PromptId("B4.2"), new TextAnswer(Text())));
            Do(() => p.AnswerPrompt(leader, new PromptId("B4.3"), new YesNoAnswer(Choose(2) == 0)));
            Do(() => p.AnswerPrompt(leader, new PromptId("org.units"), new UnitsAnswer(Pick(_members.Select(m => m.Unit).ToList(), 1, 4))));
            Do(() => p.CompletePlenaryRound(leader));

            // B5–B7
            var actions = new List<ActionId>();
            for (var i = Choose(3); i >= 0; i--)
            {
                Do(() => actions.Add(p.AddAction(SomeoneOnTeam(), Draft(complete: false))));
            }

            Do(() => p.CompleteActionKickoff(leader));
            for (var i = Choose(3); i >= 0; i--)
            {
                Do(() => p.RecordAgreement(MinuteTaker, Text()));
            }

            Do(() => p.CompleteSummary(leader));
            for (var i = Choose(2); i >= 0; i--)
            {
                Do(() => p.AssignFollowUpTask(MinuteTaker, new FollowUpTask(SomeoneOnTeam(), Text(), Today.PlusDays(1 + Choose(30)))));
            }

            Do(() => p.ScheduleStatusReviews(leader, Enumerable.Range(0, 1 + Choose(3)).Select(i => Today.PlusDays(20 + (30 * i))).ToList()));
            Do(() => p.EndMeeting(leader));

            // C1, C4–C7
            if (Choose(2) == 0)
            {
                Do(() => actions.Add(p.AddAction(SomeoneOnTeam(), Draft(complete: false))));
            }

            if (actions.Count > 1 && Choose(2) == 0)
            {
                var removed = actions[Choose(actions.Count)];
                Do(() => p.RemoveAction(leader, removed));
                actions.Remove(removed);
            }

            foreach (var action in actions)
            {
                Do(() => p.UpdateAction(SomeoneOnTeam(), action, Draft(complete: true)));
            }

            Do(() => p.RecordResourceReview(leader, new ResourceReview(Pick(Enum.GetValues<SupportResource>().ToList(), 0, 5), Choose(2) == 0 ? null : Text())));
            Do(() => p.AnswerPrompt(leader, new PromptId("C4"), new TextAnswer(Text())));
            Do(() => p.AnswerPrompt(MinuteTaker, new PromptId("C7"), new PersonAnswer(Choose(3) == 0 ? null : SomeMember())));
            Do(() => p.AnswerPrompt(leader, new PromptId("org.date"), new DateAnswer(Today.PlusDays(Choose(400) - 200))));
            Do(() => p.AdoptActionPlan(leader));

            // C2, C3
            var reporter = p.StatusReporter ?? leader;
            for (var r = Choose(3); r >= 0; r--)
            {
                _clock.Advance(Duration.FromDays(1 + Choose(20)));
                Do(() => p.RecordStatusReview(reporter, new StatusReview(Today, p.Actions.Where(a => a.IsOpen).Select(a => new ActionStatusUpdate(a.Id, (ActionStatus)Choose(5), Text())).ToList())));
            }

            Do(() => p.BeginTeamDevelopment(leader));

            // D1–D5
            Do(() => p.AnswerPrompt(leader, new PromptId("D1"), new TextAnswer(Text())));
            Do(() => p.AnswerPrompt(leader, new PromptId("D2"), new TextAnswer(Text())));
            Do(() => p.AnswerPrompt(leader, new PromptId("D3"), new YesNoAnswer(Choose(2) == 0)));
            foreach (var member in _members)
            {
                Do(() => p.RecordCollaborationCommitment(Choose(2) == 0 ? leader : member.Id, member.Id, Text()));
            }

            for (var i = Choose(2); i >= 0; i--)
            {
                Do(() => p.RecordTeamDevelopment(leader, Text()));
            }

            Do(() => p.CloseCycle(leader));
        }

        private void Do(Action command)
        {
            if (_left-- <= 0)
            {
                throw new StopException();
            }

            _clock.Advance(Duration.FromNanoseconds(_s.Ticks[_tick++ % _s.Ticks.Length]));
            command();
        }

        private string Text() => _s.Texts[_text++ % _s.Texts.Length];

        private int Choose(int count) => _s.Choices[_choice++ % _s.Choices.Length] % count;

        private PersonId SomeMember() => _members[Choose(_members.Count)].Id;

        private PersonId SomeoneOnTeam() => Choose(_members.Count + 1) is var i && i == _members.Count ? _leader : _members[i].Id;

        private List<T> Pick<T>(List<T> items, int min, int max)
        {
            var count = Math.Min(items.Count, min + Choose(max - min + 1));
            var pool = items.ToList();
            var picked = new List<T>();
            for (var i = 0; i < count; i++)
            {
                var at = Choose(pool.Count);
                picked.Add(pool[at]);
                pool.RemoveAt(at);
            }

            return picked;
        }

        private MeetingAgenda Agenda()
        {
            var start = (Today.PlusDays(3 + Choose(20)) + new LocalTime(8 + Choose(8), 15 * Choose(4))).InZoneLeniently(Process.TimeZone);
            var items = new List<AgendaItem>();
            foreach (var section in new[] { AgendaSection.Introduction, AgendaSection.Discussion, AgendaSection.SummaryAndEvaluation })
            {
                for (var i = Choose(2); i >= 0; i--)
                {
                    items.Add(new AgendaItem(section, Text(), 5 + Choose(60)));
                }
            }

            return new MeetingAgenda(start, items);
        }

        /// <summary>Splits people into groups of two or three; a lone person is grouped with the leader.</summary>
        private List<MeetingGroup> Groups(List<PersonId> people)
        {
            var pool = people.OrderBy(_ => Choose(1000)).ToList();
            if (pool.Count < 2)
            {
                pool.Add(_leader);
            }

            var groups = new List<MeetingGroup>();
            while (pool.Count > 0)
            {
                var size = pool.Count is 2 or 3 ? pool.Count : pool.Count == 4 ? 2 : 2 + Choose(2);
                groups.Add(new MeetingGroup(pool.Take(size)));
                pool.RemoveRange(0, size);
            }

            return groups;
        }

        private ActionDraft Draft(bool complete)
            => new(
                Text(),
                Choose(2) == 0 ? null : Text(),
                complete || Choose(2) == 0 ? SomeoneOnTeam() : null,
                complete || Choose(2) == 0 ? Today.PlusDays(10 + Choose(200)) : null,
                Choose(2) == 0);
    }

    private sealed class StopException : Exception;
}

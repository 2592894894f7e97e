using ForBedring.Meetings;
using ForBedring.Process;
using ForBedring.Prompts;
using ForBedring.Results;
using NodaTime;

namespace ForBedring.Benchmarks.Persistence;

/// <summary>
/// A realistic process for the per-request benchmark: a leader and 10 members, every member's homework handed in,
/// the meeting under way at B3 (each leader shares): 58 answers and 30 history entries.
/// </summary>
internal static class RealisticProcess
{
    public const int MemberCount = 10;

    public static FollowUpProcess Build(IClock clock)
    {
        var leader = new TeamMember(new PersonId("leader"), "Kari Nordmann", new UnitId("klinikk"), "Kirurgisk klinikk");
        var members = Enumerable.Range(1, MemberCount)
            .Select(i => new TeamMember(new PersonId($"m{i}"), $"Leder nummer {i}", new UnitId($"avd-{i}"), $"Avdeling {i} for ortopedi og traumatologi"))
            .ToList();
        var team = new LeadershipTeam(new UnitId("klinikk-lg"), "Ledergruppen, Kirurgisk klinikk", leader, members);
        var p = FollowUpProcess.Start(new ProcessId("klinikk-lg-2026"), "ForBedring 2026", team, leader.Id, clock);
        var l = leader.Id;
        const string Reflection = "Svarprosenten gikk opp, og engasjementet er høyt, men samarbeidsklimaet har falt i to avdelinger – det vil jeg forstå bedre.";

        foreach (var id in new[] { "A1.1", "A1.2", "A1.3" })
        {
            p.AnswerPrompt(l, new PromptId(id), new TextAnswer(Reflection));
        }

        p.CompleteSelfReflection(l);
        p.AnswerPrompt(l, new PromptId("A2.1"), new TopicAreasAnswer([new TopicAreaId("samarbeidsklima"), new TopicAreaId("sikkerhetsklima")]));
        p.CompleteStrategicFocus(l);
        foreach (var id in new[] { "A3.2a", "A3.2b", "A3.2c" })
        {
            p.AnswerPrompt(l, new PromptId(id), new TextAnswer("At alle deler åpent, og at vi blir enige om to felles satsingsområder."));
        }

        p.AnswerPrompt(l, new PromptId("A3.5"), new YesNoAnswer(false));
        var start = new LocalDateTime(2027, 1, 14, 9, 0).InZoneLeniently(p.TimeZone);
        p.PlanAgenda(l, new MeetingAgenda(start,
        [
            new AgendaItem(AgendaSection.Introduction, "B1 og B2", 20),
            new AgendaItem(AgendaSection.Discussion, "B3 Hver leder deler", 60),
            new AgendaItem(AgendaSection.Discussion, "B4 Grupper og plenum", 40),
            new AgendaItem(AgendaSection.SummaryAndEvaluation, "B6 og B7", 20),
        ]));
        p.AssignMeetingRoles(l, members[0].Id, members[1].Id);
        p.CompleteMeetingPlan(l);
        p.SendReports(l, new ReportDistribution("rapport:klinikk", members.ToDictionary(m => m.Id, m => "rapport:" + m.Unit)));
        p.AssignHomework(l, new LocalDate(2027, 1, 12));
        foreach (var member in members)
        {
            p.SubmitHomework(member.Id, new Dictionary<PromptId, Answer>
            {
                [new PromptId("A5.1a")] = new TextAnswer(Reflection),
                [new PromptId("A5.1b")] = new TextAnswer(Reflection),
                [new PromptId("A5.2")] = new TopicAreasAnswer([new TopicAreaId("arbeidsforhold")]),
                [new PromptId("A5.3")] = new TextAnswer(Reflection),
                [new PromptId("A5.4")] = new TextAnswer(Reflection),
            });
        }

        p.CollectHomework(l);
        p.StartMeeting(l);
        p.GiveIntroduction(l);
        p.ShareLeaderReflections(l);
        p.RecordSharing(members[1].Id, members[0].Id);
        if (p.History.Count != 30)
        {
            throw new InvalidOperationException($"The realistic process should have 30 history entries, not {p.History.Count}.");
        }

        return p;
    }
}

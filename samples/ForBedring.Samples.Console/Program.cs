// The ForBedring sample host: one leadership team's whole follow-up cycle, A1 to D5, as an HR portal would run it.
// Every step is one "request": load the process from the store, perform one or more commands, save it with the
// version that was loaded. Run it with no arguments; `--lang nn` or `--lang en` prints nynorsk or English, and
// `--interactive` lets you answer the leader's self-reflection (A1) yourself before the sample answers take over.
using System.Globalization;
using ForBedring;
using ForBedring.Actions;
using ForBedring.Meetings;
using ForBedring.Persistence;
using ForBedring.Process;
using ForBedring.Prompts;
using ForBedring.Results;
using ForBedring.Samples.Console;
using ForBedring.Samples.Console.Commands;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var language = args.SkipWhile(a => a != "--lang").Skip(1).FirstOrDefault() ?? "nb";
if (language is not ("nb" or "nn" or "en"))
{
    Console.Error.WriteLine($"Unknown language '{language}': use nb, nn or en.");
    return 2;
}

var interactive = args.Contains("--interactive");
CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : language + "-NO");
var lang = TextLanguages.Current;

// 1. Register ForBedring. The portal's clock is a simulated one here, so the cycle can span a spring in a second.
var clock = new SampleClock(Instant.FromUtc(2027, 1, 4, 8, 0));
using var services = new ServiceCollection()
    .AddSingleton<IClock>(clock)
    .AddForBedring(options => options.MaxDocumentBytes = 256 * 1024)
    .BuildServiceProvider();
var store = services.GetRequiredService<IFollowUpProcessStore>();
var factory = services.GetRequiredService<FollowUpProcessFactory>();
var serializer = services.GetRequiredService<FollowUpProcessSerializer>();

var team = SampleTeam.Team;
var leader = team.Leader.Id;
var members = team.Members.Select(m => m.Id).ToList();
var processId = new ProcessId("kir-lg-2026");

// 2. HR starts the follow-up for the leadership team and saves it (expected version: null, it is new).
var started = factory.Start(processId, "ForBedring 2026", team, new PersonId("hr.admin"));
await store.SaveAsync(started, expectedVersion: null);
Print.Title($"ForBedring · {team.Name} · {started.Round}");

// 3. A — Preparation. The leader reflects (A1), sets the strategic focus (A2) and plans the meeting (A3).
await Request(p =>
{
    Print.Step(p);
    foreach (var id in new[] { "A1.1", "A1.2", "A1.3" })
    {
        var typed = interactive ? Ask(p.Prompts[new PromptId(id)]) : null;
        if (typed is null)
        {
            Answer(p, leader, id, new TextAnswer(SampleTeam.LeaderAnswers[id]));
        }
        else
        {
            p.AnswerPrompt(leader, new PromptId(id), new TextAnswer(typed));
        }
    }

    p.CompleteSelfReflection(leader);
});

await Request(p =>
{
    Print.Step(p);
    Answer(p, leader, "A2.1", new TopicAreasAnswer([new TopicAreaId("samarbeidsklima"), new TopicAreaId("sikkerhetsklima")]));
    p.CompleteStrategicFocus(leader);
});

await Request(p =>
{
    Print.Step(p);

    // 4. A guard at work: the plan is not complete yet, and the process says exactly why, in the leader's language.
    Print.Refused(() => p.CompleteMeetingPlan(leader));

    foreach (var id in new[] { "A3.2a", "A3.2b", "A3.2c" })
    {
        Answer(p, leader, id, new TextAnswer(SampleTeam.LeaderAnswers[id]));
    }

    Answer(p, leader, "A3.5", new YesNoAnswer(true));
    var oslo = p.TimeZone;
    var start = new LocalDateTime(2027, 1, 14, 9, 0).InZoneLeniently(oslo);
    p.PlanAgenda(leader, new MeetingAgenda(start,
    [
        new AgendaItem(AgendaSection.Introduction, "B1 Innledning og målsetning", 10),
        new AgendaItem(AgendaSection.Introduction, "B2 Lederens refleksjoner", 10),
        new AgendaItem(AgendaSection.Discussion, "B3 Hver leder deler", 45),
        new AgendaItem(AgendaSection.Discussion, "B4 Grupper og plenum", 30),
        new AgendaItem(AgendaSection.Discussion, "B5 Påstart av tiltak", 10),
        new AgendaItem(AgendaSection.SummaryAndEvaluation, "B6 Oppsummering og B7 veien videre", 15),
    ]));
    Print.Line($"   Agenda: {start:yyyy-MM-dd HH:mm} – {p.Agenda!.End:HH:mm}, {p.Agenda.Items.Count} items");

    // A3.4: the leader chairs; someone else keeps time and takes the minutes.
    p.AssignMeetingRoles(leader, timekeeper: members[0], minuteTaker: members[1]);

    // A3.5: groups chosen in advance, so the same people do not always talk together.
    p.FormGroups(leader,
    [
        new MeetingGroup([members[0], members[3], members[6]]),
        new MeetingGroup([members[1], members[4]]),
        new MeetingGroup([members[2], members[5]]),
    ]);
    p.AttachPresentation(leader, "sharepoint:ledergruppe/forbedring-2026.pptx");
    p.CompleteMeetingPlan(leader);
});

// A4 and A5: the reports go out, and each member gets the homework.
await Request(p =>
{
    Print.Step(p);
    p.SendReports(leader, new ReportDistribution("rapport:kir", team.Members.ToDictionary(m => m.Id, m => "rapport:" + m.Unit)));
    p.AssignHomework(leader, new LocalDate(2027, 1, 12));
});

clock.MoveTo(new LocalDateTime(2027, 1, 8, 15, 0));
foreach (var member in members.Take(members.Count - 1))
{
    // Each member hands in their homework in their own request, every question at once (A5.1–A5.4).
    await Request(p =>
    {
        Print.Step(p);
        var homework = new Dictionary<PromptId, Answer>
        {
            [new PromptId("A5.1a")] = new TextAnswer(SampleTeam.HomeworkTexts[0]),
            [new PromptId("A5.1b")] = new TextAnswer(SampleTeam.HomeworkTexts[1]),
            [new PromptId("A5.2")] = new TopicAreasAnswer([new TopicAreaId("arbeidsforhold")]),
            [new PromptId("A5.3")] = new TextAnswer(SampleTeam.HomeworkTexts[2]),
            [new PromptId("A5.4")] = new TextAnswer(SampleTeam.HomeworkTexts[3]),
        };
        p.SubmitHomework(member, homework);
        if (member == members[0])
        {
            foreach (var (id, answer) in homework)
            {
                Print.Answer(p.Prompts[id], team.Find(member)!.Name, answer, lang, NameOf);
            }
        }
    });
}

await Request(p =>
{
    // Per Strand is away on the meeting day: recorded absent, so his homework is not awaited.
    p.RecordAbsence(leader, members[^1]);
    p.CollectHomework(leader);
    Print.Line($"   {team.Members.Count - 1} of {team.Members.Count} members handed in their homework; {team.Find(members[^1])!.Name} is recorded absent.");
});

// 5. B — The read-back meeting, recorded by the minute-taker as it happens.
clock.MoveTo(new LocalDateTime(2027, 1, 14, 9, 0));
var minuteTaker = members[1];
await Request(p =>
{
    p.StartMeeting(leader);
    Print.Step(p);
    p.GiveIntroduction(leader);
    Print.Step(p);
    p.ShareLeaderReflections(leader);
    Print.Step(p);
    foreach (var member in members.Take(members.Count - 1))
    {
        p.RecordSharing(minuteTaker, member);
    }

    p.CompleteSharing(leader);
    Print.Step(p);
    p.CompleteGroupDialogue(leader);
    Print.Step(p);
    Answer(p, minuteTaker, "B4.1", new TextAnswer("Sikkerhetsklimaet på operasjon og samarbeidet i overgangene."));
    Answer(p, minuteTaker, "B4.2", new TextAnswer("Overgangene mellom poliklinikk, operasjon og sengepost."));
    Answer(p, minuteTaker, "B4.3", new YesNoAnswer(true));
    p.CompletePlenaryRound(leader);
    Print.Step(p);
    p.AddAction(minuteTaker, new ActionDraft("Felles rutine for overlevering mellom operasjon og sengepost", crossUnit: true));
    p.CompleteActionKickoff(leader);
    Print.Step(p);
    p.RecordAgreement(minuteTaker, "Samarbeid i overgangene og sikkerhetsklima er våre to felles satsingsområder.");
    p.CompleteSummary(leader);
    Print.Step(p);
    p.AssignFollowUpTask(minuteTaker, new FollowUpTask(members[3], "Lage utkast til overleveringsrutine", new LocalDate(2027, 2, 5)));
    p.ScheduleStatusReviews(leader, [new LocalDate(2027, 2, 11), new LocalDate(2027, 3, 11), new LocalDate(2027, 4, 8)]);
    p.EndMeeting(leader);
});

// 6. C — The action plan: made concrete (C5), resources reviewed (C6), a status reporter chosen (C7), adopted.
await Request(p =>
{
    Print.Step(p);
    var handover = p.Actions[0].Id;
    p.UpdateAction(leader, handover, new ActionDraft(
        "Felles rutine for overlevering mellom operasjon og sengepost",
        "Pilot på to sengeposter; suksess er færre avvik i overleveringen.",
        owner: members[3],
        dueDate: new LocalDate(2027, 5, 1),
        crossUnit: true));
    p.AddAction(members[2], new ActionDraft("Simuleringstrening for anestesi og operasjon", owner: members[2], dueDate: new LocalDate(2027, 6, 1)));
    p.RecordResourceReview(leader, new ResourceReview([SupportResource.QualityAdvisors, SupportResource.SafetyRepresentative], "Kvalitetsrådgiver hjelper med avviksdata."));
    Answer(p, leader, "C4", new TextAnswer(SampleTeam.LeaderAnswers["C4"]));
    Answer(p, minuteTaker, "C7", new PersonAnswer(members[6]));
    p.AdoptActionPlan(leader);
    foreach (var action in p.Actions)
    {
        Print.Line($"   {action.Id}: {action.Title} — {team.Find(action.Owner!.Value)!.Name}, {action.DueDate:yyyy-MM-dd}");
    }
});

// C2, C3: status at the leadership meetings, in a fixed structure, by the status reporter.
clock.MoveTo(new LocalDateTime(2027, 2, 11, 10, 0));
await Request(p =>
{
    Print.Step(p);
    p.RecordStatusReview(members[6], new StatusReview(new LocalDate(2027, 2, 11),
    [
        new ActionStatusUpdate(p.Actions[0].Id, ActionStatus.InProgress, "Utkast klart; pilot starter 1. mars."),
        new ActionStatusUpdate(p.Actions[1].Id, ActionStatus.Planned, "Instruktører er spurt."),
    ]));
    p.BeginTeamDevelopment(leader);
});

// 7. D — Leadership-team development, while the status reviews go on.
clock.MoveTo(new LocalDateTime(2027, 3, 11, 10, 0));
await Request(p =>
{
    Print.Step(p);
    p.RecordStatusReview(leader, new StatusReview(new LocalDate(2027, 3, 11),
    [
        new ActionStatusUpdate(p.Actions[0].Id, ActionStatus.InProgress, "Pilot i gang på to poster."),
        new ActionStatusUpdate(p.Actions[1].Id, ActionStatus.InProgress, "Første trening holdt."),
    ]));
    Answer(p, leader, "D1", new TextAnswer(SampleTeam.LeaderAnswers["D1"]));
    Answer(p, leader, "D2", new TextAnswer(SampleTeam.LeaderAnswers["D2"]));
    Answer(p, leader, "D3", new YesNoAnswer(false));
    foreach (var member in members)
    {
        p.RecordCollaborationCommitment(member, member, "Jeg deler erfaringer fra egen avdeling på hvert ledermøte.");
    }

    p.RecordTeamDevelopment(leader, "Ledergruppen evaluerte sitt eget samarbeid og avtalte en samling i mai.");
    p.CloseCycle(leader);
});

// 8. The result: the history, the saved document, and where the process ended.
var final = await store.LoadAsync(processId) ?? throw new InvalidOperationException("The process vanished from the store.");
Print.Title(lang switch { TextLanguage.English => "History", TextLanguage.Nynorsk => "Historikk", _ => "Historikk" });
foreach (var entry in final.History)
{
    var who = team.Find(entry.By)?.Name ?? entry.By.Value;
    var what = ProcessActions.NameOf(entry.Action).In(lang);
    Print.Line($"  v{entry.Version,-3} {entry.At.InZone(final.TimeZone):yyyy-MM-dd HH:mm}  {who,-14} {what}{(entry.Subject is null ? string.Empty : $" ({entry.Subject})")}");
}

var document = serializer.Serialize(final);
Print.Title("Document");
Print.Line($"  {document.Length:N0} bytes of JSON (schema version {FollowUpProcessSerializer.SchemaVersion}), {final.History.Count} history entries, {final.Answers.Count} answers");
Print.Line($"  Final state: {ProcessSteps.NameOf(final.Step).In(lang)} ({final.Phase}), version {final.Version}");
return 0;

// Reads the leader's own answer to a prompt; blank or the end of input keeps the sample's answer.
string? Ask(Prompt prompt)
{
    Console.Write($"   {prompt.Id} {prompt.Text.In(lang)}{Environment.NewLine}   > ");
    var line = Console.ReadLine();
    if (Console.IsInputRedirected)
    {
        Console.WriteLine(line);
    }

    return string.IsNullOrWhiteSpace(line) ? null : line.Trim();
}

string NameOf(PersonId person) => team.Find(person)?.Name ?? person.Value;

async Task Request(Action<FollowUpProcess> work)
{
    var process = await store.LoadAsync(processId) ?? throw new InvalidOperationException("The process is missing.");
    var loaded = process.Version;
    work(process);
    await store.SaveAsync(process, loaded);
}

void Answer(FollowUpProcess process, PersonId who, string prompt, Answer answer)
{
    var id = new PromptId(prompt);
    process.AnswerPrompt(who, id, answer);
    Print.Answer(process.Prompts[id], team.Find(who)!.Name, answer, lang, NameOf);
}

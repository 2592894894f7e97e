// The ForBedring sample host: one leadership team's whole follow-up cycle, A1 to D5, as an HR portal would run it.
// Every step is one "request": load the process from the store, perform one or more commands, save it with the
// version that was loaded. Run it with no arguments; `--lang nn` or `--lang en` prints nynorsk or English, and
// `--interactive` lets you answer the leader's self-reflection (A1) yourself before the sample answers take over.
using System.Globalization;
using ForBedring;
using ForBedring.Actions;
using ForBedring.Csv;
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

// 2a. The round's results. HR imports the vendor's file and releases it once for the whole hospital, so that no group
//     below the threshold can be shown or derived, also by adding and subtracting figures; every leader's view (A4)
//     is cut from that one release, and the highlights are offered as suggestions when the leaders reflect.
var round = new SurveyRound("ForBedring 2026", "2026");
SurveyResults results;
using (var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "data", "sample-results-2026.csv")))
{
    results = ResultsCsv.Read(file, round);
}

var release = Release.Compute(results);
var hidden = release.Units.Where(u => u.Status != ReleaseStatus.Released).ToList();
Print.Line($"   Results: {release.Units.Count} units, {release.Units.Count - hidden.Count} released (threshold {release.Threshold}); hidden: "
    + string.Join(", ", hidden.Select(u => $"{u.Id} ({u.Status})")));
var view = LeaderView.For(release, leader);
var highlights = Highlights.For(view);
Print.Line($"   {team.Leader.Name}'s view (A4): {view.OwnUnits.Count} units of her own, {view.UnitsAbove.Count} above, {highlights.Items.Count} highlights");

// 3. A — Preparation. The leader reflects (A1), sets the strategic focus (A2) and plans the meeting (A3).
await Request(p =>
{
    Print.Step(p);
    Suggest("A1.2");
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
    // The agenda from the guide's template. Two hours are too short for seven leaders to share and still work in
    // groups: the builder says by how much and offers ready ways out; the leader takes the first.
    var start = new LocalDateTime(2027, 1, 14, 9, 0).InZoneLeniently(p.TimeZone);
    var planned = new AgendaBuilder().BuildFor(members, start, minutes: 120, lang);
    foreach (var problem in planned.Check.Problems)
    {
        Print.Line($"   ✗ {problem.Message.In(lang)}");
    }

    var agenda = planned.Fits ? planned.Agenda : planned.WaysOut[0].Agenda;
    if (!planned.Fits)
    {
        Print.Line($"   → {planned.WaysOut[0].Description.In(lang)}");
    }

    p.PlanAgenda(leader, agenda);
    Print.Line($"   Agenda: {start:yyyy-MM-dd HH:mm} – {p.Agenda!.End:HH:mm}");
    foreach (var item in p.Agenda.Items)
    {
        Print.Line($"     {item.Minutes,3} min  {item.Title}");
    }

    // A3.4: the leader chairs; someone else keeps time and takes the minutes.
    p.AssignMeetingRoles(leader, timekeeper: members[0], minuteTaker: members[1]);

    // A3.5: groups chosen in advance, so the same people do not always talk together.
    //       The planner avoids pairs who sat together in the team's earlier meetings and mixes the units.
    var groups = GroupPlanner.Plan(new GroupPlanRequest(team.Members.Select(m => new GroupMember(m.Id, m.Unit)), GroupSizing.OfSize(3))
    {
        History = p.GroupHistory,
        Seed = 2027,
    });
    p.FormGroups(leader, groups.Meetings[0].Groups);
    Print.Line("   Groups: " + string.Join(" | ", groups.Meetings[0].Groups.Select(g => string.Join(", ", g.Members.Select(NameOf)))));
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
            Suggest("A5.4");
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
    Note(p, AgendaItemKind.Reflections, "Hvorfor har sikkerhetsklimaet falt på operasjon?", ContributionKind.Wondering, leader);
    Print.Step(p);
    foreach (var member in members.Take(members.Count - 1))
    {
        p.RecordSharing(minuteTaker, member);
    }

    Note(p, AgendaItemKind.Sharing, "Flere avdelinger ser de samme travle overgangene.", ContributionKind.Observation, members[0]);
    Note(p, AgendaItemKind.Sharing, "Hva skjer med pasienten mellom poliklinikk og operasjon?", ContributionKind.Question, members[4]);
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
    Note(p, AgendaItemKind.Agreements, "Overgangene er et felles problem som vi løser sammen.", ContributionKind.Conclusion, leader);
    p.RecordAgreement(minuteTaker, "Samarbeid i overgangene og sikkerhetsklima er våre to felles satsingsområder.");
    p.CompleteSummary(leader);
    Print.Step(p);
    p.AssignFollowUpTask(minuteTaker, new FollowUpTask(members[3], "Lage utkast til overleveringsrutine", new LocalDate(2027, 2, 5)));
    p.ScheduleStatusReviews(leader, ReviewSchedule.Every(weeks: 4, first: new LocalDate(2027, 2, 11), count: 3));
    Note(p, AgendaItemKind.Evaluation, "Godt møte: alle kom til orde, og gruppene blandet avdelingene.", ContributionKind.Observation, members[2]);
    p.EndMeeting(leader);

    // The minutes, from what the minute-taker recorded as it happened.
    var minutes = MeetingMinutes.From(p, p.Minutes);
    var sharing = p.Agenda!.Items.ToList().FindIndex(i => i.Kind == AgendaItemKind.Sharing);
    Print.Line($"   Minutes: {minutes.Notes.Count} notes, {minutes.Shared.Count} shared, {minutes.Absent.Count} absent, {minutes.Agreements.Count} agreement(s), "
        + $"reviews {string.Join(", ", minutes.ReviewDates.Select(d => d.ToString("dd.MM", null)))}; the sharing was open before it concluded: {minutes.WasOpenBeforeConcluding(sharing)}");
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
    // C1, B5: the team's shared plan for the cross-unit action, and the anaesthesia department's own plan, each with an
    // area to keep and one to improve, tied to the survey's topic areas.
    var keep = new FocusArea(new FocusAreaId("F1"), FocusAreaKind.Keep, "Høyt engasjement", [new TopicAreaId("engasjement")], []);
    var improve = new FocusArea(new FocusAreaId("F2"), FocusAreaKind.Improve, "Trygge overganger", [new TopicAreaId("samarbeidsklima")], []);
    p.SetActionPlan(leader, new ActionPlan(null, leader, [keep, improve],
    [
        new PlannedAction(handover, "Felles rutine for overlevering mellom operasjon og sengepost", improve.Id, members[3], new LocalDate(2027, 5, 1),
            indicator: new IndicatorId("samarbeidsklima"), successMeasure: "Færre avvik i overleveringen", units: [new UnitId("kir-4"), new UnitId("kir-1")],
            resources: [new ActionResource(ResourceKind.QualityAdvisor), new ActionResource(ResourceKind.SafetyRepresentative)], crossUnit: true),
    ]));
    var simulation = p.Actions[1].Id;
    p.SetActionPlan(leader, new ActionPlan(new UnitId("kir-5"), members[2],
    [
        new FocusArea(new FocusAreaId("F3"), FocusAreaKind.Keep, "Faglig utvikling", [new TopicAreaId("arbeidsforhold")], []),
        new FocusArea(new FocusAreaId("F4"), FocusAreaKind.Improve, "Sikkerhetsklima", [new TopicAreaId("sikkerhetsklima")], [new IndicatorId("sikkerhetsklima")]),
    ],
    [
        new PlannedAction(simulation, "Simuleringstrening for anestesi og operasjon", new FocusAreaId("F4"), members[2], new LocalDate(2027, 6, 1),
            indicator: new IndicatorId("sikkerhetsklima"), successMeasure: "Sikkerhetsklima opp i neste måling"),
    ]));
    foreach (var warning in p.ActionPlans.SelectMany(plan => plan.Actions).SelectMany(a => ActionQualityCheck.Check(a)))
    {
        Print.Line($"   ARK: {warning.Text.In(lang)}");
    }

    Answer(p, leader, "C4", new TextAnswer(SampleTeam.LeaderAnswers["C4"]));
    Answer(p, minuteTaker, "C7", new PersonAnswer(members[6]));
    p.AdoptActionPlan(leader);

    // C4: talking points for Kari's appraisal conversation with Ahmed — his unit's released figures, the focus areas
    // and the actions he owns, never a hidden figure.
    foreach (var point in AppraisalTalkingPoints.For(p, release, members[2]).Points.Take(4))
    {
        Print.Line($"   C4 ↳ {point.Text.In(lang)}");
    }

    foreach (var plan in p.ActionPlans)
    {
        Print.Line($"   {(plan.Unit is { } unit ? "Plan " + unit : "Felles plan")}: "
            + string.Join("; ", plan.Actions.Select(a => $"{a.Title} — {NameOf(a.Owner!.Value)}, {a.DueDate:yyyy-MM-dd}{(a.CrossUnit ? " (på tvers)" : string.Empty)}")));
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

    // The status reporter's fixed structure for today's leadership meeting (C2): per action, and what needs attention.
    Print.Markdown(ActionsMarkdown.Review(p.PrepareStatusReview(new LocalDate(2027, 3, 11)), lang, p.Team));
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

// 8. The next cycle. The 2027 results arrive after a re-organisation. Their previous-round scores re-express the 2026
//    figures over the new units, so they are released only if, together with the 2026 release, they let no group
//    below the threshold be derived; otherwise the new round is released without them. The new process carries the
//    open actions with their history and the team's group history, and reads each action's indicator against the
//    new results; the leader's highlights for the new round mention each of them, offered at A1.1.
var round2027 = new SurveyRound("ForBedring 2027", "2027");
SurveyResults results2027;
using (var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "data", "sample-results-2027.csv")))
{
    results2027 = ResultsCsv.Read(file, round2027);
}

var moves = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "sample-reorganisation-2027.csv")).Skip(1)
    .Select(line => line.Split(','))
    .Select(f => new StaffMove(f[0].Length == 0 ? null : new UnitId(f[0]), f[1].Length == 0 ? null : new UnitId(f[1]), int.Parse(f[2], CultureInfo.InvariantCulture)));
Release release2027;
try
{
    release2027 = Release.ComputeAfterReorganisation(results2027, release, moves);
}
catch (ReleaseRefusedException refused)
{
    Print.Line($"   2027: the previous-round scores on the new units are withheld: with the 2026 release they would reveal "
        + $"{refused.Leaks.Count} group(s) below the threshold (the smallest: {refused.Leaks.Min(l => l.Respondents)} respondent(s)).");
    release2027 = Release.Compute(results2027).WithoutPreviousScores();
}

clock.MoveTo(new LocalDateTime(2028, 1, 3, 8, 0));
var closed = await store.LoadAsync(processId) ?? throw new InvalidOperationException("The process is missing.");
var next = factory.StartNext(closed, new ProcessId("kir-lg-2027"), "ForBedring 2027", new PersonId("hr.admin"), release2027, release);
await store.SaveAsync(next.Process, expectedVersion: null);
Print.Title($"{team.Name} · {next.Process.Round}");
Print.Line($"   Carried over: {string.Join(", ", next.Carried)}; the team's group history: {next.Process.GroupHistory.Count} meeting(s)");
foreach (var cycle in next.Process.TeamMeasuresOverCycles(next.Process.StartedAt.InZone(next.Process.TimeZone).Date))
{
    var m = cycle.Measures;
    Print.Line($"   D1–D5 {cycle.Round} ({cycle.On:yyyy-MM-dd}): cross-unit actions {m.CrossUnitStarted} started, {m.CrossUnitCompleted} done; "
        + $"shared goals on track {m.SharedGoalsOnTrack}/{m.SharedGoals}; {m.MembersShared} shared, {m.MembersReported} reported; {m.MeetingEvaluations} evaluation note(s)");
}

var view2027 = LeaderView.For(release2027, leader);
var carriedHighlights = next.Process.HighlightsFor(view2027, view).SuggestionsFor(new PromptId("A1.1"));
Print.Line($"   {team.Leader.Name}'s highlights for 2027 mention the carried-over actions {carriedHighlights.Count} time(s) (an action per unit it is read for), offered at A1.1:");
foreach (var highlight in carriedHighlights)
{
    Print.Line($"   ↳ A1.1: {highlight.Text.In(lang)}{(highlight.Evidence.Count == 0 ? string.Empty : $" [{string.Join("; ", highlight.Evidence.Select(f => $"{f.Unit} {f.Indicator} {f.Previous:0.0} → {f.Score:0.0}"))}]")}");
}

// 9. The result: the history, the saved document, and where the process ended.
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

// Shows the highlights of the leader's view that suit a prompt (A1.2, A5.1, A5.4), each with its figures.
void Suggest(string prompt)
{
    foreach (var highlight in highlights.SuggestionsFor(new PromptId(prompt)).Take(3))
    {
        Print.Line($"   ↳ {prompt}: {highlight.Text.In(lang)}");
    }
}

// The minute-taker's note against the agenda item of a kind (B2: tagged observation, wondering, question, conclusion).
void Note(FollowUpProcess process, AgendaItemKind kind, string text, ContributionKind contribution, PersonId by)
{
    var index = process.Agenda!.Items.ToList().FindIndex(i => i.Kind == kind);
    process.RecordMinuteNote(minuteTaker, new MinuteNote(Math.Max(index, 0), text, contribution, by));
}

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

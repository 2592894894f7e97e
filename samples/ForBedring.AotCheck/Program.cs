// Published with Native AOT by CI: every trim or AOT warning in the library fails the publish, and running the
// native program exercises the paths that reflection would break — registration, the prompt file, the state
// machine, the JSON document both ways, the store, the diagram.
using System.Text;
using ForBedring;
using ForBedring.Persistence;
using ForBedring.Process;
using ForBedring.Prompts;
using Microsoft.Extensions.DependencyInjection;

const string PromptFile = """
    { "schemaVersion": 1,
      "texts": [ { "id": "A1.1", "english": "What strikes you in this year's results?" } ],
      "prompts": [ { "id": "org.check", "step": "SelfReflection", "audience": "Leader",
                     "answer": { "kind": "YesNo" }, "required": false,
                     "text": { "bokmal": "Sjekk?", "nynorsk": "Sjekk?", "english": "Check?" } } ] }
    """;

using var services = new ServiceCollection()
    .AddForBedring(o => o.PromptFileJson = Encoding.UTF8.GetBytes(PromptFile))
    .BuildServiceProvider();
var factory = services.GetRequiredService<FollowUpProcessFactory>();
var store = services.GetRequiredService<IFollowUpProcessStore>();
var serializer = services.GetRequiredService<FollowUpProcessSerializer>();

var leader = new TeamMember(new PersonId("leader"), "Kari", new UnitId("klinikk"), "Klinikk");
var member = new TeamMember(new PersonId("m1"), "Ola", new UnitId("avd"), "Avdeling");
var process = factory.Start(new ProcessId("aot"), "ForBedring 2026", new LeadershipTeam(new UnitId("lg"), "Ledergruppen", leader, [member]), leader.Id);
Check(process.Prompts.Find(new PromptId("org.check")) is not null, "the prompt file was applied");

foreach (var id in new[] { "A1.1", "A1.2", "A1.3" })
{
    process.AnswerPrompt(leader.Id, new PromptId(id), new TextAnswer("Tanker om resultatene"));
}

process.AnswerPrompt(leader.Id, new PromptId("org.check"), new YesNoAnswer(true));
process.CompleteSelfReflection(leader.Id);
Check(process.Step == ProcessStep.StrategicFocus, "the state machine moved");
Check(!process.CanPerform(ProcessAction.CompleteStrategicFocus, out var reasons) && reasons.Count == 1, "a guard reported its reason");

try
{
    process.StartMeeting(leader.Id);
    Check(false, "a rule rejected the command");
}
catch (ProcessRuleException e)
{
    Check(e.Conditions[0].Code == "process.not-in-step", "the typed rejection");
}

await store.SaveAsync(process, expectedVersion: null);
var loaded = await store.LoadAsync(process.Id) ?? throw new InvalidOperationException("The store lost the process.");
Check(serializer.Serialize(loaded).AsSpan().SequenceEqual(serializer.Serialize(process)), "the document round-trips to the same bytes");

try
{
    serializer.Deserialize("{\"schemaVersion\":1,\"surprise\":true}"u8);
    Check(false, "a bad document was refused");
}
catch (DocumentFormatException e)
{
    Check(e.Path is not null, "the typed document error with its path");
}

Check(ProcessDiagram.ToMermaid().StartsWith("stateDiagram-v2", StringComparison.Ordinal), "the diagram");
Console.WriteLine("AOT check: ok");
return 0;

static void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine("AOT check failed: " + what);
        Environment.Exit(1);
    }
}

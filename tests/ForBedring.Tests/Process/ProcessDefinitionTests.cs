using System.Globalization;
using System.Text;
using ForBedring.Process;
using ForBedring.Prompts;
using ForBedring.Tests.Process.Model;
using ForBedring.Tests.TestSupport;

namespace ForBedring.Tests.Process;

/// <summary>
/// The transition table: checked against the Stateless machine built from it, against the model's independent copy,
/// and against the table in <c>docs/traceability.md</c> (which this test generates).
/// </summary>
public sealed class ProcessDefinitionTests
{
    private const string Docs = "docs/traceability.md";
    private const string Section = "step-action-table";

    [Fact]
    public void Actions_EveryProcessAction_IsDefinedOnce()
    {
        Assert.Equal(Enum.GetValues<ProcessAction>().Order(), ProcessDefinition.Actions.Select(a => a.Action).Order());
        Assert.Equal(38, ProcessDefinition.Actions.Count);
    }

    [Fact]
    public void Actions_Transitions_AreDoneByTheLeaderFromOneStepToTheNext()
    {
        foreach (var move in ProcessDefinition.Actions.Where(a => a.Target is not null))
        {
            Assert.Equal(ActorRole.Leader, move.Role);
            var from = Assert.Single(move.Steps);
            Assert.Equal(from + 1, move.Target);
        }

        // Every step but the last has exactly one way out, so the steps form the guide's sequence.
        var outs = ProcessDefinition.Actions.Where(a => a.Target is not null).Select(a => a.Steps[0]).Order().ToList();
        Assert.Equal(ProcessSteps.All.Where(s => s != ProcessStep.Closed), outs);
    }

    [Fact]
    public void Actions_Table_MatchesTheModelsIndependentTable()
    {
        foreach (var definition in ProcessDefinition.Actions)
        {
            var (role, steps, target) = ProcessModel.Table[definition.Action];
            Assert.Equal(role.ToString(), definition.Role switch
            {
                ActorRole.AnyTeamMember => "Anyone",
                var r => r.ToString(),
            });
            Assert.Equal(target, definition.Target);
            var allowed = ProcessSteps.All.Where(s => ProcessDefinition.IsAllowed(definition.Action, s, PromptCatalog.Default));
            var modelAllowed = ProcessSteps.All.Where(s => ProcessModel.IsAllowed(definition.Action, s));
            Assert.True(allowed.SequenceEqual(modelAllowed), $"{definition.Action}: table [{string.Join(", ", allowed)}], model [{string.Join(", ", modelAllowed)}]");
            if (definition.Action != ProcessAction.AnswerPrompt)
            {
                Assert.Equal(steps.Order(), definition.Steps.Order());
            }
        }
    }

    [Fact]
    public void Create_StatelessMachine_PermitsExactlyTheTablesActionsAtEachStep()
    {
        var step = ProcessStep.SelfReflection;
        var info = ProcessMachine.Create(() => step, s => step = s, static _ => true, PromptCatalog.Default).GetInfo();
        var problems = new List<string>();
        foreach (var s in ProcessSteps.All)
        {
            var state = info.States.Single(x => (MachineState)x.UnderlyingState == (MachineState)s);
            var fromMachine = state.FixedTransitions
                .Select(t => ((ProcessAction)t.Trigger.UnderlyingTrigger, t.IsInternalTransition ? (ProcessStep?)null : (ProcessStep)(MachineState)t.DestinationState.UnderlyingState))
                .OrderBy(x => x.Item1)
                .ToList();
            var fromTable = ProcessDefinition.Actions
                .Where(a => ProcessDefinition.IsAllowed(a.Action, s, PromptCatalog.Default))
                .Select(a => (a.Action, a.Target))
                .OrderBy(x => x.Action)
                .ToList();
            if (!fromMachine.SequenceEqual(fromTable))
            {
                problems.Add($"{s}: machine [{string.Join(", ", fromMachine)}], table [{string.Join(", ", fromTable)}]");
            }

            Assert.Empty(state.DynamicTransitions);
            Assert.Empty(state.IgnoredTriggers);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Create_StatelessMachine_GroupsStepsUnderTheirPhase()
    {
        var step = ProcessStep.SelfReflection;
        var info = ProcessMachine.Create(() => step, s => step = s, static _ => true, PromptCatalog.Default).GetInfo();
        foreach (var s in ProcessSteps.All)
        {
            var state = info.States.Single(x => (MachineState)x.UnderlyingState == (MachineState)s);
            var phase = ProcessSteps.PhaseOf(s);
            if (phase == ProcessPhase.Closed)
            {
                Assert.Null(state.Superstate);
            }
            else
            {
                Assert.Equal((MachineState)(100 + (int)phase), (MachineState)state.Superstate.UnderlyingState);
            }
        }
    }

    [Fact]
    public void Traceability_StepActionTable_IsCurrent()
    {
        var expected = RenderTable();
        if (RepositoryFiles.Updating)
        {
            RepositoryFiles.WriteGenerated(Docs, Section, expected);
        }

        var actual = RepositoryFiles.ReadGenerated(Docs, Section);
        var (start, end) = RepositoryFiles.Markers(Section);
        Assert.True(
            actual == expected,
            $"{Docs} is not current. Put this between {start} and {end} (or run the tests with {RepositoryFiles.UpdateVariable}=1):\n\n{expected}\n");
    }

    /// <summary>The table: one row per step with what can be done there, then one row per action with who, where and what it leads to.</summary>
    internal static string RenderTable()
    {
        var b = new StringBuilder();
        b.Append("### At each step\n\n");
        b.Append("| step | guide | phase | actions (→ the step a transition leads to) |\n");
        b.Append("| --- | --- | --- | --- |\n");
        foreach (var step in ProcessSteps.All)
        {
            var actions = ProcessDefinition.Actions
                .Where(a => ProcessDefinition.IsAllowed(a.Action, step, PromptCatalog.Default))
                .OrderBy(a => a.Target is null ? 0 : 1)
                .ThenBy(a => a.Action)
                .Select(a => a.Target is { } target ? $"`{a.Action}` → `{target}`" : $"`{a.Action}`");
            var list = string.Join(", ", actions);
            b.Append(CultureInfo.InvariantCulture, $"| `{step}` | {Guide(step)} | {ProcessSteps.PhaseOf(step)} | {(list.Length == 0 ? "none: the cycle is over" : list)} |\n");
        }

        b.Append("\n### Each action\n\n");
        b.Append("| action | who | allowed at | leads to | rule checked on the way |\n");
        b.Append("| --- | --- | --- | --- | --- |\n");
        foreach (var a in ProcessDefinition.Actions.OrderBy(a => a.Action))
        {
            var steps = ProcessSteps.All.Where(s => ProcessDefinition.IsAllowed(a.Action, s, PromptCatalog.Default)).Select(s => $"`{s}`");
            var target = a.Target is { } t ? $"`{t}`" : "stays";
            b.Append(CultureInfo.InvariantCulture, $"| `{a.Action}` | {Who(a.Role)} | {string.Join(", ", steps)} | {target} | {a.Guard ?? "—"} |\n");
        }

        return b.ToString().TrimEnd('\n');
    }

    private static string Guide(ProcessStep step) => ProcessSteps.GuideItems(step) is { Length: > 0 } items ? items : "—";

    private static string Who(ActorRole role) => role switch
    {
        ActorRole.Leader => "the leader",
        ActorRole.Recorder => "the leader or the minute-taker",
        ActorRole.AnyTeamMember => "anyone on the team",
        ActorRole.StatusReporter => "the leader or the status reporter (C7)",
        ActorRole.MemberOrLeader => "the member or the leader",
        ActorRole.Respondent => "the prompt's audience",
        _ => role.ToString(),
    };
}

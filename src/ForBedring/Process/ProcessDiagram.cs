using ForBedring.Prompts;
using Stateless.Graph;

namespace ForBedring.Process;

/// <summary>Draws the follow-up process's state machine, generated from the machine itself.</summary>
public static class ProcessDiagram
{
    /// <summary>Draws the steps, grouped by phase, and the transitions between them with the rules that guard them, as a Mermaid state diagram.</summary>
    /// <remarks>Actions that stay within a step (answering prompts, recording sharing …) are left out to keep the diagram readable; <c>docs/traceability.md</c> lists them.</remarks>
    /// <returns>The Mermaid text, starting with <c>stateDiagram-v2</c>.</returns>
    public static string ToMermaid()
    {
        var step = ProcessStep.SelfReflection;
        var machine = ProcessMachine.Create(() => step, s => step = s, static _ => true, PromptCatalog.Default, includeInternal: false);
        return MermaidGraph.Format(machine.GetInfo()).Replace("\r\n", "\n");
    }
}

using ForBedring.Process;
using ForBedring.Tests.TestSupport;

namespace ForBedring.Tests.Process;

/// <summary>The Mermaid diagram: drawn from the machine, and the one in the README is the current one.</summary>
public sealed class ProcessDiagramTests
{
    [Fact]
    public void ToMermaid_ReadmeDiagram_IsCurrent()
    {
        var expected = "```mermaid\n" + ProcessDiagram.ToMermaid().TrimEnd('\n') + "\n```";
        if (RepositoryFiles.Updating)
        {
            RepositoryFiles.WriteGenerated("README.md", "diagram", expected);
        }

        var actual = RepositoryFiles.ReadGenerated("README.md", "diagram");
        var (start, end) = RepositoryFiles.Markers("diagram");
        Assert.True(
            actual == expected,
            $"README.md's diagram is not current. Put this between {start} and {end}:\n\n{expected}\n");
    }

    [Fact]
    public void ToMermaid_EveryTransition_IsDrawnWithItsGuard()
    {
        var diagram = ProcessDiagram.ToMermaid();
        Assert.StartsWith("stateDiagram-v2", diagram, StringComparison.Ordinal);
        foreach (var move in ProcessDefinition.Actions.Where(a => a.Target is not null))
        {
            var line = $"{move.Steps[0]} --> {move.Target} : {move.Action}" + (move.Guard is null ? string.Empty : $" [{move.Guard}]");
            Assert.Contains(line, diagram.Split('\n').Select(l => l.Trim()));
        }
    }

    [Fact]
    public void ToMermaid_ActionsWithinAStep_AreLeftOut()
    {
        var diagram = ProcessDiagram.ToMermaid();
        foreach (var within in ProcessDefinition.Actions.Where(a => a.Target is null))
        {
            Assert.DoesNotContain(": " + within.Action, diagram, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToMermaid_EveryStep_AppearsInItsPhase()
    {
        var lines = ProcessDiagram.ToMermaid().Split('\n').Select(l => l.Trim()).ToList();
        foreach (var step in ProcessSteps.All.Where(s => s != ProcessStep.Closed))
        {
            var at = lines.IndexOf(step.ToString());
            Assert.True(at > 0, $"{step} is not drawn.");
            var phase = lines.Take(at).Last(l => l.StartsWith("state ", StringComparison.Ordinal));
            var expected = ProcessSteps.PhaseOf(step) == ProcessPhase.TeamDevelopment ? "LeadershipTeamDevelopment" : ProcessSteps.PhaseOf(step).ToString();
            Assert.Equal($"state {expected} {{", phase);
        }
    }

    [Fact]
    public void ToMermaid_CalledTwice_GivesTheSameText()
        => Assert.Equal(ProcessDiagram.ToMermaid(), ProcessDiagram.ToMermaid());
}

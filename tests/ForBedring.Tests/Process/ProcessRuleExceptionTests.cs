using ForBedring.Process;
using ForBedring.Tests.TestSupport;

namespace ForBedring.Tests.Process;

/// <summary>The typed rejection: an <see cref="InvalidOperationException"/> that carries the step, the action, the actor and every condition.</summary>
public sealed class ProcessRuleExceptionTests
{
    [Fact]
    public void Constructor_Conditions_AreCarriedAndListedInTheMessage()
    {
        var conditions = new[]
        {
            new UnmetCondition("a.one", "B6", new LocalizedText("Én", "Éin", "One")),
            new UnmetCondition("a.two", null, new LocalizedText("To", "To", "Two")),
        };
        using var scope = new CultureScope("en-GB");

        var e = new ProcessRuleException(ProcessStep.Summary, ProcessAction.CompleteSummary, SampleTeam.Leader, conditions);

        Assert.IsAssignableFrom<InvalidOperationException>(e);
        Assert.Equal((ProcessStep.Summary, ProcessAction.CompleteSummary, SampleTeam.Leader), (e.Step, e.Action, e.Actor));
        Assert.Equal(conditions, e.Conditions);
        Assert.Equal(
            "Cannot complete the summary at the step 'Summary – what did we agree on?':" + Environment.NewLine + "- One" + Environment.NewLine + "- Two",
            e.Message);
    }

    [Fact]
    public void Constructor_NullConditions_ThrowsArgumentNullException()
        => Assert.Throws<ArgumentNullException>(() => new ProcessRuleException(ProcessStep.Summary, ProcessAction.CompleteSummary, SampleTeam.Leader, null!));
}

using ForBedring.Process;

namespace ForBedring.Tests.Process;

/// <summary>What is known about each step: its phase, its guide items, its name in three languages.</summary>
public sealed class ProcessStepsTests
{
    [Fact]
    public void All_Steps_AreEveryStepInTheGuidesOrder()
        => Assert.Equal(Enum.GetValues<ProcessStep>().Order(), ProcessSteps.All);

    [Theory]
    [InlineData(ProcessStep.SelfReflection, ProcessPhase.Preparation, "A1")]
    [InlineData(ProcessStep.Homework, ProcessPhase.Preparation, "A5")]
    [InlineData(ProcessStep.ReadyForMeeting, ProcessPhase.Preparation, "A")]
    [InlineData(ProcessStep.Introduction, ProcessPhase.Meeting, "B1")]
    [InlineData(ProcessStep.WayForward, ProcessPhase.Meeting, "B7")]
    [InlineData(ProcessStep.ActionPlanning, ProcessPhase.ActionDevelopment, "C1, C4–C7")]
    [InlineData(ProcessStep.StatusReviews, ProcessPhase.ActionDevelopment, "C2, C3")]
    [InlineData(ProcessStep.TeamDevelopment, ProcessPhase.TeamDevelopment, "D1–D5")]
    [InlineData(ProcessStep.Closed, ProcessPhase.Closed, "")]
    public void PhaseOfAndGuideItems_Step_AreTheGuides(ProcessStep step, ProcessPhase phase, string items)
    {
        Assert.Equal(phase, ProcessSteps.PhaseOf(step));
        Assert.Equal(items, ProcessSteps.GuideItems(step));
    }

    [Fact]
    public void PhaseOf_Steps_NeverGoBackAPhase()
    {
        var phases = ProcessSteps.All.Select(ProcessSteps.PhaseOf).ToList();
        Assert.Equal(phases.Order(), phases);
    }

    [Fact]
    public void NameOf_EveryStep_HasThreeNonBlankNames()
    {
        foreach (var step in ProcessSteps.All)
        {
            var name = ProcessSteps.NameOf(step);
            Assert.False(string.IsNullOrWhiteSpace(name.Bokmal + name.Nynorsk + name.English));
            Assert.NotEqual(name.Bokmal, name.English);
        }

        Assert.Equal("Planlegg møteregien", ProcessSteps.NameOf(ProcessStep.MeetingPlanning).Bokmal);
    }

    [Fact]
    public void NameOf_UnknownStep_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProcessSteps.NameOf((ProcessStep)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProcessSteps.PhaseOf((ProcessStep)99));
    }
}

using ForBedring.Process;

namespace ForBedring.Tests.Process;

/// <summary>The actions' names, and that each action is a method of the process with the same name.</summary>
public sealed class ProcessActionsTests
{
    [Fact]
    public void All_Actions_AreThe38InEnumOrder()
    {
        Assert.Equal(Enum.GetValues<ProcessAction>().Order(), ProcessActions.All);
        Assert.Equal(38, ProcessActions.All.Count);
    }

    [Fact]
    public void EveryAction_IsAPublicMethodOfFollowUpProcessWithTheSameName()
    {
        var methods = typeof(FollowUpProcess).GetMethods().Select(m => m.Name).ToHashSet();
        Assert.All(ProcessActions.All, a => Assert.Contains(a.ToString(), methods));
    }

    [Fact]
    public void NameOf_EveryAction_HasThreeDistinctNonBlankNames()
    {
        foreach (var action in ProcessActions.All)
        {
            var name = ProcessActions.NameOf(action);
            Assert.False(string.IsNullOrWhiteSpace(name.Bokmal));
            Assert.NotEqual(name.Bokmal, name.English);
        }

        Assert.Equal(ProcessActions.All.Count, ProcessActions.All.Select(a => ProcessActions.NameOf(a).English).Distinct().Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => ProcessActions.NameOf((ProcessAction)99));
    }
}

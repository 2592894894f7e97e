using ForBedring.Meetings;
using ForBedring.Process;
using ForBedring.Tests.TestSupport;

namespace ForBedring.Tests.Meetings;

public sealed class MeetingPlanTests
{
    [Fact]
    public void From_PlannedProcess_ReadsRolesGoalsAndAgenda()
    {
        var p = CycleDriver.StartAt(ProcessStep.MembersSharing);

        var plan = MeetingPlan.From(p);

        Assert.Equal(p.Team.Leader.Id, plan.Chair);
        Assert.Equal(p.Timekeeper, plan.Timekeeper);
        Assert.Equal(p.MinuteTaker, plan.MinuteTaker);
        Assert.Equal(p.Agenda, plan.Agenda);
        Assert.Equal(3, plan.Goals.Count);
        Assert.All(plan.Goals, g => Assert.False(string.IsNullOrWhiteSpace(g)));
        Assert.Empty(plan.RoleProblems());
    }

    [Fact]
    public void RoleProblems_ChairAsTimekeeperAndNoMinuteTaker_AreBothReported()
    {
        var chair = new PersonId("leder");
        var plan = new MeetingPlan(null, chair, chair, null, [null, null, null], null);

        Assert.Equal(["The timekeeper cannot be the chair.", "No minute-taker has been assigned."], plan.RoleProblems().Select(t => t.English).ToArray());
    }
}

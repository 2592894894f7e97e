using ForBedring.Actions;
using ForBedring.Results;
using NodaTime;

namespace ForBedring.Tests.Actions;

public sealed class ActionPlanTests
{
    private static readonly FocusArea Keep = new(new FocusAreaId("F1"), FocusAreaKind.Keep, "Godt samarbeid", [new TopicAreaId("samarbeid")], []);
    private static readonly FocusArea Improve = new(new FocusAreaId("F2"), FocusAreaKind.Improve, "Arbeidsmengde", [], [new IndicatorId("q12")]);

    [Fact]
    public void AdoptionProblems_EmptyPlan_ListsBothAreasAndNoActions()
    {
        var plan = new ActionPlan(new UnitId("med"), new PersonId("leder"), [], []);

        Assert.Equal(
            [ConditionCodes.PlanKeepAreaMissing, ConditionCodes.PlanImproveAreaMissing, ConditionCodes.PlanNoActions],
            plan.AdoptionProblems().Select(c => c.Code));
    }

    [Fact]
    public void AdoptionProblems_ActionWithoutOwnerAndDate_ListsBoth()
    {
        var plan = new ActionPlan(null, new PersonId("leder"), [Keep, Improve], [new PlannedAction(new ActionId("T1"), "Ny turnus", Improve.Id)]);

        Assert.True(plan.IsShared);
        Assert.Equal([ConditionCodes.PlanActionWithoutOwner, ConditionCodes.PlanActionWithoutDueDate], plan.AdoptionProblems().Select(c => c.Code));
    }

    [Fact]
    public void AdoptionProblems_CompletePlan_IsEmpty()
    {
        var plan = new ActionPlan(new UnitId("med"), new PersonId("leder"), [Keep, Improve], [])
            .WithAction(new PlannedAction(new ActionId("T1"), "Ny turnus", Improve.Id, new PersonId("a"), new LocalDate(2027, 5, 1)));

        Assert.Empty(plan.AdoptionProblems());
        Assert.NotNull(plan.FindAction(new ActionId("T1")));
    }

    [Fact]
    public void Constructor_ActionInUnknownFocusArea_Throws()
        => Assert.Throws<ArgumentException>(() => new ActionPlan(null, new PersonId("leder"), [Keep], [new PlannedAction(new ActionId("T1"), "x", new FocusAreaId("F9"))]));

    [Fact]
    public void FocusArea_WithoutTopicAreaOrIndicator_Throws()
        => Assert.Throws<ArgumentException>(() => new FocusArea(new FocusAreaId("F3"), FocusAreaKind.Keep, "x", [], []));

    [Fact]
    public void WithAction_SameId_ReplacesInPlace()
    {
        var plan = new ActionPlan(null, new PersonId("leder"), [Keep, Improve], [new PlannedAction(new ActionId("T1"), "a", Keep.Id), new PlannedAction(new ActionId("T2"), "b", Keep.Id)]);

        var changed = plan.WithAction(new PlannedAction(new ActionId("T1"), "c", Improve.Id));

        Assert.Equal(["c", "b"], changed.Actions.Select(a => a.Title));
        Assert.NotEqual(plan, changed);
    }
}

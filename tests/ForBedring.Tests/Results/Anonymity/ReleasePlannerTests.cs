using ForBedring.Results;

namespace ForBedring.Tests.Results.Anonymity;

public sealed class ReleasePlannerTests
{
    private const UnitDisclosure Released = UnitDisclosure.Released;
    private const UnitDisclosure Below = UnitDisclosure.BelowThreshold;
    private const UnitDisclosure Protects = UnitDisclosure.ProtectsOtherUnit;
    private const UnitDisclosure Withheld = UnitDisclosure.Withheld;

    [Fact]
    public void Plan_ClinicOfTwelveWithOneDepartmentOfNine_HidesTheDepartmentToProtectTheClinicsOwnThree()
    {
        // Clinic 12, its only department 9: clinic − department = 3 people, below 5. One must go; the higher is kept.
        var plan = ReleasePlanner.Plan([-1, 0], [12, 9], 5);

        Assert.Equal([Released, Protects], plan);
    }

    [Fact]
    public void Plan_ClinicWhoseOwnStaffReachTheThreshold_ReleasesBoth()
        => Assert.Equal([Released, Released], ReleasePlanner.Plan([-1, 0], [14, 9], 5));

    [Fact]
    public void Plan_LeadershipTeamBelowThreshold_IsHiddenAndItsLeadersCountInTheClinicsRest()
    {
        // Clinic 30 = department 20 + leadership team 4 + 6 own staff. The team is below 5; the clinic's rest
        // (6 + 4 = 10) is at least 5, so the clinic and the department are released.
        var plan = ReleasePlanner.Plan([-1, 0, 0], [30, 20, 4], 5);

        Assert.Equal([Released, Released, Below], plan);
    }

    [Fact]
    public void Plan_LeadershipTeamIsAllTheRest_HidesOneDepartmentToProtectTheLeaders()
    {
        // Clinic 30 = department 20 + department 6 + leadership team 4: releasing all three units would show the
        // team's 4 as clinic − departments, so one department is hidden: ties go to the lower index.
        var plan = ReleasePlanner.Plan([-1, 0, 0, 0], [30, 20, 6, 4], 5);

        Assert.Equal([Released, Released, Protects, Below], plan);
        Assert.True(DisclosureAudit.CheckTree([-1, 0, 0, 0], [30, 20, 6, 4], plan.Select(d => d == Released).ToArray(), 5).Count == 0);
    }

    [Fact]
    public void Plan_SiblingsLeaveASmallRest_HidesOneSiblingSoTheRestGrows()
    {
        // Enterprise 40 = A 18 + B 20 + 2 own staff. Releasing all three leaves 2; hiding A makes the rest 20.
        var plan = ReleasePlanner.Plan([-1, 0, 0], [40, 18, 20], 5);

        Assert.Equal([Released, Released, Protects], plan);
    }

    [Fact]
    public void Plan_WithheldMiddleUnit_IsTransparent()
    {
        // Clinic 20 → withheld section → department 18: the clinic's rest is 2 (the section's own staff included).
        var plan = ReleasePlanner.Plan([-1, 0, 1], [20, -1, 18], 5);

        Assert.Equal([Released, Withheld, Protects], plan);
    }

    [Fact]
    public void Plan_WithheldRoot_ReleasesTheForestBelow()
    {
        var plan = ReleasePlanner.Plan([-1, 0, 0, 1], [-1, 12, 3, 12], 5);

        Assert.Equal([Withheld, Released, Below, Released], plan);
    }

    [Fact]
    public void Plan_UnitsInAnyOrder_GivesTheSameRelease()
    {
        // The clinic example with the department first.
        Assert.Equal([Protects, Released], ReleasePlanner.Plan([1, -1], [9, 12], 5));
    }

    [Fact]
    public void Plan_ChainOf200000Units_RunsWithoutRecursion()
    {
        const int n = 200_000;
        var parents = new int[n];
        var respondents = new int[n];
        for (var i = 0; i < n; i++)
        {
            parents[i] = i - 1;
            respondents[i] = (n - i) * 5;
        }

        var plan = ReleasePlanner.Plan(parents, respondents, 5);

        Assert.All(plan, d => Assert.Equal(Released, d));
    }

    [Fact]
    public void Plan_ParentOutOfRange_ThrowsNamingTheUnit()
    {
        var e = Assert.Throws<ArgumentException>(() => ReleasePlanner.Plan([-1, 7], [10, 5], 5));
        Assert.Contains("Unit 1", e.Message, StringComparison.Ordinal);
        Assert.Equal("parents", e.ParamName);
    }

    [Fact]
    public void Plan_Cycle_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => ReleasePlanner.Plan([-1, 2, 1], [10, 5, 5], 5));
        Assert.Contains("cycle", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_SelfParent_Throws()
        => Assert.Throws<ArgumentException>(() => ReleasePlanner.Plan([0], [10], 5));

    [Fact]
    public void Plan_ThresholdBelowThree_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => ReleasePlanner.Plan([-1], [10], 2));

    [Fact]
    public void Plan_NegativeRespondentsOtherThanWithheld_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => ReleasePlanner.Plan([-1, 0], [10, -2], 5));
        Assert.Contains("Unit 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ParentWithFewerRespondentsThanItsChildren_ThrowsNamingTheParent()
    {
        // Through a withheld unit: the clinic's 10 are fewer than the department's 12 below it.
        var e = Assert.Throws<ArgumentException>(() => ReleasePlanner.Plan([-1, 0, 1], [10, -1, 12], 5));
        Assert.Contains("Unit 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_LengthsDiffer_Throws()
        => Assert.Throws<ArgumentException>(() => ReleasePlanner.Plan([-1, 0], [10], 5));
}

using ForBedring.Actions;
using ForBedring.Meetings;
using ForBedring.Process;
using ForBedring.Tests.TestSupport;
using NodaTime;

namespace ForBedring.Tests.Process;

/// <summary>Values that hold lists are equal when their items are, as values should be.</summary>
public sealed class ValueEqualityTests
{
    [Fact]
    public void Values_BuiltTwiceFromTheSameParts_AreEqualWithEqualHashCodes()
    {
        var start = new LocalDateTime(2027, 1, 14, 9, 0).InZoneStrictly(TestClock.Oslo);
        var m1 = SampleTeam.Member(1);
        var m2 = SampleTeam.Member(2);
        object[] Build() =>
        [
            new LeadershipTeam(SampleTeam.Default.Unit, SampleTeam.Default.Name, SampleTeam.Default.Leader, SampleTeam.Default.Members.ToList()),
            new MeetingAgenda(start, [new AgendaItem(AgendaSection.Introduction, "Innledning", 10), new AgendaItem(AgendaSection.Discussion, "Diskusjon", 30)]),
            new MeetingGroup([m1, m2]),
            new StatusReview(new LocalDate(2027, 2, 11), [new ActionStatusUpdate(new ActionId("T1"), ActionStatus.InProgress, "I gang")]),
            new ResourceReview([SupportResource.HumanResources, SupportResource.QualityAdvisors], "Med HR"),
            new ReportDistribution("rapport:felles", new Dictionary<PersonId, string> { [m1] = "r1", [m2] = "r2" }),
        ];

        var a = Build();
        var b = Build();

        Assert.All(a.Zip(b), pair =>
        {
            Assert.Equal(pair.First, pair.Second);
            Assert.Equal(pair.First.GetHashCode(), pair.Second.GetHashCode());
        });
    }

    [Fact]
    public void Values_WithOneItemDifferent_AreNotEqual()
    {
        var m1 = SampleTeam.Member(1);
        var m2 = SampleTeam.Member(2);
        var m3 = SampleTeam.Member(3);

        Assert.NotEqual(new MeetingGroup([m1, m2]), new MeetingGroup([m2, m1]));
        Assert.NotEqual(new MeetingGroup([m1, m2]), new MeetingGroup([m1, m3]));
        Assert.NotEqual(
            new ReportDistribution("rapport:felles", new Dictionary<PersonId, string> { [m1] = "r1" }),
            new ReportDistribution("rapport:felles", new Dictionary<PersonId, string> { [m1] = "r2" }));
        Assert.NotEqual(new ResourceReview([SupportResource.HumanResources]), new ResourceReview([SupportResource.QualityAdvisors]));
    }
}

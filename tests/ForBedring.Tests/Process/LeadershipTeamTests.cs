using ForBedring.Process;
using ForBedring.Tests.TestSupport;

namespace ForBedring.Tests.Process;

/// <summary>A leadership team: a leader, 1–60 members, nobody twice.</summary>
public sealed class LeadershipTeamTests
{
    private static readonly TeamMember Leader = SampleTeam.Default.Leader;

    [Fact]
    public void Constructor_SampleTeam_KnowsWhoIsLeaderAndWhoIsMember()
    {
        var team = SampleTeam.Default;

        Assert.True(team.Contains(SampleTeam.Leader));
        Assert.False(team.IsMember(SampleTeam.Leader));
        Assert.True(team.IsMember(SampleTeam.Member(1)));
        Assert.False(team.Contains(SampleTeam.Stranger));
        Assert.Equal([SampleTeam.Leader, .. team.Members.Select(m => m.Id)], team.Everyone);
        Assert.Same(team.Leader, team.Find(SampleTeam.Leader));
        Assert.Same(team.Members[1], team.Find(SampleTeam.Member(2)));
        Assert.Null(team.Find(SampleTeam.Stranger));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(LeadershipTeam.MaxMembers + 1)]
    public void Constructor_NoOrTooManyMembers_ThrowsArgumentException(int count)
    {
        var members = Enumerable.Range(1, count).Select(i => new TeamMember(new PersonId("p" + i), "Navn " + i, new UnitId("u" + i), "Enhet"));

        Assert.Throws<ArgumentException>(() => new LeadershipTeam(new UnitId("lg"), "Ledergruppe", Leader, members));
    }

    [Fact]
    public void Constructor_PersonTwiceOrLeaderAlsoMember_ThrowsArgumentException()
    {
        var m1 = SampleTeam.Default.Members[0];

        Assert.Throws<ArgumentException>(() => new LeadershipTeam(new UnitId("lg"), "Ledergruppe", Leader, [m1, m1]));
        Assert.Throws<ArgumentException>(() => new LeadershipTeam(new UnitId("lg"), "Ledergruppe", Leader, [m1, Leader]));
        Assert.Throws<ArgumentException>(() => new LeadershipTeam(default, "Ledergruppe", Leader, [m1]));
        Assert.Throws<ArgumentNullException>(() => new LeadershipTeam(new UnitId("lg"), "Ledergruppe", null!, [m1]));
    }

    [Fact]
    public void Constructor_MemberList_IsCopied()
    {
        var list = SampleTeam.Default.Members.Take(2).ToList();
        var team = new LeadershipTeam(new UnitId("lg"), "Ledergruppe", Leader, list);

        list.Add(SampleTeam.Default.Members[2]);

        Assert.Equal(2, team.Members.Count);
    }
}

using ForBedring.Process;

namespace ForBedring.Tests.TestSupport;

/// <summary>A sample leadership team: the leader <c>leader</c> and members <c>m1</c> … <c>mN</c>, plus a stranger who is not on it.</summary>
public static class SampleTeam
{
    private static readonly string[] Names =
        ["Ane Berg", "Bjørn Dahl", "Cecilie Eide", "Dag Fjeld", "Eva Gran", "Frode Haug", "Guri Ims", "Hans Juel", "Ingrid Kvam", "Jon Lie"];

    /// <summary>Gets the leader's id.</summary>
    public static PersonId Leader { get; } = new("leader");

    /// <summary>Gets the id of a person who is not on any sample team.</summary>
    public static PersonId Stranger { get; } = new("stranger");

    /// <summary>Gets the default team: the leader and four members.</summary>
    public static LeadershipTeam Default { get; } = Create(4);

    /// <summary>Gets member <paramref name="number"/>'s id (1-based): <c>m1</c>, <c>m2</c> ….</summary>
    /// <param name="number">The member's number.</param>
    /// <returns>The id.</returns>
    public static PersonId Member(int number) => new("m" + number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Creates a team of the leader and <paramref name="members"/> members.</summary>
    /// <param name="members">How many members, 1–10.</param>
    /// <returns>The team.</returns>
    public static LeadershipTeam Create(int members)
    {
        var leader = new TeamMember(Leader, "Kari Nordmann", new UnitId("klinikk"), "Klinikk for psykisk helsevern");
        var list = Enumerable.Range(1, members)
            .Select(i => new TeamMember(Member(i), Names[i - 1], new UnitId("u" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Seksjon " + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        return new LeadershipTeam(new UnitId("ledergruppe"), "Klinikkens ledergruppe", leader, list);
    }
}

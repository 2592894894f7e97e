using ForBedring.Process;

namespace ForBedring.Tests.Process;

/// <summary>A4: the reports sent, kept in a deterministic order.</summary>
public sealed class ReportDistributionTests
{
    [Fact]
    public void Constructor_ReportsInAnyOrder_AreKeptInIdOrderAndCopied()
    {
        var source = new Dictionary<PersonId, string> { [new PersonId("m3")] = "r3", [new PersonId("m1")] = "r1", [new PersonId("m2")] = "r2" };

        var reports = new ReportDistribution("felles", source);
        source.Clear();

        Assert.Equal(["m1", "m2", "m3"], reports.MemberReports.Keys.Select(k => k.Value));
        Assert.Equal("r2", reports.MemberReports[new PersonId("m2")]);
        Assert.Equal("felles", reports.CommonReport);
    }

    [Fact]
    public void Constructor_BlankReferenceOrDefaultPerson_ThrowsArgumentException()
    {
        Assert.ThrowsAny<ArgumentException>(() => new ReportDistribution(" ", new Dictionary<PersonId, string>()));
        Assert.ThrowsAny<ArgumentException>(() => new ReportDistribution("felles", new Dictionary<PersonId, string> { [new PersonId("m1")] = "" }));
        Assert.ThrowsAny<ArgumentException>(() => new ReportDistribution("felles", new Dictionary<PersonId, string> { [default] = "r" }));
        Assert.Throws<ArgumentNullException>(() => new ReportDistribution("felles", null!));
    }
}

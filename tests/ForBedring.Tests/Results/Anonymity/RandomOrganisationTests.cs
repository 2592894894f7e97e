using ForBedring.Results;

namespace ForBedring.Tests.Results.Anonymity;

/// <summary>Keeps the property tests honest: the random organisations do hold every case the properties are about.</summary>
public sealed class RandomOrganisationTests
{
    [Fact]
    public void Create_FiveHundredSeeds_CoverEveryCaseThePropertiesNeed()
    {
        var orgs = Enumerable.Range(0, 500).Select(seed => RandomOrganisation.Create(seed)).ToList();

        Assert.All(orgs, org =>
        {
            Assert.All(Enumerable.Range(0, org.Count), v => Assert.True(org.Parents.Count(p => p == v) <= 8));
            Assert.All(Enumerable.Range(0, org.Count), v => Assert.True(Depth(org, v) <= 5));
        });
        Assert.Contains(orgs, org => org.Respondents[Array.IndexOf(org.Parents, -1)] < 0);
        Assert.Contains(orgs, org => org.Respondents.Where((r, v) => r < 0 && org.Parents[v] >= 0).Any());
        Assert.Contains(orgs, org => Enumerable.Range(0, org.Count).Any(v => org.Own[v] > 0 && org.Parents.Contains(v)));
        Assert.Contains(orgs, org => org.Threshold == 3);
        Assert.Contains(orgs, org => org.Threshold == 7);
        Assert.True(orgs.Count(org => SpanOracle.Blocks(org, org.ThresholdOnly()).Values.Any(b => b > 0 && b < org.Threshold)) > 100);
        Assert.True(orgs.Count(org => ReleasePlanner.Plan(org.Parents, org.Respondents, org.Threshold).Contains(UnitDisclosure.ProtectsOtherUnit)) > 100);
    }

    private static int Depth(RandomOrganisation org, int v)
    {
        var depth = 0;
        for (var u = org.Parents[v]; u >= 0; u = org.Parents[u])
        {
            depth++;
        }

        return depth;
    }
}

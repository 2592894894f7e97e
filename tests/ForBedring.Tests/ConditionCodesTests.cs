using System.Reflection;
using ForBedring.Tests.TestSupport;

namespace ForBedring.Tests;

public sealed class ConditionCodesTests
{
    private static readonly string[] Codes = typeof(ConditionCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Codes_AreDistinctAndGroupedByADot()
    {
        Assert.NotEmpty(Codes);
        Assert.Equal(Codes.Length, Codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(Codes, c => Assert.Matches(@"^[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*$", c));
    }

    [Fact]
    public void Codes_EachIsExplainedInTheTraceabilityDocument()
    {
        var document = File.ReadAllText(RepositoryFiles.PathOf("docs/traceability.md"));

        var missing = Codes.Where(c => !document.Contains('`' + c + '`', StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, "docs/traceability.md does not name: " + string.Join(", ", missing));
    }
}

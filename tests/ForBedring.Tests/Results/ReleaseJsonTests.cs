using System.Text;
using System.Text.Json;
using FsCheck.Xunit;
using ForBedring.Results;
using static ForBedring.Tests.Results.ResultsTestData;

namespace ForBedring.Tests.Results;

public sealed class ReleaseJsonTests
{
    [Fact]
    public void Write_Hospital_HasTheContractShape()
    {
        using var doc = JsonDocument.Parse(ReleaseJson.Write(ReleaseTests.Naive(Hospital())));
        var root = doc.RootElement;
        Assert.Equal(["schemaVersion", "threshold", "units"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(5, root.GetProperty("threshold").GetInt32());
        var units = root.GetProperty("units").EnumerateArray().ToList();
        var hf = units[0];
        Assert.Equal(JsonValueKind.Null, hf.GetProperty("parentId").ValueKind);
        Assert.Equal(["id", "parentId", "leaderId", "released", "respondents", "scores"], hf.EnumerateObject().Select(p => p.Name));
        Assert.Equal(70, hf.GetProperty("scores").GetProperty("engasjement").GetDouble());
        var small = units.Single(u => u.GetProperty("id").GetString() == "kir-b");
        Assert.False(small.GetProperty("released").GetBoolean());
        Assert.Equal("below_threshold", small.GetProperty("reason").GetString());
        Assert.Equal("protects_other_unit", units.Single(u => u.GetProperty("id").GetString() == "hf-lg").GetProperty("reason").GetString());
        Assert.Equal("withheld", units.Single(u => u.GetProperty("id").GetString() == "kir-c").GetProperty("reason").GetString());
    }

    [Property(MaxTest = 200)]
    public void Read_OfWritten_WritesTheSameBytes(int seed)
    {
        var bytes = ReleaseJson.Write(ReleaseTests.Naive(Random(seed)));
        Assert.Equal(bytes, ReleaseJson.Write(ReleaseJson.Read(bytes)));
    }

    [Theory]
    [InlineData("""{"schemaVersion":2,"threshold":5,"units":[{"id":"a","parentId":null,"released":false,"reason":"withheld"}]}""", "$.schemaVersion")]
    [InlineData("""{"schemaVersion":1,"threshold":2,"units":[{"id":"a","parentId":null,"released":false,"reason":"withheld"}]}""", "$.threshold")]
    [InlineData("""{"schemaVersion":1,"threshold":5,"units":[]}""", "$.units")]
    [InlineData("""{"schemaVersion":1,"threshold":5,"units":[{"id":"a","parentId":null,"released":true,"respondents":4,"scores":{}}]}""", "$.units[0].respondents")]
    [InlineData("""{"schemaVersion":1,"threshold":5,"units":[{"id":"a","parentId":null,"released":false,"reason":"shy"}]}""", "$.units[0].reason")]
    [InlineData("""{"schemaVersion":1,"threshold":5,"units":[{"id":"a","parentId":null,"released":false,"reason":"withheld","respondents":9}]}""", "$.units[0]")]
    [InlineData("""{"schemaVersion":1,"threshold":5,"units":[{"id":"a","parentId":null,"released":true,"respondents":9,"scores":{"x":101}}]}""", "$.units[0].scores.x")]
    [InlineData("""{"schemaVersion":1,"threshold":5,"units":[{"id":"a","parentId":"b","released":false,"reason":"withheld"}]}""", "$.units[0].parentId")]
    [InlineData("""{"schemaVersion":1,"threshold":5,"units":[{"id":"a","parentId":null,"released":false,"reason":"withheld"},{"id":"b","parentId":null,"released":false,"reason":"withheld"}]}""", "$.units[1].parentId")]
    [InlineData("""{"schemaVersion":1,"threshold":5,"units":[{"id":"a","parentId":null,"released":false,"reason":"withheld","x":1}]}""", "$.units[0].x")]
    [InlineData("""{"schemaVersion":1,"threshold":5,"units":[{"id":"r","parentId":null,"released":false,"reason":"withheld"},{"id":"a","parentId":"b","released":false,"reason":"withheld"},{"id":"b","parentId":"a","released":false,"reason":"withheld"}]}""", "$.units[1].parentId")]
    public void Read_InvalidRelease_IsRefusedWithItsPath(string json, string path)
        => Assert.Equal(path, Assert.Throws<DocumentFormatException>(() => ReleaseJson.Read(Encoding.UTF8.GetBytes(json))).Path);

    [Fact]
    public void Read_NotJson_IsRefused()
        => Assert.NotNull(Assert.Throws<DocumentFormatException>(() => ReleaseJson.Read(Encoding.UTF8.GetBytes("{"))).LineNumber);
}

using ForBedring.Persistence;
using NodaTime;
using NodaTime.Testing;

namespace ForBedring.Tests.Persistence;

/// <summary>The golden document and helpers shared by the persistence tests.</summary>
public static class PersistenceTestData
{
    /// <summary>Gets the path of a golden document copied beside the test assembly.</summary>
    /// <param name="fileName">The file, such as <c>process-v1.json</c>.</param>
    /// <returns>The full path.</returns>
    public static string GoldenPath(string fileName) => Path.Combine(AppContext.BaseDirectory, "Persistence", "Golden", fileName);

    /// <summary>Gets the schema version 1 golden document's bytes.</summary>
    public static byte[] GoldenV1 { get; } = File.ReadAllBytes(GoldenPath("process-v1.json"));

    /// <summary>Gets the schema version 2 golden document's bytes (made by <see cref="GoldenV2Scenario"/>).</summary>
    public static byte[] GoldenV2 { get; } = File.ReadAllBytes(GoldenPath("process-v2.json"));

    /// <summary>Gets the version 1 golden document loaded and saved again: the same process in schema version 2.</summary>
    public static byte[] GoldenV1AsV2 { get; } = Serializer().Serialize(Serializer().Deserialize(GoldenV1));

    /// <summary>Creates a serializer with a fake clock at the golden process's last instant.</summary>
    /// <param name="maxDocumentBytes">The size limit.</param>
    /// <returns>The serializer.</returns>
    public static FollowUpProcessSerializer Serializer(int maxDocumentBytes = FollowUpProcessSerializer.DefaultMaxDocumentBytes)
        => new(new FakeClock(Instant.FromUtc(2027, 1, 28, 14, 0)), maxDocumentBytes: maxDocumentBytes);

    /// <summary>Gets the golden document as text.</summary>
    public static string GoldenV1Text => System.Text.Encoding.UTF8.GetString(GoldenV1);

    /// <summary>Encodes text as UTF-8.</summary>
    /// <param name="text">The text.</param>
    /// <returns>Its bytes.</returns>
    public static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}

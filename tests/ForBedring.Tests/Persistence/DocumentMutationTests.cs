using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ForBedring.Persistence;
using ForBedring.Process;

namespace ForBedring.Tests.Persistence;

/// <summary>
/// Thousands of damaged copies of the golden document: each one either loads into a process that works (some damage is
/// harmless, such as a changed letter in a text) or is refused with <see cref="DocumentFormatException"/>. No other
/// exception, ever, and nothing that loads may fail later.
/// </summary>
public sealed class DocumentMutationTests
{
    private const int Seed = 20270104;

    private static readonly byte[] Golden = PersistenceTestData.GoldenV1;
    private static readonly FollowUpProcessSerializer Serializer = PersistenceTestData.Serializer();

    private static readonly string[] Replacements =
    [
        "null", "true", "false", "0", "-1", "1.5", "2147483648", "-9223372036854775809", "99999999999999999999999999", "1e400", "-0",
        "\"\"", "\" \"", "\"x\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"2027-13-45\"", "\"2027-01-04T25:00:00Z\"", "\"T999\"",
        "\"Closed\"", "\"leader\"", "\"ola.aasen\"", "\"Europe/Narnia\"", "\"+25:00\"", "[]", "{}", "[null]", "[1,2,3]", "{\"a\":1}", "[\"x\",\"x\"]",
        "\"" + new string('å', 25_000) + "\"",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ByteFlips_LoadOrThrowDocumentFormatException(int version)
    {
        var golden = GoldenOf(version);
        byte[] special = [(byte)'"', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':', (byte)'\\', (byte)'n', (byte)'0', (byte)'9', (byte)'-', (byte)'e', 0x00, 0x7F, 0x80, 0xC3, 0xE2, 0xF0, 0xFF];
        var results = new Results();
        Parallel.For(0, 2_500, i =>
        {
            var random = new Random(Seed + i);
            var bytes = golden.ToArray();
            var at = random.Next(bytes.Length);
            bytes[at] = (i % 3) switch
            {
                0 => (byte)(bytes[at] ^ (1 << random.Next(8))),
                1 => special[random.Next(special.Length)],
                _ => (byte)random.Next(256),
            };
            results.Check(bytes, $"byte {at} set to 0x{bytes[at]:x2}");
        });

        results.AssertAllTyped(minimumMutants: 2_500);
    }

    [Fact]
    public void Truncations_ThrowDocumentFormatException()
    {
        var results = new Results();
        var lengths = new List<int>();
        for (var length = 0; length < Golden.Length; length += length < 300 || length > Golden.Length - 300 ? 1 : 9)
        {
            lengths.Add(length);
        }

        Parallel.ForEach(lengths, length => results.Check(Golden.AsSpan(0, length).ToArray(), $"truncated to {length} bytes"));

        results.AssertAllTyped(minimumMutants: 3_500);
        Assert.Equal(0, results.Loaded);
    }

    [Fact]
    public void InvalidUtf8_LoadsNothingBroken()
    {
        byte[][] sequences = [[0xFF], [0xC3], [0xC3, 0x28], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xF0, 0x9F, 0x98]];
        var results = new Results();
        Parallel.For(0, 600, i =>
        {
            var random = new Random(Seed + 10_000 + i);
            var at = random.Next(Golden.Length);
            var sequence = sequences[i % sequences.Length];
            var bytes = Golden.Take(at).Concat(sequence).Concat(Golden.Skip(at + (i % 2))).ToArray();
            results.Check(bytes, $"invalid UTF-8 {Convert.ToHexString(sequence)} at {at}");
        });

        results.AssertAllTyped(minimumMutants: 600);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void StructuralMutants_LoadOrThrowDocumentFormatException(int version)
    {
        using var document = JsonDocument.Parse(GoldenOf(version));
        var root = document.RootElement;
        var kinds = Emitter.Kinds(root);
        MutationKind[] forObjects = [MutationKind.Replace, MutationKind.RemoveMember, MutationKind.DuplicateMember, MutationKind.AddUnknownMember, MutationKind.RenameMember];
        MutationKind[] forArrays = [MutationKind.Replace, MutationKind.RemoveItem, MutationKind.DuplicateItem, MutationKind.AddNullItem, MutationKind.Reverse];
        var results = new Results();
        Parallel.For(0, kinds.Count, node =>
        {
            var random = new Random(Seed + 20_000 + node);
            var applicable = kinds[node] switch
            {
                JsonValueKind.Object => forObjects,
                JsonValueKind.Array => forArrays,
                _ => [MutationKind.Replace],
            };
            for (var k = 0; k < 2; k++)
            {
                var mutation = new Mutation(applicable[random.Next(applicable.Length)], random.Next(1_000), Replacements[random.Next(Replacements.Length)]);
                var bytes = Emitter.Emit(root, node, mutation);
                results.Check(bytes, $"node {node}: {mutation.Kind} ({mutation.Pick}, {Shorten(mutation.Replacement)})");
            }
        });

        results.AssertAllTyped(minimumMutants: 2_000);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void DuplicateMembers_ThrowDocumentFormatException(int version)
    {
        using var document = JsonDocument.Parse(GoldenOf(version));
        var root = document.RootElement;
        var kinds = Emitter.Kinds(root);
        var objects = Enumerable.Range(0, kinds.Count).Where(n => kinds[n] == JsonValueKind.Object).ToList();
        var results = new Results();
        Parallel.ForEach(objects, node =>
        {
            foreach (var pick in new[] { 0, 1, 3 })
            {
                results.Check(Emitter.Emit(root, node, new Mutation(MutationKind.DuplicateMember, pick, "null")), $"node {node}: member {pick} twice");
            }
        });

        results.AssertAllTyped(minimumMutants: 500);
        Assert.Equal(0, results.Loaded);
    }

    [Fact]
    public void DeepNesting_ThrowsDocumentFormatException()
    {
        var results = new Results();
        var text = PersistenceTestData.GoldenV1Text;
        foreach (var depth in new[] { 31, 32, 33, 64, 65, 1_000, 100_000 })
        {
            var arrays = new string('[', depth) + new string(']', depth);
            var objects = string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
            results.Check(PersistenceTestData.Utf8(text.Replace("\"agreements\": [", "\"agreements\": [" + arrays + ",", StringComparison.Ordinal)), $"arrays {depth} deep in a list");
            results.Check(PersistenceTestData.Utf8(text.Replace("\"presentation\": ", "\"presentation\": " + objects + ", \"x\": ", StringComparison.Ordinal)), $"objects {depth} deep");
            results.Check(PersistenceTestData.Utf8(arrays), $"arrays {depth} deep alone");
            results.Check(PersistenceTestData.Utf8(string.Concat(Enumerable.Repeat("{\"schemaVersion\":", depth)) + "1" + new string('}', depth)), $"schemaVersion {depth} deep");
        }

        results.AssertAllTyped(minimumMutants: 28);
        Assert.Equal(0, results.Loaded);
    }

    private static byte[] GoldenOf(int version) => version == 1 ? Golden : PersistenceTestData.GoldenV2;

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";

    /// <summary>Loads mutants and records what happened; a process that loads is put through its paces.</summary>
    private sealed class Results
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _failures = [];
        private int _count;
        private int _loaded;

        public int Count => _count;

        public int Loaded => _loaded;

        public void Check(byte[] bytes, string description)
        {
            Interlocked.Increment(ref _count);
            FollowUpProcess process;
            try
            {
                process = Serializer.Deserialize(bytes);
            }
            catch (DocumentFormatException e)
            {
                if (string.IsNullOrWhiteSpace(e.Reason) || (e.Path is not null && !e.Path.StartsWith('$')))
                {
                    _failures.Enqueue($"{description}: the error has no reason or a malformed path: {e.Message}");
                }

                return;
            }
            catch (Exception e)
            {
                _failures.Enqueue($"{description}: {e.GetType().Name}: {e.Message}");
                return;
            }

            Interlocked.Increment(ref _loaded);
            try
            {
                Exercise(process);
            }
            catch (Exception e)
            {
                _failures.Enqueue($"{description}: loaded, then failed: {e.GetType().Name}: {e.Message}");
            }
        }

        public void AssertAllTyped(int minimumMutants)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"{Count} mutants: {Loaded} loaded and worked, {Count - Loaded} refused with DocumentFormatException.");
            Assert.True(Count >= minimumMutants, $"Only {Count} mutants; expected at least {minimumMutants}.");
            Assert.True(_failures.IsEmpty, $"{_failures.Count} of {Count} mutants broke the rules, for example:\n" + string.Join("\n", _failures.Take(10)));
        }

        /// <summary>Reads what a host reads and asks what it asks; saves and loads again to the same bytes.</summary>
        private static void Exercise(FollowUpProcess process)
        {
            var saved = Serializer.Serialize(process);
            var again = Serializer.Serialize(Serializer.Deserialize(saved));
            Assert.Equal(saved, again);
            _ = process.AvailableActions;
            _ = process.StatusReporter;
            foreach (var person in process.Team.Everyone)
            {
                _ = process.OpenPromptsFor(person);
                foreach (var action in ProcessActions.All)
                {
                    process.CanPerform(action, person, out _);
                }
            }
        }
    }

    private enum MutationKind
    {
        Replace,
        RemoveMember,
        DuplicateMember,
        AddUnknownMember,
        RenameMember,
        RemoveItem,
        DuplicateItem,
        AddNullItem,
        Reverse,
    }

    private readonly record struct Mutation(MutationKind Kind, int Pick, string Replacement);

    /// <summary>Writes a parsed document back, changing one node (numbered in document order) on the way.</summary>
    private static class Emitter
    {
        private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

        /// <summary>Gets the kind of every node, in the order <see cref="Emit"/> numbers them.</summary>
        public static List<JsonValueKind> Kinds(JsonElement root)
        {
            var kinds = new List<JsonValueKind>();
            Collect(root, kinds);
            return kinds;
        }

        public static byte[] Emit(JsonElement root, int target, Mutation mutation)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, Options))
            {
                var counter = 0;
                Write(root, writer, target, mutation, ref counter);
            }

            return buffer.WrittenSpan.ToArray();
        }

        private static void Collect(JsonElement element, List<JsonValueKind> kinds)
        {
            kinds.Add(element.ValueKind);
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var member in element.EnumerateObject())
                    {
                        Collect(member.Value, kinds);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Collect(item, kinds);
                    }

                    break;
            }
        }

        private static void Write(JsonElement element, Utf8JsonWriter writer, int target, Mutation mutation, ref int counter)
        {
            var here = counter++ == target;
            if (here && mutation.Kind == MutationKind.Replace)
            {
                writer.WriteRawValue(mutation.Replacement, skipInputValidation: true);
                return;
            }

            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var members = element.EnumerateObject().ToList();
                    var pick = members.Count == 0 ? -1 : mutation.Pick % members.Count;
                    writer.WriteStartObject();
                    if (here && mutation.Kind == MutationKind.AddUnknownMember)
                    {
                        writer.WritePropertyName("zzUnknown");
                        writer.WriteRawValue(mutation.Replacement, skipInputValidation: true);
                    }

                    for (var i = 0; i < members.Count; i++)
                    {
                        if (here && i == pick && mutation.Kind == MutationKind.RemoveMember)
                        {
                            continue;
                        }

                        var name = here && i == pick && mutation.Kind == MutationKind.RenameMember
                            ? char.ToUpperInvariant(members[i].Name[0]) + members[i].Name[1..]
                            : members[i].Name;
                        writer.WritePropertyName(name);
                        Write(members[i].Value, writer, target, mutation, ref counter);
                        if (here && i == pick && mutation.Kind == MutationKind.DuplicateMember)
                        {
                            writer.WritePropertyName(name);
                            members[i].Value.WriteTo(writer);
                        }
                    }

                    writer.WriteEndObject();
                    break;
                case JsonValueKind.Array:
                    var items = element.EnumerateArray().ToList();
                    if (here && mutation.Kind == MutationKind.Reverse)
                    {
                        items.Reverse();
                    }

                    var at = items.Count == 0 ? -1 : mutation.Pick % items.Count;
                    writer.WriteStartArray();
                    for (var i = 0; i < items.Count; i++)
                    {
                        if (here && i == at && mutation.Kind == MutationKind.RemoveItem)
                        {
                            continue;
                        }

                        Write(items[i], writer, target, mutation, ref counter);
                        if (here && i == at && mutation.Kind == MutationKind.DuplicateItem)
                        {
                            items[i].WriteTo(writer);
                        }
                    }

                    if (here && mutation.Kind == MutationKind.AddNullItem)
                    {
                        writer.WriteNullValue();
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    element.WriteTo(writer);
                    break;
            }
        }
    }
}

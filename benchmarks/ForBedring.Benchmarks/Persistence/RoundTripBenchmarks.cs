using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ForBedring.Persistence;
using ForBedring.Process;
using NodaTime;

namespace ForBedring.Benchmarks.Persistence;

/// <summary>
/// The portal's per-request round trip: load a process from its JSON document, perform one action, save it again;
/// beside the bare System.Text.Json round trip of the same document (same source-generated context, same writer
/// options) as the baseline. Target: at most 1.25× the baseline's time and 1.5× its allocations.
/// </summary>
/// <remarks>
/// On a shared two-core machine the mean swings with other tenants' load; the Min and Median columns are the steadier
/// estimators to read the time ratio from (noise only ever adds time).
/// </remarks>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class RoundTripBenchmarks
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    private readonly IClock _clock = new FixedClock(Instant.FromUtc(2027, 1, 4, 8, 0));
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private FollowUpProcessSerializer _serializer = null!;
    private byte[] _document = [];
    private FollowUpProcess _loaded = null!;
    private PersonId _minuteTaker;
    private PersonId _nextToShare;

    /// <summary>Builds the realistic process and its document.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var process = RealisticProcess.Build(_clock);
        _serializer = new FollowUpProcessSerializer(_clock);
        _document = _serializer.Serialize(process);
        _loaded = _serializer.Deserialize(_document);
        _minuteTaker = process.MinuteTaker!.Value;
        _nextToShare = process.Team.Members[1].Id;
    }

    /// <summary>Gets the size of the document, for the report.</summary>
    public int DocumentBytes => _document.Length;

    /// <summary>The baseline: deserialize the document and serialize it again with System.Text.Json alone.</summary>
    /// <returns>The document's bytes.</returns>
    [Benchmark(Baseline = true)]
    public byte[] BareJsonRoundTrip()
    {
        var document = JsonSerializer.Deserialize(_document, ProcessDocumentContext.Default.ProcessDocument)!;

        // The same reused buffer as the serializer's, so that neither side pays for growing a fresh one.
        _buffer.Clear();
        using (var writer = new Utf8JsonWriter(_buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, document, ProcessDocumentContext.Default.ProcessDocument);
        }

        return _buffer.WrittenSpan.ToArray();
    }

    /// <summary>Loads the process, records that the next member shared (B3), and saves it.</summary>
    /// <returns>The new document's bytes.</returns>
    [Benchmark]
    public byte[] LoadActSave()
    {
        var process = _serializer.Deserialize(_document);
        process.RecordSharing(_minuteTaker, _nextToShare);
        return _serializer.Serialize(process);
    }

    /// <summary>Part of the round trip: loading alone.</summary>
    /// <returns>The loaded process.</returns>
    [Benchmark]
    public FollowUpProcess Load() => _serializer.Deserialize(_document);

    /// <summary>Part of the round trip: loading and the one action, without saving.</summary>
    /// <returns>The process.</returns>
    [Benchmark]
    public FollowUpProcess LoadAct()
    {
        var process = _serializer.Deserialize(_document);
        process.RecordSharing(_minuteTaker, _nextToShare);
        return process;
    }

    /// <summary>Part of the round trip: saving alone, a loaded process.</summary>
    /// <returns>The document's bytes.</returns>
    [Benchmark]
    public byte[] Save() => _serializer.Serialize(_loaded);

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}

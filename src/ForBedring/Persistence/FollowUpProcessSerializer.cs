using System.Text.Json;
using ForBedring.Internal;
using ForBedring.Process;
using ForBedring.Prompts;
using ForBedring.Results;
using NodaTime;
using static ForBedring.Persistence.DocumentFormats;

namespace ForBedring.Persistence;

/// <summary>
/// Saves a follow-up process as one JSON document and loads it again, strictly: a document that is not exactly a saved
/// process of a schema version this library reads is refused with a <see cref="DocumentFormatException"/> that says what
/// is wrong and where, and nothing is loaded.
/// </summary>
/// <remarks>
/// <para>
/// The document is UTF-8 JSON, indented by two spaces with <c>\n</c> line ends, letters such as æ, ø and å written as
/// they are. It starts with <c>schemaVersion</c>; every member is always written (null where there is no value), in a
/// fixed order, except that an answer has only the member its kind uses; lists keep the process's order. So the same
/// process always gives the same bytes. Members are read by name, so a store that reorders them (PostgreSQL's
/// <c>jsonb</c>, for one) does no harm. Instants are ISO 8601 in UTC
/// (<c>2027-01-14T08:00:00Z</c>), dates <c>2027-01-14</c>, time zones TZDB ids, enums their member names.
/// </para>
/// <para>
/// Reading refuses: input over <see cref="MaxDocumentBytes"/> (before parsing), anything but one JSON object (empty input,
/// invalid UTF-8, comments, trailing commas or text after the object), nesting deeper than 32, unknown, duplicate or
/// missing members, null where a value is required, wrong JSON types and numbers out of range, invalid identifiers,
/// dates, instants, offsets, time-zone ids and enum names, values the domain's constructors reject, a
/// <c>schemaVersion</c> other than 1 or <see cref="SchemaVersion"/> (version 1 documents load with empty plans, minutes
/// and group history, and are saved as version 2), and documents whose fields contradict each other (a
/// version that is not the history's length, people who are not on the team, an action numbered beyond the action
/// sequence, and so on). A UTF-8 byte-order mark at the start is allowed.
/// </para>
/// <para>Thread-safe: one instance can serve every request.</para>
/// </remarks>
public sealed class FollowUpProcessSerializer
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int SchemaVersion = 2;

    /// <summary>The oldest schema version this library still reads (the golden files of every released version load forever).</summary>
    internal const int OldestSchemaVersion = 1;

    /// <summary>The default largest document accepted: 1 MiB, far above a real process (tens of kilobytes).</summary>
    public const int DefaultMaxDocumentBytes = 1024 * 1024;

    private readonly IClock _clock;
    private readonly PromptCatalog _prompts;
    private readonly TopicAreaCatalog _topicAreas;

    /// <summary>Creates a serializer.</summary>
    /// <param name="clock">The clock that loaded processes date their history with.</param>
    /// <param name="prompts">The prompts loaded processes ask; <see cref="PromptCatalog.Default"/> when null.</param>
    /// <param name="topicAreas">The survey's topic areas; <see cref="TopicAreaCatalog.ForBedring"/> when null.</param>
    /// <param name="maxDocumentBytes">The largest document, in bytes, that is written or read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDocumentBytes"/> is not positive.</exception>
    public FollowUpProcessSerializer(IClock clock, PromptCatalog? prompts = null, TopicAreaCatalog? topicAreas = null, int maxDocumentBytes = DefaultMaxDocumentBytes)
    {
        _clock = Guard.NotNull(clock, nameof(clock));
        if (maxDocumentBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDocumentBytes), maxDocumentBytes, "The size limit must be positive.");
        }

        _prompts = prompts ?? PromptCatalog.Default;
        _topicAreas = topicAreas ?? TopicAreaCatalog.ForBedring;
        MaxDocumentBytes = maxDocumentBytes;
    }

    /// <summary>Gets the largest document, in bytes, that is written or read.</summary>
    public int MaxDocumentBytes { get; }

    /// <summary>Saves a process as a JSON document.</summary>
    /// <param name="process">The process.</param>
    /// <returns>The document in UTF-8; the same process always gives the same bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="process"/> is null.</exception>
    /// <exception cref="ArgumentException">The process's time zone (or its meeting's) is not a TZDB zone, so it could not be read back.</exception>
    /// <exception cref="InvalidOperationException">The document would be larger than <see cref="MaxDocumentBytes"/>, so it could not be read back.</exception>
    public byte[] Serialize(FollowUpProcess process)
    {
        Guard.NotNull(process, nameof(process));
        var buffer = DocumentBuffer.Rent();
        try
        {
            var writer = buffer.Writer(ProcessDocumentJsonWriter.Options);
            ProcessDocumentJsonWriter.Write(writer, process.State);
            writer.Flush();

            if (buffer.WrittenCount > MaxDocumentBytes)
            {
                throw new InvalidOperationException(Invariant(
                    $"The process '{process.Id}' makes a document of {buffer.WrittenCount} bytes, more than the limit of {MaxDocumentBytes}; it was not saved, since it could not be read back."));
            }

            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            DocumentBuffer.Return(buffer);
        }
    }

    /// <summary>Saves a process as a JSON document to a stream.</summary>
    /// <param name="process">The process.</param>
    /// <param name="destination">The stream to write to; written at its position and not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The process's time zone (or its meeting's) is not a TZDB zone.</exception>
    /// <exception cref="InvalidOperationException">The document would be larger than <see cref="MaxDocumentBytes"/>; nothing is written.</exception>
    /// <exception cref="IOException">The stream could not be written.</exception>
    public void Serialize(FollowUpProcess process, Stream destination)
    {
        Guard.NotNull(destination, nameof(destination));
        var bytes = Serialize(process);
        destination.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Loads a process from a JSON document.</summary>
    /// <param name="utf8Json">The document in UTF-8.</param>
    /// <returns>The process, independent of the input.</returns>
    /// <exception cref="DocumentFormatException">The document is too large or is not a valid saved process; nothing is loaded.</exception>
    public FollowUpProcess Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length > MaxDocumentBytes)
        {
            throw TooLarge(utf8Json.Length);
        }

        if (utf8Json.Length >= 3 && utf8Json[0] == 0xEF && utf8Json[1] == 0xBB && utf8Json[2] == 0xBF)
        {
            utf8Json = utf8Json.Slice(3);
        }

        ProcessDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, ProcessDocumentContext.Default.ProcessDocument);
        }
        catch (JsonException e)
        {
            // A document of another schema version usually fails on its new members first; say what really is wrong.
            throw VersionProblem(utf8Json) ?? new DocumentFormatException(ReasonOf(e), e.Path ?? "$", e.LineNumber, e.BytePositionInLine, e);
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException or FormatException or OverflowException)
        {
            // The reader reports some malformed input (invalid UTF-8 inside a string, for one) this way.
            throw new DocumentFormatException("The document is not valid JSON in UTF-8: " + e.Message, null, innerException: e);
        }

        if (document is null)
        {
            throw new DocumentFormatException("The document is null; it must be an object.", "$");
        }

        if (document.SchemaVersion is < OldestSchemaVersion or > SchemaVersion)
        {
            throw UnsupportedVersion(document.SchemaVersion);
        }

        ProcessState state;
        try
        {
            state = ProcessDocumentReader.Read(document);
        }
        catch (DocumentProblem problem)
        {
            throw problem.ToFormatException();
        }
        catch (ArgumentException e)
        {
            throw DocumentProblem.From(e).ToFormatException();
        }

        return FollowUpProcess.FromState(state, _clock, _prompts, _topicAreas);
    }

    /// <summary>Loads a process from a JSON document in a stream.</summary>
    /// <param name="source">The stream, read from its position; at most <see cref="MaxDocumentBytes"/> + 1 bytes are read. It is not closed.</param>
    /// <returns>The process.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="DocumentFormatException">The document is too large (found before it is parsed) or is not a valid saved process.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public FollowUpProcess Deserialize(Stream source)
    {
        Guard.NotNull(source, nameof(source));
        var buffer = NewBuffer(source);
        var length = 0;
        while (true)
        {
            Grow(ref buffer, length);
            var read = source.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (length > MaxDocumentBytes)
            {
                throw TooLarge(null);
            }
        }

        return Deserialize(new ReadOnlySpan<byte>(buffer, 0, length));
    }

    /// <summary>Reads a whole document from a stream, refusing it as soon as it is over the limit.</summary>
    internal async Task<ArraySegment<byte>> ReadAsync(Stream source, CancellationToken cancellationToken)
    {
        var buffer = NewBuffer(source);
        var length = 0;
        while (true)
        {
            Grow(ref buffer, length);
#if NET
            var read = await source.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
#else
            var read = await source.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false);
#endif
            if (read == 0)
            {
                break;
            }

            length += read;
            if (length > MaxDocumentBytes)
            {
                throw TooLarge(null);
            }
        }

        return new ArraySegment<byte>(buffer, 0, length);
    }

    /// <summary>Reads the <c>version</c> of a saved document without loading it: what a store's version check needs.</summary>
    /// <exception cref="DocumentFormatException">The document is not well-formed JSON or has no numeric top-level version.</exception>
    internal static long ReadVersion(ReadOnlySpan<byte> utf8Json)
        => ScanTopLevel(utf8Json, "version"u8, out var version) == ScanResult.Found
            ? version
            : throw new DocumentFormatException("The stored document is not well-formed JSON with a numeric version.", "$.version");

    private static DocumentFormatException? VersionProblem(ReadOnlySpan<byte> utf8Json)
        => ScanTopLevel(utf8Json, "schemaVersion"u8, out var version) switch
        {
            ScanResult.Found when version is < OldestSchemaVersion or > SchemaVersion => UnsupportedVersion(version),
            ScanResult.Absent => new DocumentFormatException(
                Invariant($"The document has no schemaVersion, so it is not a saved follow-up process; this library reads schema version {SchemaVersion}."),
                "$.schemaVersion"),
            _ => null,
        };

    private static DocumentFormatException UnsupportedVersion(long version)
        => new(
            Invariant($"The document has schema version {version}; this version of ForBedring reads schema versions {OldestSchemaVersion} to {SchemaVersion}. A newer document needs a newer ForBedring."),
            "$.schemaVersion");

    /// <summary>Finds a numeric member of the top-level object, checking that the whole input is well-formed JSON.</summary>
    private static ScanResult ScanTopLevel(ReadOnlySpan<byte> utf8Json, ReadOnlySpan<byte> name, out long value)
    {
        value = 0;
        var found = ScanResult.Absent;
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = ProcessDocumentContext.MaxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return ScanResult.Unreadable;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var match = found == ScanResult.Absent && reader.ValueTextEquals(name);
                reader.Read();
                if (match)
                {
                    found = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out value) ? ScanResult.Found : ScanResult.Unreadable;
                }

                reader.Skip();
            }

            // The root object has ended; anything after it but white space makes Read throw.
            return reader.TokenType == JsonTokenType.EndObject && !reader.Read() ? found : ScanResult.Unreadable;
        }
        catch (JsonException)
        {
            return ScanResult.Unreadable;
        }
    }

    private static string ReasonOf(JsonException e)
    {
        // The serializer appends "Path: … | LineNumber: … | BytePositionInLine: …", which the exception carries as data.
        var message = e.Message;
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (at < 0)
        {
            at = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        message = (at > 0 ? message.Substring(0, at) : message).Replace(typeof(ProcessDocument).Namespace + ".", string.Empty);

        // The serializer's sentences name the internal document classes; say the same in the document's terms. An
        // unknown wording (a newer System.Text.Json) is kept as it is.
        if (message.StartsWith("The JSON value could not be converted to ", StringComparison.Ordinal))
        {
            message = "The value has the wrong JSON type or is out of range.";
        }
        else if (message.Contains("doesn't allow null values"))
        {
            message = "The value is null, which is not allowed here.";
        }
        else if (After(message, "was missing required properties including: ") is { } missing)
        {
            message = "Required members are missing: " + missing;
        }
        else if (Between(message, "The JSON property '", "' could not be mapped") is { } unknown)
        {
            message = $"The member '{unknown}' is not known here.";
        }
        else if (Between(message, "Duplicate property '", "' encountered") is { } duplicate)
        {
            message = $"The member '{duplicate}' occurs twice.";
        }

        // Invalid UTF-8 or an unpaired surrogate inside a string comes as a conversion failure with the reason inside.
        return e.InnerException is { } inner and not JsonException ? message + " " + inner.Message : message;

        static string? After(string text, string marker)
            => text.IndexOf(marker, StringComparison.Ordinal) is var i and >= 0 ? text.Substring(i + marker.Length) : null;

        static string? Between(string text, string start, string end)
            => text.StartsWith(start, StringComparison.Ordinal) && text.IndexOf(end, start.Length, StringComparison.Ordinal) is var i and >= 0
                ? text.Substring(start.Length, i - start.Length)
                : null;
    }

    private DocumentFormatException TooLarge(long? size)
        => new(
            size is null
                ? Invariant($"The document is larger than the limit of {MaxDocumentBytes} bytes; it was not read.")
                : Invariant($"The document has {size} bytes, more than the limit of {MaxDocumentBytes}; it was not read."),
            null);

    private byte[] NewBuffer(Stream source)
    {
        if (source.CanSeek)
        {
            var remaining = Math.Max(0, source.Length - source.Position);
            if (remaining > MaxDocumentBytes)
            {
                throw TooLarge(remaining);
            }

            return new byte[remaining + 1];
        }

        return new byte[Math.Min(MaxDocumentBytes + 1L, 16 * 1024)];
    }

    private void Grow(ref byte[] buffer, int length)
    {
        // Never more than the limit plus one byte, which is enough to tell that a stream is too long.
        if (length == buffer.Length)
        {
            Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, MaxDocumentBytes + 1L));
        }
    }

    private enum ScanResult
    {
        Unreadable,
        Absent,
        Found,
    }
}

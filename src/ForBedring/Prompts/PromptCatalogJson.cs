using System.Globalization;
using System.Text.Json;
using ForBedring.Internal;
using ForBedring.Process;

namespace ForBedring.Prompts;

/// <summary>
/// Reads an organisation's prompt file: new wording for the built-in prompts and prompts of its own, in JSON, so
/// that an organisation can adapt the questions without code.
/// </summary>
/// <remarks>
/// <para>The file (UTF-8, schema version 1; see <c>docs/prompt-file.md</c>):</para>
/// <code language="json">
/// {
///   "schemaVersion": 1,
///   "texts": [
///     { "id": "A1.1", "english": "What do you make of this year's results?" }
///   ],
///   "prompts": [
///     {
///       "id": "org.sikkerhetsrunder",
///       "step": "MeetingPlanning",
///       "audience": "Leader",
///       "answer": { "kind": "YesNo" },
///       "required": false,
///       "text": { "bokmal": "...", "nynorsk": "...", "english": "..." }
///     }
///   ]
/// }
/// </code>
/// <list type="bullet">
/// <item><description><c>schemaVersion</c> (required): 1.</description></item>
/// <item><description><c>texts</c> (optional): each entry names an <c>id</c> of a prompt in the catalogue the file is
/// applied to and gives one or more of <c>bokmal</c>, <c>nynorsk</c>, <c>english</c>; the languages not given keep
/// their wording. An id may appear once.</description></item>
/// <item><description><c>prompts</c> (optional): each entry adds a prompt. <c>id</c> (1–64 ASCII letters, digits,
/// <c>. _ - :</c>; not an id the catalogue has, not twice); <c>step</c>: a <see cref="ProcessStep"/> name other than
/// <c>Closed</c>; <c>audience</c>: <c>Leader</c>, <c>EachMember</c> or <c>WholeTeam</c>; <c>answer.kind</c>: an
/// <see cref="AnswerKind"/> name; <c>answer.minChoices</c> (default 0) and <c>answer.maxChoices</c> (required, 1–100)
/// only for <c>TopicAreas</c>, <c>Indicators</c> and <c>Units</c>; <c>answer.allowNobody</c> only for <c>Person</c>;
/// <c>required</c> (default <see langword="true"/>: the step cannot be completed until it is answered); <c>text</c>
/// with all three languages. Added prompts are asked at their step, after the catalogue's own.</description></item>
/// </list>
/// <para>Reading is strict: names are case-sensitive; unknown or duplicate members, comments, trailing commas, nulls
/// and values of the wrong JSON type are errors; texts must be non-blank, at most 20,000 characters. Input larger
/// than the size limit is refused before it is parsed. Every problem is reported in one
/// <see cref="PromptCatalogJsonException"/>, and a file with any problem changes nothing.</para>
/// </remarks>
public static class PromptCatalogJson
{
    /// <summary>The schema version this library reads and writes.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The default size limit of a prompt file: 1 MiB, far more than the built-in catalogue's 10 KiB.</summary>
    public const int DefaultMaxBytes = 1024 * 1024;

    /// <summary>The deepest nesting the format needs is 4; anything much deeper is refused by the reader.</summary>
    internal const int MaxDepth = 16;

    private static readonly Dictionary<string, ProcessStep> Steps = Names(ProcessStep.SelfReflection, ProcessStep.Closed - 1);
    private static readonly Dictionary<string, PromptAudience> Audiences = Names(PromptAudience.Leader, PromptAudience.WholeTeam);
    private static readonly Dictionary<string, AnswerKind> Kinds = Names(AnswerKind.FreeText, AnswerKind.Date);

    /// <summary>Applies a prompt file, given as UTF-8 bytes, to a catalogue.</summary>
    /// <param name="utf8Json">The file's content in UTF-8; a byte-order mark is allowed.</param>
    /// <param name="catalog">The catalogue to apply it to; <see cref="PromptCatalog.Default"/> when null.</param>
    /// <param name="maxBytes">The largest input accepted, in bytes.</param>
    /// <returns>A new catalogue with the file's texts and prompts.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is not positive.</exception>
    /// <exception cref="PromptCatalogJsonException">The file is too large or not a valid prompt file; every problem is listed.</exception>
    public static PromptCatalog Parse(ReadOnlySpan<byte> utf8Json, PromptCatalog? catalog = null, int maxBytes = DefaultMaxBytes)
    {
        CheckMaxBytes(maxBytes);
        if (utf8Json.Length > maxBytes)
        {
            throw TooLarge(utf8Json.Length, maxBytes);
        }

        return Apply(utf8Json, catalog ?? PromptCatalog.Default);
    }

    /// <summary>Reads a prompt file from a stream and applies it to a catalogue.</summary>
    /// <param name="utf8Json">The stream, read from its current position to its end; UTF-8, a byte-order mark is allowed. It is not closed.</param>
    /// <param name="catalog">The catalogue to apply it to; <see cref="PromptCatalog.Default"/> when null.</param>
    /// <param name="maxBytes">The largest input accepted, in bytes; reading stops as soon as the stream is longer.</param>
    /// <returns>A new catalogue with the file's texts and prompts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is not positive.</exception>
    /// <exception cref="PromptCatalogJsonException">The file is too large or not a valid prompt file; every problem is listed.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static PromptCatalog Load(Stream utf8Json, PromptCatalog? catalog = null, int maxBytes = DefaultMaxBytes)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        CheckMaxBytes(maxBytes);
        if (utf8Json.CanSeek && utf8Json.Length - utf8Json.Position > maxBytes)
        {
            throw TooLarge(utf8Json.Length - utf8Json.Position, maxBytes);
        }

        // One byte more than the limit is enough to know the stream is too long; arrays end just below 2 GiB.
        var capacity = (int)Math.Min(maxBytes + 1L, 0x7FFFFFC7);
        var buffer = new byte[Math.Min(capacity, 64 * 1024)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length == capacity)
                {
                    throw TooLarge(null, maxBytes);
                }

                Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, capacity));
            }

            var read = utf8Json.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (length > maxBytes)
            {
                throw TooLarge(null, maxBytes);
            }
        }

        return Apply(new ReadOnlySpan<byte>(buffer, 0, length), catalog ?? PromptCatalog.Default);
    }

    private static PromptCatalog Apply(ReadOnlySpan<byte> utf8Json, PromptCatalog catalog)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (utf8Json.StartsWith(bom))
        {
            utf8Json = utf8Json.Slice(bom.Length);
        }

        PromptFileDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, PromptCatalogJsonContext.Default.PromptFileDocument);
        }
        catch (JsonException e)
        {
            throw new PromptCatalogJsonException([new DocumentFormatException(ReasonOf(e), e.Path ?? "$", e.LineNumber, e.BytePositionInLine, e)]);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // The reader reports some malformed input (invalid UTF-8 inside a string, for one) this way.
            throw new PromptCatalogJsonException([new DocumentFormatException("The prompt file is not valid JSON in UTF-8: " + e.Message, null, innerException: e)]);
        }

        if (document is null)
        {
            throw new PromptCatalogJsonException([new DocumentFormatException("The prompt file is null; it must be an object.", "$")]);
        }

        var problems = new List<DocumentFormatException>();
        var result = Check(document, catalog, problems);
        if (problems.Count > 0)
        {
            throw new PromptCatalogJsonException(problems);
        }

        return result!;
    }

    /// <summary>Checks the whole document, collecting every problem, and builds the new catalogue only when there is none.</summary>
    private static PromptCatalog? Check(PromptFileDocument document, PromptCatalog catalog, List<DocumentFormatException> problems)
    {
        if (document.SchemaVersion is null)
        {
            problems.Add(Problem($"The schema version is missing; it must be {SchemaVersion}.", "$.schemaVersion"));
        }
        else if (document.SchemaVersion != SchemaVersion)
        {
            // The rest of a file of another version cannot be judged by this version's rules.
            problems.Add(Problem($"The schema version {document.SchemaVersion} is not supported; this library reads version {SchemaVersion}.", "$.schemaVersion"));
            return null;
        }

        var texts = CheckTexts(document.Texts, catalog, problems);
        var added = CheckPrompts(document.Prompts, catalog, problems);
        if (problems.Count > 0)
        {
            return null;
        }

        var prompts = catalog.Prompts
            .Select(p => texts.TryGetValue(p.Id, out var text) ? new Prompt(p.Id, p.Step, p.Audience, p.Answer, text(p.Text), p.Required) : p)
            .Concat(added);
        return new PromptCatalog(prompts);
    }

    private static Dictionary<PromptId, Func<LocalizedText, LocalizedText>> CheckTexts(List<PromptTextsEntry?>? entries, PromptCatalog catalog, List<DocumentFormatException> problems)
    {
        var result = new Dictionary<PromptId, Func<LocalizedText, LocalizedText>>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < (entries?.Count ?? 0); i++)
        {
            var path = Invariant($"$.texts[{i}]");
            var entry = entries![i];
            if (entry is null)
            {
                problems.Add(Problem("An entry of texts is null; it must be an object.", path));
                continue;
            }

            var before = problems.Count;
            var id = CheckId(entry.Id, path + ".id", problems);
            if (id is { } known)
            {
                if (seen.TryGetValue(known.Value, out var first))
                {
                    problems.Add(Problem(Invariant($"The prompt '{known}' has its texts given twice; first at $.texts[{first}]."), path + ".id"));
                }
                else
                {
                    seen.Add(known.Value, i);
                    if (catalog.Find(known) is null)
                    {
                        problems.Add(Problem($"The catalogue has no prompt '{known}' whose texts to override; an added prompt gives its texts under prompts[].text.", path + ".id"));
                    }
                }
            }

            if (entry.Bokmal is null && entry.Nynorsk is null && entry.English is null)
            {
                problems.Add(Problem("The entry gives no text; give at least one of bokmal, nynorsk, english.", path));
            }

            CheckText(entry.Bokmal, path + ".bokmal", required: false, problems);
            CheckText(entry.Nynorsk, path + ".nynorsk", required: false, problems);
            CheckText(entry.English, path + ".english", required: false, problems);
            if (problems.Count == before && id is { } valid)
            {
                var (bokmal, nynorsk, english) = (entry.Bokmal, entry.Nynorsk, entry.English);
                result[valid] = old => new LocalizedText(bokmal ?? old.Bokmal, nynorsk ?? old.Nynorsk, english ?? old.English);
            }
        }

        return result;
    }

    private static List<Prompt> CheckPrompts(List<PromptEntry?>? entries, PromptCatalog catalog, List<DocumentFormatException> problems)
    {
        var result = new List<Prompt>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < (entries?.Count ?? 0); i++)
        {
            var path = Invariant($"$.prompts[{i}]");
            var entry = entries![i];
            if (entry is null)
            {
                problems.Add(Problem("An entry of prompts is null; it must be an object.", path));
                continue;
            }

            var before = problems.Count;
            var id = CheckId(entry.Id, path + ".id", problems);
            if (id is { } known)
            {
                if (seen.TryGetValue(known.Value, out var first))
                {
                    problems.Add(Problem(Invariant($"The prompt id '{known}' is added twice; first at $.prompts[{first}]."), path + ".id"));
                }
                else
                {
                    seen.Add(known.Value, i);
                    if (catalog.Find(known) is not null)
                    {
                        problems.Add(Problem($"The prompt id '{known}' is already in the catalogue; an added prompt needs an id of its own (override a prompt's wording under texts).", path + ".id"));
                    }
                }
            }

            var step = CheckName(entry.Step, Steps, "step", path + ".step", problems);
            var audience = CheckName(entry.Audience, Audiences, "audience", path + ".audience", problems);
            var answer = CheckAnswer(entry.Answer, path + ".answer", problems);
            var text = CheckTexts(entry.Text, path + ".text", problems);
            if (problems.Count == before)
            {
                result.Add(new Prompt(id!.Value, step!.Value, audience!.Value, answer!, text!, entry.Required ?? true));
            }
        }

        return result;
    }

    private static AnswerSpec? CheckAnswer(PromptAnswerEntry? entry, string path, List<DocumentFormatException> problems)
    {
        if (entry is null)
        {
            problems.Add(Problem("The answer is missing; it must give at least its kind.", path));
            return null;
        }

        var before = problems.Count;
        var kind = CheckName(entry.Kind, Kinds, "answer kind", path + ".kind", problems);
        if (kind is not { } k)
        {
            return null;
        }

        var isChoice = k is AnswerKind.TopicAreas or AnswerKind.Indicators or AnswerKind.Units;
        if (isChoice)
        {
            var min = entry.MinChoices ?? 0;
            if (min is < 0 or > 100)
            {
                problems.Add(Problem(Invariant($"minChoices is {min}; it must be from 0 to 100."), path + ".minChoices"));
            }

            if (entry.MaxChoices is not { } max)
            {
                problems.Add(Problem($"maxChoices is missing; a choice of {k} needs the most items it may have (1 to 100).", path));
            }
            else if (max is < 1 or > 100)
            {
                problems.Add(Problem(Invariant($"maxChoices is {max}; it must be from 1 to 100."), path + ".maxChoices"));
            }
            else if (max < min)
            {
                problems.Add(Problem(Invariant($"maxChoices is {max}, fewer than minChoices ({min})."), path + ".maxChoices"));
            }
        }
        else
        {
            if (entry.MinChoices is not null)
            {
                problems.Add(Problem($"minChoices is given, but only a choice (TopicAreas, Indicators, Units) has it, not {k}.", path + ".minChoices"));
            }

            if (entry.MaxChoices is not null)
            {
                problems.Add(Problem($"maxChoices is given, but only a choice (TopicAreas, Indicators, Units) has it, not {k}.", path + ".maxChoices"));
            }
        }

        if (entry.AllowNobody is not null && k != AnswerKind.Person)
        {
            problems.Add(Problem($"allowNobody is given, but only a Person answer has it, not {k}.", path + ".allowNobody"));
        }

        return problems.Count == before
            ? new AnswerSpec(k, isChoice ? entry.MinChoices ?? 0 : 0, isChoice ? entry.MaxChoices!.Value : 0, entry.AllowNobody ?? false)
            : null;
    }

    private static LocalizedText? CheckTexts(PromptTextEntry? entry, string path, List<DocumentFormatException> problems)
    {
        if (entry is null)
        {
            problems.Add(Problem("The text is missing; an added prompt needs bokmal, nynorsk and english.", path));
            return null;
        }

        var ok = CheckText(entry.Bokmal, path + ".bokmal", required: true, problems);
        ok &= CheckText(entry.Nynorsk, path + ".nynorsk", required: true, problems);
        ok &= CheckText(entry.English, path + ".english", required: true, problems);
        return ok ? new LocalizedText(entry.Bokmal!, entry.Nynorsk!, entry.English!) : null;
    }

    private static bool CheckText(string? text, string path, bool required, List<DocumentFormatException> problems)
    {
        if (text is null)
        {
            if (required)
            {
                problems.Add(Problem("The text is missing.", path));
            }

            return !required;
        }

        if (Guard.TextProblem(text) is { } problem)
        {
            problems.Add(Problem(problem, path));
            return false;
        }

        return true;
    }

    private static PromptId? CheckId(string? id, string path, List<DocumentFormatException> problems)
    {
        if (id is null)
        {
            problems.Add(Problem("The prompt id is missing.", path));
            return null;
        }

        if (!Guard.IsIdentifier(id))
        {
            problems.Add(Problem($"The prompt id \"{Guard.Shorten(id)}\" is not valid; it must be 1 to 64 ASCII letters, digits, '.', '_', '-' or ':'.", path));
            return null;
        }

        return new PromptId(id);
    }

    private static T? CheckName<T>(string? name, Dictionary<string, T> names, string what, string path, List<DocumentFormatException> problems)
        where T : struct
    {
        if (name is null)
        {
            problems.Add(Problem($"The {what} is missing; it must be one of {string.Join(", ", names.Keys)}.", path));
            return null;
        }

        if (!names.TryGetValue(name, out var value))
        {
            problems.Add(Problem($"The {what} \"{Guard.Shorten(name)}\" is not known; it must be one of {string.Join(", ", names.Keys)} (names are case-sensitive).", path));
            return null;
        }

        return value;
    }

    private static Dictionary<string, T> Names<T>(T first, T last)
        where T : struct, Enum
    {
        var names = new Dictionary<string, T>(StringComparer.Ordinal);
        for (var i = Convert.ToInt32(first, CultureInfo.InvariantCulture); i <= Convert.ToInt32(last, CultureInfo.InvariantCulture); i++)
        {
            var value = (T)Enum.ToObject(typeof(T), i);
            names.Add(value.ToString(), value);
        }

        return names;
    }

    /// <summary>Says what the reader found wrong in the file's own terms, not in those of the types it reads into.</summary>
    private static string ReasonOf(JsonException e)
    {
        // The serializer appends "Path: … | LineNumber: … | BytePositionInLine: …", which the exception carries as data.
        var message = e.Message;
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (at < 0)
        {
            at = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        message = at > 0 ? message.Substring(0, at) : message;
        var member = MemberOf(e.Path);
        if (message.Contains("could not be mapped to any .NET member"))
        {
            return $"The member '{member}' is not part of the prompt file format (names are case-sensitive).";
        }

        if (message.StartsWith("Duplicate property", StringComparison.Ordinal))
        {
            return $"The member '{member}' is given more than once.";
        }

        if (message.Contains("null") && message.Contains("setting null"))
        {
            return "The value is null; leave the member out or give a value.";
        }

        if (e.InnerException is InvalidOperationException or ArgumentException && e.InnerException.Message.Contains("UTF"))
        {
            return "The text is not valid Unicode: it has an invalid UTF-8 sequence or an unpaired surrogate.";
        }

        const string ConvertedTo = "could not be converted to ";
        var converted = message.IndexOf(ConvertedTo, StringComparison.Ordinal);
        if (converted >= 0)
        {
            var type = message.Substring(converted + ConvertedTo.Length);
            var expected = type.Contains("Int32") ? "a whole number"
                : type.Contains("Boolean") ? "true or false"
                : type.Contains("System.String") ? "a string"
                : type.Contains("List`1") ? "an array"
                : "an object";
            return $"The value is of the wrong type; it must be {expected}.";
        }

        return message.Replace(" which is not supported in this mode. Change the reader options.", "; trailing commas are not allowed.");
    }

    private static string MemberOf(string? path)
    {
        if (path is null)
        {
            return "$";
        }

        if (path.EndsWith("']", StringComparison.Ordinal))
        {
            // A name the path writes in brackets ($['a b']); the name itself may hold "['", so fall back to the path.
            var open = path.IndexOf("['", StringComparison.Ordinal);
            return open < 0 || open + 2 > path.Length - 2 ? path : path.Substring(open + 2, path.Length - open - 4);
        }

        var dot = path.LastIndexOf('.');
        return dot < 0 ? path : path.Substring(dot + 1);
    }

    private static void CheckMaxBytes(int maxBytes)
    {
        if (maxBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxBytes), maxBytes, "The size limit must be positive.");
        }
    }

    private static PromptCatalogJsonException TooLarge(long? size, int maxBytes)
        => new([Problem(
            size is null
                ? Invariant($"The prompt file is larger than the limit of {maxBytes} bytes; it was not read.")
                : Invariant($"The prompt file has {size} bytes, more than the limit of {maxBytes}; it was not read."),
            null)]);

    private static DocumentFormatException Problem(string reason, string? path) => new(reason, path);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text.Json;

namespace ForBedring.Meetings;

/// <summary>Reads an organisation's agenda template from JSON (see <c>docs/meetings.md</c>).</summary>
/// <remarks>
/// <code language="json">
/// {
///   "schemaVersion": 1,
///   "name": "Sykehusets mal",
///   "items": [
///     { "section": "Introduction", "kind": "Goals", "minutes": 5, "weight": 0,
///       "title": { "bokmal": "Mål", "nynorsk": "Mål", "english": "Goals" } }
///   ]
/// }
/// </code>
/// <para><c>schemaVersion</c> (1), <c>name</c> and <c>items</c> (1–60) are required. Each item: <c>section</c>
/// (<see cref="AgendaSection"/> name), <c>kind</c> (<see cref="AgendaItemKind"/> name, default <c>Custom</c>),
/// <c>minutes</c> (1–240), <c>weight</c> (0–100, default 1), <c>title</c> with all three languages. Reading is strict:
/// names are case-sensitive; unknown or duplicate members, comments, trailing commas, nulls and values of the wrong
/// type are errors; items must come in the parts' order with at most one B3 item. Every problem is reported at once
/// in an <see cref="AgendaTemplateJsonException"/>.</para>
/// </remarks>
public static class AgendaTemplateJson
{
    /// <summary>The schema version this library reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The largest template file accepted: 256 KiB.</summary>
    public const int MaxBytes = 256 * 1024;

    private static readonly Dictionary<string, AgendaSection> Sections = NamesOf<AgendaSection>(3);
    private static readonly Dictionary<string, AgendaItemKind> Kinds = NamesOf<AgendaItemKind>(12);

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    /// <summary>Reads a template from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <returns>The template.</returns>
    /// <exception cref="AgendaTemplateJsonException">The file is too large or not a valid template; every problem is listed.</exception>
    public static AgendaTemplate Parse(ReadOnlyMemory<byte> utf8Json)
    {
        if (utf8Json.Length > MaxBytes)
        {
            throw new AgendaTemplateJsonException([new DocumentFormatException($"The file has {utf8Json.Length} bytes; at most {MaxBytes} are read.", null)]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, Options);
        }
        catch (JsonException e)
        {
            throw new AgendaTemplateJsonException([new DocumentFormatException("The file is not valid JSON: " + e.Message, e.Path ?? "$", e.LineNumber, e.BytePositionInLine, e)]);
        }

        using (document)
        {
            var problems = new List<DocumentFormatException>();
            var template = Read(document.RootElement, problems);
            if (problems.Count > 0 || template is null)
            {
                throw new AgendaTemplateJsonException(problems);
            }

            return template;
        }
    }

    /// <summary>Reads a template from JSON text.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="AgendaTemplateJsonException">The file is too large or not a valid template; every problem is listed.</exception>
    public static AgendaTemplate Parse(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        return Parse(new ReadOnlyMemory<byte>(System.Text.Encoding.UTF8.GetBytes(json)));
    }

    private static AgendaTemplate? Read(JsonElement root, List<DocumentFormatException> problems)
    {
        var members = Members(root, "$", ["schemaVersion", "name", "items"], ["schemaVersion", "name", "items"], problems);
        if (members is null)
        {
            return null;
        }

        if (members.TryGetValue("schemaVersion", out var version) && Int(version, "$.schemaVersion", 1, 1, problems) is null)
        {
            // Reported by Int.
        }

        string? name = members.TryGetValue("name", out var n) ? Text(n, "$.name", 200, problems) : null;
        var items = new List<AgendaTemplateItem>();
        var itemsOk = false;
        if (members.TryGetValue("items", out var list))
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                problems.Add(new("The value must be an array.", "$.items"));
            }
            else
            {
                itemsOk = true;
                var i = 0;
                foreach (var element in list.EnumerateArray())
                {
                    var item = ReadItem(element, $"$.items[{i.ToString(CultureInfo.InvariantCulture)}]", problems);
                    if (item is null)
                    {
                        itemsOk = false;
                    }
                    else
                    {
                        items.Add(item);
                    }

                    i++;
                }
            }
        }

        if (itemsOk)
        {
            var problem = AgendaTemplate.ProblemOf(items);
            if (problem is not null)
            {
                problems.Add(new(problem, "$.items"));
            }
        }

        return problems.Count == 0 && name is not null ? new AgendaTemplate(name, items) : null;
    }

    private static AgendaTemplateItem? ReadItem(JsonElement element, string path, List<DocumentFormatException> problems)
    {
        var before = problems.Count;
        var members = Members(element, path, ["section", "kind", "minutes", "weight", "title"], ["section", "minutes", "title"], problems);
        if (members is null)
        {
            return null;
        }

        var section = members.TryGetValue("section", out var s) ? Name(s, path + ".section", Sections, problems) : null;
        var kind = members.TryGetValue("kind", out var k) ? Name(k, path + ".kind", Kinds, problems) : AgendaItemKind.Custom;
        var minutes = members.TryGetValue("minutes", out var m) ? Int(m, path + ".minutes", 1, 240, problems) : null;
        var weight = members.TryGetValue("weight", out var w) ? Int(w, path + ".weight", 0, 100, problems) : 1;
        LocalizedText? title = null;
        if (members.TryGetValue("title", out var t))
        {
            var texts = Members(t, path + ".title", ["bokmal", "nynorsk", "english"], ["bokmal", "nynorsk", "english"], problems);
            if (texts is not null)
            {
                var nb = texts.TryGetValue("bokmal", out var a) ? Text(a, path + ".title.bokmal", 500, problems) : null;
                var nn = texts.TryGetValue("nynorsk", out var b) ? Text(b, path + ".title.nynorsk", 500, problems) : null;
                var en = texts.TryGetValue("english", out var c) ? Text(c, path + ".title.english", 500, problems) : null;
                title = nb is null || nn is null || en is null ? null : new LocalizedText(nb, nn, en);
            }
        }

        return problems.Count == before && section is not null && kind is not null && minutes is not null && weight is not null && title is not null
            ? new AgendaTemplateItem(section.Value, kind.Value, title, minutes.Value, weight.Value)
            : null;
    }

    private static Dictionary<string, JsonElement>? Members(JsonElement element, string path, string[] known, string[] required, List<DocumentFormatException> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new("The value must be an object.", path));
            return null;
        }

        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(known, property.Name) < 0)
            {
                problems.Add(new($"Unknown member '{property.Name}'.", path + "." + property.Name));
            }
            else if (members.ContainsKey(property.Name))
            {
                problems.Add(new($"The member '{property.Name}' is given twice.", path + "." + property.Name));
            }
            else
            {
                members[property.Name] = property.Value;
            }
        }

        foreach (var name in required)
        {
            if (!members.ContainsKey(name))
            {
                problems.Add(new($"The member '{name}' is required.", path + "." + name));
            }
        }

        return members;
    }

    private static int? Int(JsonElement element, string path, int min, int max, List<DocumentFormatException> problems)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var value))
        {
            problems.Add(new("The value must be a whole number.", path));
            return null;
        }

        if (value < min || value > max)
        {
            problems.Add(new($"The value must be from {min} to {max}; got {value}.", path));
            return null;
        }

        return value;
    }

    private static string? Text(JsonElement element, string path, int maxLength, List<DocumentFormatException> problems)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            problems.Add(new("The value must be a string.", path));
            return null;
        }

        var text = element.GetString()!;
        var problem = Internal.Guard.TextProblem(text, maxLength);
        if (problem is not null)
        {
            problems.Add(new(problem, path));
            return null;
        }

        return text;
    }

    private static T? Name<T>(JsonElement element, string path, Dictionary<string, T> names, List<DocumentFormatException> problems)
        where T : struct, Enum
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            problems.Add(new("The value must be a string.", path));
            return null;
        }

        var text = element.GetString()!;
        if (names.TryGetValue(text, out var value))
        {
            return value;
        }

        problems.Add(new($"Unknown name '{text}'; expected one of {string.Join(", ", names.Keys)}.", path));
        return null;
    }

    private static Dictionary<string, T> NamesOf<T>(int count)
        where T : struct, Enum
        => Enumerable.Range(0, count).Select(i => (T)(object)i).ToDictionary(v => v.ToString(), v => v, StringComparer.Ordinal);
}

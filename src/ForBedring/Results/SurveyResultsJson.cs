using System.Globalization;
using System.Text.Json;

namespace ForBedring.Results;

/// <summary>
/// Reads and writes survey results as JSON (schema version 1, documented in <c>docs/results.md</c>). Reading is
/// strict: unknown or repeated properties, wrong types and every rule of <see cref="SurveyResults"/> are reported,
/// all at once, with their JSON paths.
/// </summary>
public static class SurveyResultsJson
{
    /// <summary>The schema version this class reads and writes.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 16 };

    /// <summary>Reads survey results from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The results.</returns>
    /// <exception cref="SurveyResultsException">The document is not valid; every problem is listed.</exception>
    public static SurveyResults Read(ReadOnlyMemory<byte> utf8Json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, DocumentOptions);
        }
        catch (JsonException e)
        {
            var kind = utf8Json.Length == 0 ? ResultsProblemKind.EmptyFile : ResultsProblemKind.Malformed;
            throw new SurveyResultsException([new ResultsProblem(kind, kind == ResultsProblemKind.EmptyFile ? "The document is empty." : "The document is not valid JSON.")
            {
                Line = (int?)e.LineNumber + 1,
                Column = (int?)e.BytePositionInLine + 1,
            }]);
        }

        using (document)
        {
            return new Reader().Read(document.RootElement);
        }
    }

    /// <summary>Reads survey results from a stream of UTF-8 JSON.</summary>
    /// <param name="stream">The stream, read to its end.</param>
    /// <returns>The results.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="SurveyResultsException">The document is not valid; every problem is listed.</exception>
    public static SurveyResults Read(Stream stream)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Read(new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Writes survey results as indented UTF-8 JSON.</summary>
    /// <param name="results">The results.</param>
    /// <returns>The document's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    public static byte[] Write(SurveyResults results)
    {
        if (results is null)
        {
            throw new ArgumentNullException(nameof(results));
        }

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", SchemaVersion);
            w.WriteStartObject("round");
            w.WriteString("name", results.Round.Name);
            w.WriteString("period", results.Round.Period);
            w.WriteNumber("scoreThreshold", results.Round.ScoreThreshold);
            w.WriteNumber("freeTextThreshold", results.Round.FreeTextThreshold);
            w.WriteEndObject();
            w.WriteStartArray("units");
            for (var i = 0; i < results.Units.Count; i++)
            {
                var unit = results.Units[i];
                var result = results.Results[i];
                w.WriteStartObject();
                w.WriteString("id", unit.Id.Value);
                w.WriteString("name", unit.Name);
                WriteNullable(w, "parentId", unit.ParentId?.Value);
                w.WriteString("kind", UnitKindNames.NameOf(unit.Kind));
                WriteNullable(w, "leaderId", unit.Leader?.Value);
                w.WriteNumber("invited", result.Invited);
                if (result.Respondents is { } r)
                {
                    w.WriteNumber("respondents", r);
                }
                else
                {
                    w.WriteNull("respondents");
                }

                w.WriteStartArray("scores");
                foreach (var score in result.Scores)
                {
                    w.WriteStartObject();
                    w.WriteString("indicator", score.Indicator.Value);
                    w.WriteNumber("score", score.Score);
                    if (score.Previous is { } p)
                    {
                        w.WriteNumber("previous", p);
                    }
                    else
                    {
                        w.WriteNull("previous");
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private sealed class Reader
    {
        private readonly List<ResultsProblem> _problems = [];

        public SurveyResults Read(JsonElement root)
        {
            var props = Properties(root, "$", ["schemaVersion", "round", "units"], ["schemaVersion", "round", "units"]);
            if (props is null)
            {
                throw new SurveyResultsException(_problems);
            }

            if (props.TryGetValue("schemaVersion", out var version) && (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != SchemaVersion))
            {
                Add(ResultsProblemKind.InvalidValue, $"The schema version must be {SchemaVersion}.", "$.schemaVersion");
            }

            var round = props.TryGetValue("round", out var r) ? ReadRound(r) : null;
            var units = new List<OrganisationUnit>();
            var results = new List<UnitResult>();
            var paths = new Dictionary<UnitId, string>();
            if (props.TryGetValue("units", out var list))
            {
                if (list.ValueKind != JsonValueKind.Array)
                {
                    Add(ResultsProblemKind.Malformed, "The units must be an array.", "$.units");
                }
                else
                {
                    var i = 0;
                    foreach (var item in list.EnumerateArray())
                    {
                        ReadUnit(item, $"$.units[{i++}]", units, results, paths);
                    }

                    if (i == 0)
                    {
                        Add(ResultsProblemKind.EmptyFile, "There are no units.", "$.units");
                    }
                }
            }

            if (_problems.Count == 0)
            {
                foreach (var problem in SurveyResults.Validate(units, results, out _, out _))
                {
                    var path = problem.Unit is { } u && paths.TryGetValue(u, out var p) ? p + (problem.Field is { } f ? "." + JsonName(f) : string.Empty) : "$.units";
                    _problems.Add(problem with { Path = path });
                }
            }

            if (_problems.Count > 0 || round is null)
            {
                throw new SurveyResultsException(_problems);
            }

            return SurveyResults.Create(round, units, results);
        }

        private static string JsonName(string field) => field switch
        {
            "unit_name" => "name",
            "parent_id" => "parentId",
            _ => field,
        };

        private SurveyRound? ReadRound(JsonElement element)
        {
            var props = Properties(element, "$.round", ["name", "period", "scoreThreshold", "freeTextThreshold"], ["name", "period", "scoreThreshold", "freeTextThreshold"]);
            if (props is null)
            {
                return null;
            }

            var name = Text(props, "name", "$.round");
            var period = Text(props, "period", "$.round");
            var score = Int(props, "scoreThreshold", "$.round", nullable: false);
            var freeText = Int(props, "freeTextThreshold", "$.round", nullable: false);
            if (name is null || period is null || score is null || freeText is null)
            {
                return null;
            }

            if (score < SurveyRound.MinimumScoreThreshold || freeText < score || score > 1000 || freeText > 1000)
            {
                Add(ResultsProblemKind.InvalidValue, $"The score threshold must be from {SurveyRound.MinimumScoreThreshold} to 1000 and the free-text threshold from it to 1000.", "$.round.scoreThreshold");
                return null;
            }

            return new SurveyRound(name, period, score.Value, freeText.Value);
        }

        private void ReadUnit(JsonElement element, string path, List<OrganisationUnit> units, List<UnitResult> results, Dictionary<UnitId, string> paths)
        {
            var props = Properties(element, path, ["id", "name", "parentId", "kind", "leaderId", "invited", "respondents", "scores"], ["id", "name", "kind", "invited", "scores"]);
            if (props is null)
            {
                return;
            }

            var before = _problems.Count;
            var id = Id(props, "id", path, required: true);
            var name = Text(props, "name", path);
            var parent = Id(props, "parentId", path, required: false);
            var leader = Id(props, "leaderId", path, required: false);
            UnitKind kind = default;
            if (props.TryGetValue("kind", out var k) && (k.ValueKind != JsonValueKind.String || !UnitKindNames.TryParse(k.GetString(), out kind)))
            {
                Add(ResultsProblemKind.InvalidValue, $"The kind must be {UnitKindNames.Expected}.", path + ".kind");
            }

            var invited = Int(props, "invited", path, nullable: false);
            var respondents = Int(props, "respondents", path, nullable: true);
            var scores = new List<IndicatorScore>();
            if (props.TryGetValue("scores", out var s))
            {
                if (s.ValueKind != JsonValueKind.Array)
                {
                    Add(ResultsProblemKind.Malformed, "The scores must be an array.", path + ".scores");
                }
                else
                {
                    var j = 0;
                    foreach (var item in s.EnumerateArray())
                    {
                        ReadScore(item, $"{path}.scores[{j++}]", scores);
                    }
                }
            }

            if (id is { } unitId && parent == unitId)
            {
                Add(ResultsProblemKind.Cycle, "A unit cannot be its own parent.", path + ".parentId");
            }

            if (respondents is null && scores.Count > 0)
            {
                Add(ResultsProblemKind.WithheldWithScores, "A withheld unit (respondents null) has no scores.", path + ".scores");
            }

            if (scores.Select(x => x.Indicator).Distinct().Count() != scores.Count)
            {
                Add(ResultsProblemKind.DuplicateIndicator, "An indicator occurs twice.", path + ".scores");
            }

            if (_problems.Count > before || id is null || name is null || invited is null)
            {
                return;
            }

            units.Add(new OrganisationUnit(id.Value, name, parent, kind, leader is { } l ? new PersonId(l.Value) : null));
            results.Add(new UnitResult(id.Value, invited.Value, respondents, scores));
            paths[id.Value] = path;
        }

        private void ReadScore(JsonElement element, string path, List<IndicatorScore> scores)
        {
            var props = Properties(element, path, ["indicator", "score", "previous"], ["indicator", "score"]);
            if (props is null)
            {
                return;
            }

            IndicatorId? indicator = null;
            if (props.TryGetValue("indicator", out var i))
            {
                if (i.ValueKind == JsonValueKind.String && Internal.Guard.IsIdentifier(i.GetString()))
                {
                    indicator = new IndicatorId(i.GetString()!);
                }
                else
                {
                    Add(ResultsProblemKind.InvalidValue, "The indicator must be an id: 1–64 ASCII letters, digits, '.', '_', '-' or ':'.", path + ".indicator");
                }
            }

            var score = Score(props, "score", path, nullable: false);
            var previous = Score(props, "previous", path, nullable: true);
            if (indicator is { } id && score is { } value && (previous is not null || !props.TryGetValue("previous", out var p) || p.ValueKind == JsonValueKind.Null))
            {
                scores.Add(new IndicatorScore(id, value, previous));
            }
        }

        private double? Score(Dictionary<string, JsonElement> props, string name, string path, bool nullable)
        {
            if (!props.TryGetValue(name, out var e) || (nullable && e.ValueKind == JsonValueKind.Null))
            {
                return null;
            }

            if (e.ValueKind != JsonValueKind.Number || !e.TryGetDouble(out var value))
            {
                Add(ResultsProblemKind.NotANumber, "A score must be a number.", $"{path}.{name}");
                return null;
            }

            if (!IndicatorScore.IsValid(value))
            {
                Add(ResultsProblemKind.ScoreOutOfRange, $"The score {value.ToString(CultureInfo.InvariantCulture)} is outside 0–100.", $"{path}.{name}");
                return null;
            }

            return value;
        }

        private int? Int(Dictionary<string, JsonElement> props, string name, string path, bool nullable)
        {
            if (!props.TryGetValue(name, out var e) || (nullable && e.ValueKind == JsonValueKind.Null))
            {
                return null;
            }

            if (e.ValueKind != JsonValueKind.Number || !e.TryGetInt32(out var value) || value < 0)
            {
                Add(ResultsProblemKind.NotANumber, $"The {name} must be a whole number, 0 or more.", $"{path}.{name}");
                return null;
            }

            return value;
        }

        private string? Text(Dictionary<string, JsonElement> props, string name, string path)
        {
            if (!props.TryGetValue(name, out var e))
            {
                return null;
            }

            var value = e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            var problem = value is null ? "must be text" : Internal.Guard.TextProblem(value, 200);
            if (problem is not null)
            {
                Add(ResultsProblemKind.InvalidValue, $"The {name} {problem}", $"{path}.{name}");
                return null;
            }

            return value;
        }

        private UnitId? Id(Dictionary<string, JsonElement> props, string name, string path, bool required)
        {
            if (!props.TryGetValue(name, out var e) || (!required && e.ValueKind == JsonValueKind.Null))
            {
                return null;
            }

            if (e.ValueKind == JsonValueKind.String && UnitId.TryParse(e.GetString(), out var id))
            {
                return id;
            }

            Add(ResultsProblemKind.InvalidValue, $"The {name} must be an id: 1–64 ASCII letters, digits, '.', '_', '-' or ':'.", $"{path}.{name}");
            return null;
        }

        private Dictionary<string, JsonElement>? Properties(JsonElement element, string path, string[] allowed, string[] required)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                Add(ResultsProblemKind.Malformed, "An object is expected here.", path);
                return null;
            }

            var props = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var p in element.EnumerateObject())
            {
                if (Array.IndexOf(allowed, p.Name) < 0)
                {
                    Add(ResultsProblemKind.Malformed, $"The property '{p.Name}' is not known here.", $"{path}.{p.Name}");
                }
                else if (props.ContainsKey(p.Name))
                {
                    Add(ResultsProblemKind.Malformed, $"The property '{p.Name}' occurs twice.", $"{path}.{p.Name}");
                }
                else
                {
                    props.Add(p.Name, p.Value);
                }
            }

            foreach (var name in required.Where(r => !props.ContainsKey(r)))
            {
                Add(ResultsProblemKind.Malformed, $"The property '{name}' is missing.", $"{path}.{name}");
            }

            return props;
        }

        private void Add(ResultsProblemKind kind, string message, string path) => _problems.Add(new ResultsProblem(kind, message) { Path = path });
    }
}

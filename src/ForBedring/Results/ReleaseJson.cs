using System.Text.Json;

namespace ForBedring.Results;

/// <summary>
/// Writes and reads a release as JSON (schema version 1, documented in <c>docs/results.md</c>):
/// <c>{ "schemaVersion": 1, "threshold": 5, "units": [ { "id", "parentId", "leaderId"?, "released": true, "respondents", "scores": { id: score } }
/// or { "id", "parentId", "leaderId"?, "released": false, "reason" } ] }</c>. Reading is strict.
/// </summary>
public static class ReleaseJson
{
    /// <summary>The schema version this class writes and reads.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Writes a release as indented UTF-8 JSON.</summary>
    /// <param name="release">The release.</param>
    /// <returns>The document's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="release"/> is null.</exception>
    public static byte[] Write(Release release)
    {
        if (release is null)
        {
            throw new ArgumentNullException(nameof(release));
        }

        return Write(release.Threshold, release.Units);
    }

    /// <summary>Reads a release.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <returns>The release.</returns>
    /// <exception cref="DocumentFormatException">The document is not a valid release; the message says where.</exception>
    public static Release Read(ReadOnlyMemory<byte> utf8Json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new DocumentFormatException("The release is not valid JSON.", "$", e.LineNumber, e.BytePositionInLine, e);
        }

        using (document)
        {
            return ReadRoot(document.RootElement);
        }
    }

    internal static byte[] Write(int threshold, IReadOnlyList<ReleasedUnit> units)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", SchemaVersion);
            w.WriteNumber("threshold", threshold);
            w.WriteStartArray("units");
            foreach (var unit in units)
            {
                w.WriteStartObject();
                w.WriteString("id", unit.Id.Value);
                if (unit.ParentId is { } parent)
                {
                    w.WriteString("parentId", parent.Value);
                }
                else
                {
                    w.WriteNull("parentId");
                }

                if (unit.Leader is { } leader)
                {
                    w.WriteString("leaderId", leader.Value);
                }

                w.WriteBoolean("released", unit.IsReleased);
                if (unit.IsReleased)
                {
                    w.WriteNumber("respondents", unit.Respondents!.Value);
                    w.WriteStartObject("scores");
                    foreach (var score in unit.Scores)
                    {
                        w.WriteNumber(score.Indicator.Value, score.Score);
                    }

                    w.WriteEndObject();
                }
                else
                {
                    w.WriteString("reason", ReleasedUnit.ReasonName(unit.Status));
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static Release ReadRoot(JsonElement root)
    {
        var props = Properties(root, "$", ["schemaVersion", "threshold", "units"], ["schemaVersion", "threshold", "units"]);
        if (!props["schemaVersion"].TryGetInt32(out var version) || version != SchemaVersion)
        {
            throw new DocumentFormatException($"The schema version must be {SchemaVersion}.", "$.schemaVersion");
        }

        var threshold = Int(props["threshold"], "$.threshold");
        if (threshold < SurveyRound.MinimumScoreThreshold)
        {
            throw new DocumentFormatException($"The threshold must be at least {SurveyRound.MinimumScoreThreshold}.", "$.threshold");
        }

        var list = props["units"];
        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            throw new DocumentFormatException("The units must be an array with at least one unit.", "$.units");
        }

        var units = new List<ReleasedUnit>();
        var index = new Dictionary<UnitId, int>();
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var unit = ReadUnit(item, $"$.units[{i}]", threshold);
            if (index.ContainsKey(unit.Id))
            {
                throw new DocumentFormatException($"The unit '{unit.Id}' occurs twice.", $"$.units[{i}].id");
            }

            index.Add(unit.Id, i++);
            units.Add(unit);
        }

        CheckTree(units, index);
        return new Release(threshold, units.AsReadOnly());
    }

    private static void CheckTree(List<ReleasedUnit> units, Dictionary<UnitId, int> index)
    {
        var roots = 0;
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].ParentId is not { } parent)
            {
                if (++roots > 1)
                {
                    throw new DocumentFormatException("Only one unit may have no parent.", $"$.units[{i}].parentId");
                }

                continue;
            }

            if (!index.ContainsKey(parent))
            {
                throw new DocumentFormatException($"The parent '{parent}' is not a unit.", $"$.units[{i}].parentId");
            }

            // Walking up more steps than there are units means a cycle.
            var at = units[i].ParentId;
            for (var steps = 0; at is { } p; steps++)
            {
                if (steps > units.Count)
                {
                    throw new DocumentFormatException("The units form a cycle.", $"$.units[{i}].parentId");
                }

                at = units[index[p]].ParentId;
            }
        }

        if (roots == 0)
        {
            throw new DocumentFormatException("No unit is the root.", "$.units");
        }
    }

    private static ReleasedUnit ReadUnit(JsonElement element, string path, int threshold)
    {
        var props = Properties(element, path, ["id", "parentId", "leaderId", "released", "respondents", "scores", "reason"], ["id", "parentId", "released"]);
        var id = Id(props["id"], path + ".id") ?? throw new DocumentFormatException("A unit needs an id.", path + ".id");
        var parent = Id(props["parentId"], path + ".parentId");
        if (parent == id)
        {
            throw new DocumentFormatException("A unit cannot be its own parent.", path + ".parentId");
        }

        PersonId? leader = null;
        if (props.TryGetValue("leaderId", out var l) && l.ValueKind != JsonValueKind.Null)
        {
            leader = l.ValueKind == JsonValueKind.String && PersonId.TryParse(l.GetString(), out var person)
                ? person
                : throw new DocumentFormatException("The leader id must be an id.", path + ".leaderId");
        }

        var released = props["released"].ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new DocumentFormatException("Released must be true or false.", path + ".released"),
        };
        if (!released)
        {
            if (props.ContainsKey("respondents") || props.ContainsKey("scores"))
            {
                throw new DocumentFormatException("A unit that is not released has no respondents or scores.", path);
            }

            var reason = props.TryGetValue("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            var status = reason switch
            {
                "below_threshold" => ReleaseStatus.BelowThreshold,
                "protects_other_unit" => ReleaseStatus.ProtectsOtherUnit,
                "withheld" => ReleaseStatus.Withheld,
                _ => throw new DocumentFormatException("The reason must be below_threshold, protects_other_unit or withheld.", path + ".reason"),
            };
            return new ReleasedUnit(id, parent, leader, status, null, Array.Empty<IndicatorScore>());
        }

        if (props.ContainsKey("reason"))
        {
            throw new DocumentFormatException("A released unit has no reason.", path + ".reason");
        }

        if (!props.TryGetValue("respondents", out var resp) || !props.TryGetValue("scores", out var scores))
        {
            throw new DocumentFormatException("A released unit needs respondents and scores.", path);
        }

        var respondents = Int(resp, path + ".respondents");
        if (respondents < threshold)
        {
            throw new DocumentFormatException($"A released unit has at least {threshold} respondents.", path + ".respondents");
        }

        if (scores.ValueKind != JsonValueKind.Object)
        {
            throw new DocumentFormatException("The scores must be an object.", path + ".scores");
        }

        var list = new List<IndicatorScore>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var score in scores.EnumerateObject())
        {
            var at = $"{path}.scores.{score.Name}";
            if (!IndicatorId.TryParse(score.Name, out var indicator) || !seen.Add(score.Name))
            {
                throw new DocumentFormatException("An indicator id is not valid or occurs twice.", at);
            }

            if (score.Value.ValueKind != JsonValueKind.Number || !score.Value.TryGetDouble(out var value) || !IndicatorScore.IsValid(value))
            {
                throw new DocumentFormatException("A score is a number from 0 to 100.", at);
            }

            list.Add(new IndicatorScore(indicator, value));
        }

        return new ReleasedUnit(id, parent, leader, ReleaseStatus.Released, respondents, list.AsReadOnly());
    }

    private static int Int(JsonElement element, string path)
        => element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value) && value >= 0
            ? value
            : throw new DocumentFormatException("A whole number, 0 or more, is expected.", path);

    private static UnitId? Id(JsonElement element, string path)
        => element.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String when UnitId.TryParse(element.GetString(), out var id) => id,
            _ => throw new DocumentFormatException("A unit id (1–64 ASCII letters, digits, '.', '_', '-' or ':') or null is expected.", path),
        };

    private static Dictionary<string, JsonElement> Properties(JsonElement element, string path, string[] allowed, string[] required)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new DocumentFormatException("An object is expected.", path);
        }

        var props = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, p.Name) < 0)
            {
                throw new DocumentFormatException($"The property '{p.Name}' is not known here.", $"{path}.{p.Name}");
            }

            if (props.ContainsKey(p.Name))
            {
                throw new DocumentFormatException($"The property '{p.Name}' occurs twice.", $"{path}.{p.Name}");
            }

            props.Add(p.Name, p.Value);
        }

        foreach (var name in required)
        {
            if (!props.ContainsKey(name))
            {
                throw new DocumentFormatException($"The property '{name}' is missing.", $"{path}.{name}");
            }
        }

        return props;
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ForBedring.Prompts;

// The shape of an organisation's prompt file, as read. Every member is optional here so that a missing value is
// reported with the others (the checks in PromptCatalogJson), not as the serializer's first error; [DisallowNull]
// with RespectNullableAnnotations makes an explicit null a type error, since the format has no nullable member.

/// <summary>The prompt file as a whole.</summary>
internal sealed class PromptFileDocument
{
    [DisallowNull]
    public int? SchemaVersion { get; set; }

    [DisallowNull]
    public List<PromptTextsEntry?>? Texts { get; set; }

    [DisallowNull]
    public List<PromptEntry?>? Prompts { get; set; }
}

/// <summary>An entry of <c>texts</c>: new wording for some languages of an existing prompt.</summary>
internal sealed class PromptTextsEntry
{
    [DisallowNull]
    public string? Id { get; set; }

    [DisallowNull]
    public string? Bokmal { get; set; }

    [DisallowNull]
    public string? Nynorsk { get; set; }

    [DisallowNull]
    public string? English { get; set; }
}

/// <summary>An entry of <c>prompts</c>: a prompt the organisation adds.</summary>
internal sealed class PromptEntry
{
    [DisallowNull]
    public string? Id { get; set; }

    [DisallowNull]
    public string? Step { get; set; }

    [DisallowNull]
    public string? Audience { get; set; }

    [DisallowNull]
    public PromptAnswerEntry? Answer { get; set; }

    [DisallowNull]
    public bool? Required { get; set; }

    [DisallowNull]
    public PromptTextEntry? Text { get; set; }
}

/// <summary>The <c>answer</c> of an added prompt.</summary>
internal sealed class PromptAnswerEntry
{
    [DisallowNull]
    public string? Kind { get; set; }

    [DisallowNull]
    public int? MinChoices { get; set; }

    [DisallowNull]
    public int? MaxChoices { get; set; }

    [DisallowNull]
    public bool? AllowNobody { get; set; }
}

/// <summary>The <c>text</c> of an added prompt: all three languages.</summary>
internal sealed class PromptTextEntry
{
    [DisallowNull]
    public string? Bokmal { get; set; }

    [DisallowNull]
    public string? Nynorsk { get; set; }

    [DisallowNull]
    public string? English { get; set; }
}

/// <summary>The source-generated, strict reader of prompt files: no reflection, so it stays trim- and AOT-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    MaxDepth = PromptCatalogJson.MaxDepth,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(PromptFileDocument))]
internal sealed partial class PromptCatalogJsonContext : JsonSerializerContext
{
}

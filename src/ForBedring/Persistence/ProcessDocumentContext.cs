using System.Text.Json;
using System.Text.Json.Serialization;

namespace ForBedring.Persistence;

/// <summary>
/// The source-generated serialization of <see cref="ProcessDocument"/>: strict when reading (unknown and duplicate
/// members, explicit nulls where none are allowed, missing members, numbers in strings, comments and trailing commas are
/// all errors), and free of reflection so that the library stays trimmable and AOT-compatible.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    PropertyNameCaseInsensitive = false,
    MaxDepth = ProcessDocumentContext.MaxDepth)]
[JsonSerializable(typeof(ProcessDocument))]
internal sealed partial class ProcessDocumentContext : JsonSerializerContext
{
    /// <summary>The deepest nesting a document may have; a saved process needs 6 levels.</summary>
    public const int MaxDepth = 32;
}

using ForBedring.Persistence;
using ForBedring.Prompts;

namespace ForBedring;

/// <summary>
/// How <see cref="ForBedringServiceCollectionExtensions.AddForBedring"/> sets ForBedring up: the size limit of saved
/// documents, where processes are stored, the organisation's prompt file and the meetings' default time zone.
/// </summary>
/// <remarks>
/// A configuration object, mutable only while the <c>configure</c> delegate runs: <c>AddForBedring</c> validates it
/// at once, reporting every problem in one <see cref="ForBedringOptionsException"/>, and keeps no reference to it.
/// </remarks>
public sealed class ForBedringOptions
{
    /// <summary>The smallest <see cref="MaxDocumentBytes"/> allowed: 4 KiB, enough for a newly started process.</summary>
    public const int MinMaxDocumentBytes = 4 * 1024;

    /// <summary>The largest <see cref="MaxDocumentBytes"/> allowed: 64 MiB, far beyond any real process.</summary>
    public const int MaxMaxDocumentBytes = 64 * 1024 * 1024;

    /// <summary>The meetings' time zone unless <see cref="DefaultTimeZone"/> says otherwise: <c>Europe/Oslo</c>.</summary>
    public const string NorwegianTimeZone = "Europe/Oslo";

    /// <summary>
    /// Gets or sets the largest saved process document that is read, in bytes; a larger one is refused before it is
    /// parsed. From <see cref="MinMaxDocumentBytes"/> to <see cref="MaxMaxDocumentBytes"/>; the default is
    /// <see cref="FollowUpProcessSerializer.DefaultMaxDocumentBytes"/>.
    /// </summary>
    public int MaxDocumentBytes { get; set; } = FollowUpProcessSerializer.DefaultMaxDocumentBytes;

    /// <summary>
    /// Gets or sets the directory where the default store keeps one file per process (<see cref="FileFollowUpProcessStore"/>).
    /// When null (the default), processes are kept in memory (<see cref="InMemoryFollowUpProcessStore"/>), which suits
    /// tests and trials; a host that registers its own <see cref="IFollowUpProcessStore"/> uses neither.
    /// </summary>
    /// <remarks>A relative path is resolved against the current directory when <c>AddForBedring</c> runs. The path must not name a file.</remarks>
    public string? StoreDirectory { get; set; }

    /// <summary>
    /// Gets or sets the path of the organisation's prompt file (format: <see cref="PromptCatalogJson"/>,
    /// <c>docs/prompt-file.md</c>), applied to <see cref="PromptCatalog.Default"/>. Read and checked when
    /// <c>AddForBedring</c> runs; null (the default) for none. Not together with <see cref="PromptFileJson"/>.
    /// </summary>
    /// <remarks>A relative path is resolved against the current directory; a web host would give one under its content root.</remarks>
    public string? PromptFile { get; set; }

    /// <summary>
    /// Gets or sets the organisation's prompt file as UTF-8 bytes, for a host that keeps it elsewhere than in a file (a
    /// database, an embedded resource), applied to <see cref="PromptCatalog.Default"/>. Null (the default) for none.
    /// Not together with <see cref="PromptFile"/>.
    /// </summary>
    public ReadOnlyMemory<byte>? PromptFileJson { get; set; }

    /// <summary>
    /// Gets or sets the IANA id of the time zone of meetings and deadlines for processes started without one
    /// (<see cref="Process.FollowUpProcessFactory.Start"/>); the default is <see cref="NorwegianTimeZone"/>.
    /// </summary>
    public string DefaultTimeZone { get; set; } = NorwegianTimeZone;
}

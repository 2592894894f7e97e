namespace ForBedring;

/// <summary>
/// A JSON document (a saved process, or an organisation's prompt file) could not be read. Says what is wrong and
/// where: the JSON path, and the line and byte position where the reader knows them. Nothing was loaded.
/// </summary>
public sealed class DocumentFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, in a sentence.</param>
    /// <param name="path">The JSON path of the value at fault (<c>$.team.members[2].id</c>), or null when the document as a whole is at fault.</param>
    /// <param name="lineNumber">The zero-based line, where known.</param>
    /// <param name="bytePositionInLine">The zero-based byte position within the line, where known.</param>
    /// <param name="innerException">The reader's own exception, where there is one.</param>
    public DocumentFormatException(string message, string? path, long? lineNumber = null, long? bytePositionInLine = null, Exception? innerException = null)
        : base(Describe(message, path, lineNumber, bytePositionInLine), innerException)
    {
        Reason = message;
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>Gets what is wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>Gets the JSON path of the value at fault, or null for the document as a whole.</summary>
    public string? Path { get; }

    /// <summary>Gets the zero-based line, where known.</summary>
    public long? LineNumber { get; }

    /// <summary>Gets the zero-based byte position within the line, where known.</summary>
    public long? BytePositionInLine { get; }

    private static string Describe(string message, string? path, long? line, long? position)
    {
        var where = path is null ? string.Empty : $" (at {path}";
        if (path is not null && line is not null)
        {
            where += $", line {line + 1}, byte {position + 1}";
        }

        return message + (path is null ? string.Empty : where + ")");
    }
}

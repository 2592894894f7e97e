using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace ForBedring.Persistence;

/// <summary>
/// A problem found while turning a parsed document into a process. Thrown from where it is found and given its JSON
/// path on the way out: each object or list reader that sees it pass adds its own member name or index, so the path
/// costs nothing when the document is fine.
/// </summary>
[SuppressMessage("Design", "CA1032:Implement standard exception constructors", Justification = "Internal; never leaves the serializer.")]
[SuppressMessage("Design", "CA1064:Exceptions should be public", Justification = "Internal; converted to DocumentFormatException before it leaves the serializer.")]
internal sealed class DocumentProblem : Exception
{
    // Innermost first; reversed when the path is built.
    private readonly List<string> _segments = new(8);

    public DocumentProblem(string reason, string? member = null, Exception? innerException = null)
        : base(reason, innerException)
    {
        Reason = reason;
        if (member is not null)
        {
            At(member);
        }
    }

    public string Reason { get; }

    public string Path
    {
        get
        {
            var path = new StringBuilder("$");
            for (var i = _segments.Count - 1; i >= 0; i--)
            {
                path.Append(_segments[i]);
            }

            return path.ToString();
        }
    }

    /// <summary>Makes a problem from a domain constructor's argument exception, keeping its sentence.</summary>
    public static DocumentProblem From(ArgumentException exception) => new(ReasonOf(exception), null, exception);

    /// <summary>Makes a problem at a path given from the outside in: <c>Fail("…", "answers", 3, "respondent")</c>.</summary>
    public static DocumentProblem Fail(string reason, params object[] segments)
    {
        var problem = new DocumentProblem(reason);
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            _ = segments[i] is int index ? problem.At(index) : problem.At((string)segments[i]);
        }

        return problem;
    }

    public DocumentProblem At(string member)
    {
        _segments.Add("." + member);
        return this;
    }

    public DocumentProblem At(int index)
    {
        _segments.Add("[" + index.ToString(CultureInfo.InvariantCulture) + "]");
        return this;
    }

    public DocumentFormatException ToFormatException() => new(Reason, Path, innerException: InnerException ?? this);

    private static string ReasonOf(ArgumentException exception)
    {
        // The message ends with the parameter's name (and, for out-of-range values, the value) on .NET and .NET
        // Framework alike; the sentence before it is what a person needs.
        var message = exception.Message;
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        var newline = message.IndexOfAny(['\r', '\n']);
        if (cut < 0 || (newline >= 0 && newline < cut))
        {
            cut = newline;
        }

        message = cut > 0 ? message.Substring(0, cut) : message;
        return "The value is not valid: " + message;
    }
}

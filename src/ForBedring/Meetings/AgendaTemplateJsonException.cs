using System.Collections.ObjectModel;
using ForBedring.Internal;

namespace ForBedring.Meetings;

/// <summary>
/// An agenda template file could not be read. Lists every problem found, each a <see cref="DocumentFormatException"/>
/// with its JSON path; no template was made.
/// </summary>
/// <remarks>
/// Malformed JSON stops the reader, so it is the only problem reported, with its line and byte position. Every other
/// problem (unknown, duplicate or missing members, wrong types, unknown names, numbers out of range, invalid texts,
/// items out of the parts' order) is collected, so one exception lists them all.
/// </remarks>
public sealed class AgendaTemplateJsonException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem, in the order found; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public AgendaTemplateJsonException(IEnumerable<DocumentFormatException> problems)
        : this(ProblemList.Check(problems))
    {
    }

    private AgendaTemplateJsonException(ReadOnlyCollection<DocumentFormatException> problems)
        : base(ProblemList.Describe("The agenda template has a problem:", "The agenda template has {0} problems:", problems.Select(p => p.Message).ToList()), problems[0])
    {
        Problems = problems;
    }

    /// <summary>Gets every problem, in the order found; each carries its reason and JSON path.</summary>
    public IReadOnlyList<DocumentFormatException> Problems { get; }
}

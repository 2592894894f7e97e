using ForBedring.Internal;
using System.Collections.ObjectModel;
using System.Text;

namespace ForBedring.Prompts;

/// <summary>
/// An organisation's prompt file could not be applied. Lists every problem found, each a
/// <see cref="DocumentFormatException"/> with its JSON path; nothing of the file was applied.
/// </summary>
/// <remarks>
/// A syntax or type error (malformed JSON, an unknown or duplicate member, a number where a string belongs) stops
/// the reader, so it is the only problem reported, with its line and byte position. Every other problem (missing
/// values, unknown ids, clashing ids, invalid steps, audiences, answer kinds, choice limits or texts) is collected,
/// so one exception lists them all.
/// </remarks>
public sealed class PromptCatalogJsonException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem, in the order found; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public PromptCatalogJsonException(IEnumerable<DocumentFormatException> problems)
        : this(Check(problems))
    {
    }

    private PromptCatalogJsonException(ReadOnlyCollection<DocumentFormatException> problems)
        : base(Describe(problems), problems[0])
    {
        Problems = problems;
    }

    /// <summary>Gets every problem, in the order found; each carries its reason and JSON path.</summary>
    public IReadOnlyList<DocumentFormatException> Problems { get; }

    private static ReadOnlyCollection<DocumentFormatException> Check(IEnumerable<DocumentFormatException> problems) => ProblemList.Check(problems);

    private static string Describe(ReadOnlyCollection<DocumentFormatException> problems)
        => ProblemList.Describe("The prompt file has a problem; nothing of it was applied:", "The prompt file has {0} problems; nothing of it was applied:", problems.Select(p => p.Message).ToList());
}

using ForBedring.Internal;
using System.Collections.ObjectModel;
using System.Text;

namespace ForBedring;

/// <summary>
/// The options given to <see cref="ForBedringServiceCollectionExtensions.AddForBedring"/> are not valid. Lists every
/// problem at once, each naming the option; nothing was registered.
/// </summary>
public sealed class ForBedringOptionsException : ArgumentException
{
    private readonly string _description;

    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem, each a sentence that names the option; at least one.</param>
    /// <param name="paramName">The parameter that carried the options, usually <c>configure</c>.</param>
    /// <param name="innerException">The error behind a problem, such as the prompt file's <see cref="Prompts.PromptCatalogJsonException"/>, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public ForBedringOptionsException(IEnumerable<string> problems, string? paramName = "configure", Exception? innerException = null)
        : this(Check(problems), paramName, innerException)
    {
    }

    private ForBedringOptionsException(ReadOnlyCollection<string> problems, string? paramName, Exception? innerException)
        : base(Describe(problems), paramName, innerException)
    {
        Problems = problems;
        _description = Describe(problems);
    }

    /// <summary>Gets every problem, each a sentence that names the option.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Gets the list of problems, one a line, without the parameter name that <see cref="ArgumentException"/> would append to the last.</summary>
    public override string Message => _description;

    private static ReadOnlyCollection<string> Check(IEnumerable<string> problems) => ProblemList.Check(problems);

    private static string Describe(ReadOnlyCollection<string> problems)
        => ProblemList.Describe("The ForBedring options have a problem:", "The ForBedring options have {0} problems:", problems);
}

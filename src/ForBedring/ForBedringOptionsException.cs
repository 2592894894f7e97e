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

    private static ReadOnlyCollection<string> Check(IEnumerable<string> problems)
    {
        if (problems is null)
        {
            throw new ArgumentNullException(nameof(problems));
        }

        var list = problems.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one problem is needed.", nameof(problems));
        }

        if (list.Any(p => p is null))
        {
            throw new ArgumentNullException(nameof(problems), "A problem is null.");
        }

        return new ReadOnlyCollection<string>(list);
    }

    private static string Describe(ReadOnlyCollection<string> problems)
    {
        var text = new StringBuilder(problems.Count == 1
            ? "The ForBedring options have a problem:"
            : $"The ForBedring options have {problems.Count} problems:");
        foreach (var problem in problems)
        {
            text.AppendLine().Append("- ").Append(problem);
        }

        return text.ToString();
    }
}

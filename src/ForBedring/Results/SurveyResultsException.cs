using ForBedring.Internal;

namespace ForBedring.Results;

/// <summary>
/// Survey results could not be imported or built. Lists every problem at once, each with its line and column (or
/// JSON path) where known. Nothing was imported.
/// </summary>
public sealed class SurveyResultsException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem found; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or an item is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public SurveyResultsException(IEnumerable<ResultsProblem> problems)
        : this(ProblemList.Check(problems))
    {
    }

    private SurveyResultsException(IReadOnlyList<ResultsProblem> problems)
        : base(ProblemList.Describe("The survey results have a problem:", "The survey results have {0} problems:", problems.Select(p => p.ToString()).ToList()))
        => Problems = problems;

    /// <summary>Gets every problem, in the order found.</summary>
    public IReadOnlyList<ResultsProblem> Problems { get; }
}

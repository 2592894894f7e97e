using System.Collections.ObjectModel;
using ForBedring.Internal;

namespace ForBedring.Meetings;

/// <summary>
/// The group planner cannot plan as asked: the request breaks a rule (sizes, together and apart sets, people kept out)
/// or the apart sets could not be kept. Lists every problem at once.
/// </summary>
public sealed class GroupPlanException : ArgumentException
{
    private readonly string _description;

    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public GroupPlanException(IEnumerable<GroupPlanProblem> problems)
        : this(ProblemList.Check(problems))
    {
    }

    private GroupPlanException(ReadOnlyCollection<GroupPlanProblem> problems)
        : base(Describe(problems), "request")
    {
        Problems = problems;
        _description = Describe(problems);
    }

    /// <summary>Gets every problem.</summary>
    public IReadOnlyList<GroupPlanProblem> Problems { get; }

    /// <summary>Gets the list of problems, one a line.</summary>
    public override string Message => _description;

    private static string Describe(ReadOnlyCollection<GroupPlanProblem> problems)
        => ProblemList.Describe(
            "The groups cannot be planned as asked:",
            "The groups cannot be planned as asked ({0} problems):",
            problems.Select(p => p.Message).ToList());
}

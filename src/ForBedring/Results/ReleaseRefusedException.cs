using ForBedring.Internal;

namespace ForBedring.Results;

/// <summary>
/// A re-release after a re-organisation was refused: together with the earlier release, its figures would let groups
/// smaller than the threshold be derived. Lists every such group; nothing was released.
/// </summary>
public sealed class ReleaseRefusedException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="threshold">The round's threshold.</param>
    /// <param name="leaks">The groups that could be derived; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="leaks"/> or an item is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="leaks"/> is empty.</exception>
    public ReleaseRefusedException(int threshold, IEnumerable<DisclosedGroup> leaks)
        : this(threshold, ProblemList.Check(leaks))
    {
    }

    private ReleaseRefusedException(int threshold, IReadOnlyList<DisclosedGroup> leaks)
        : base(ProblemList.Describe(
            $"The re-release would, with the earlier release, reveal a group below the threshold of {threshold}:",
            $"The re-release would, with the earlier release, reveal {{0}} groups below the threshold of {threshold}:",
            leaks.Select(l => $"{l.Respondents} respondent(s) in {string.Join(" + ", l.CellIds)}").ToList()))
    {
        Threshold = threshold;
        Leaks = leaks;
    }

    /// <summary>Gets the round's threshold.</summary>
    public int Threshold { get; }

    /// <summary>Gets every group that could be derived, with the moves (cells) it is made of.</summary>
    public IReadOnlyList<DisclosedGroup> Leaks { get; }
}

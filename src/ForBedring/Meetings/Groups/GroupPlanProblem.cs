using ForBedring.Internal;

namespace ForBedring.Meetings;

/// <summary>One problem with a group plan request: its kind, the people it concerns and a sentence that explains it.</summary>
public sealed record GroupPlanProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="kind">What is wrong.</param>
    /// <param name="people">The people it concerns (may be empty).</param>
    /// <param name="message">The sentence that explains it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="people"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="message"/> is blank.</exception>
    public GroupPlanProblem(GroupPlanProblemKind kind, IEnumerable<PersonId> people, string message)
    {
        Kind = kind;
        People = ValueList.Copy(people, nameof(people));
        Message = Guard.Text(message, nameof(message), 2000);
    }

    /// <summary>Gets what is wrong.</summary>
    public GroupPlanProblemKind Kind { get; }

    /// <summary>Gets the people it concerns.</summary>
    public IReadOnlyList<PersonId> People { get; }

    /// <summary>Gets the sentence that explains it.</summary>
    public string Message { get; }

    /// <summary>Tells whether two values are equal, their lists compared item by item.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(GroupPlanProblem? other)
        => other is not null && Kind == other.Kind && Message == other.Message && ValueList.SequenceEqual(People, other.People);

    /// <inheritdoc/>
    public override int GetHashCode() => ValueList.SequenceHash(People) ^ Kind.GetHashCode() ^ StringComparer.Ordinal.GetHashCode(Message);

    /// <summary>Returns the sentence.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => Message;
}

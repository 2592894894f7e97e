using ForBedring.Internal;
using ForBedring.Results;

namespace ForBedring.Prompts;

/// <summary>An answer that chooses topic areas, in the order given.</summary>
public sealed record TopicAreasAnswer : Answer
{
    /// <summary>Creates the answer.</summary>
    /// <param name="items">The chosen topic areas; none may be the default value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">An item is the default value.</exception>
    public TopicAreasAnswer(IEnumerable<TopicAreaId> items) => Items = ValueList.Copy(items, nameof(items), static id => id.Value.Length > 0);

    /// <summary>Gets the chosen topic areas.</summary>
    public IReadOnlyList<TopicAreaId> Items { get; }

    /// <inheritdoc/>
    public override AnswerKind Kind => AnswerKind.TopicAreas;

    /// <summary>Tells whether two answers choose the same topic areas in the same order.</summary>
    /// <param name="other">The other answer.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(TopicAreasAnswer? other) => other is not null && ValueList.SequenceEqual(Items, other.Items);

    /// <inheritdoc/>
    public override int GetHashCode() => ValueList.SequenceHash(Items);
}

using ForBedring.Internal;
using ForBedring.Results;

namespace ForBedring.Prompts;

/// <summary>An answer that chooses indicators, in the order given.</summary>
public sealed record IndicatorsAnswer : Answer
{
    /// <summary>Creates the answer.</summary>
    /// <param name="items">The chosen indicators; none may be the default value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">An item is the default value.</exception>
    public IndicatorsAnswer(IEnumerable<IndicatorId> items) => Items = ValueList.Copy(items, nameof(items), static id => id.Value.Length > 0);

    /// <summary>Gets the chosen indicators.</summary>
    public IReadOnlyList<IndicatorId> Items { get; }

    /// <inheritdoc/>
    public override AnswerKind Kind => AnswerKind.Indicators;

    /// <summary>Tells whether two answers choose the same indicators in the same order.</summary>
    /// <param name="other">The other answer.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(IndicatorsAnswer? other) => other is not null && ValueList.SequenceEqual(Items, other.Items);

    /// <inheritdoc/>
    public override int GetHashCode() => ValueList.SequenceHash(Items);
}

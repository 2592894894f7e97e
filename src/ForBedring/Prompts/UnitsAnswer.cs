using ForBedring.Internal;


namespace ForBedring.Prompts;

/// <summary>An answer that chooses units, in the order given.</summary>
public sealed record UnitsAnswer : Answer
{
    /// <summary>Creates the answer.</summary>
    /// <param name="items">The chosen units; none may be the default value.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">An item is the default value.</exception>
    public UnitsAnswer(IEnumerable<UnitId> items) => Items = ValueList.Copy(items, nameof(items), static id => id.Value.Length > 0);

    /// <summary>Gets the chosen units.</summary>
    public IReadOnlyList<UnitId> Items { get; }

    /// <inheritdoc/>
    public override AnswerKind Kind => AnswerKind.Units;

    /// <summary>Tells whether two answers choose the same units in the same order.</summary>
    /// <param name="other">The other answer.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(UnitsAnswer? other) => other is not null && ValueList.SequenceEqual(Items, other.Items);

    /// <inheritdoc/>
    public override int GetHashCode() => ValueList.SequenceHash(Items);
}

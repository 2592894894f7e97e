using ForBedring.Internal;

namespace ForBedring.Results;

/// <summary>One released figure and the cells it covers.</summary>
/// <param name="Label">What the figure is (for example the unit id and release).</param>
/// <param name="CellIds">The cells it covers.</param>
public sealed record AuditFigure(string Label, IReadOnlyList<string> CellIds)
{
    /// <summary>Gets what the figure is.</summary>
    public string Label { get; init; } = Guard.NotNull(Label, nameof(Label));

    /// <summary>Gets the cells it covers.</summary>
    public IReadOnlyList<string> CellIds { get; init; } = ValueList.Copy(CellIds, nameof(CellIds));

    /// <summary>Tells whether two figures are equal, their cells compared item by item.</summary>
    /// <param name="other">The other figure.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(AuditFigure? other)
        => other is not null && string.Equals(Label, other.Label, StringComparison.Ordinal) && ValueList.SequenceEqual(CellIds, other.CellIds);

    /// <inheritdoc/>
    public override int GetHashCode() => ValueList.SequenceHash(CellIds) ^ StringComparer.Ordinal.GetHashCode(Label);
}

using ForBedring.Internal;

namespace ForBedring.Results;

/// <summary>The outcome of <see cref="DisclosureAudit.Check"/>.</summary>
/// <param name="Leaks">Every smallest derivable group below the threshold; empty when the figures are safe.</param>
public sealed record DisclosureAuditResult(IReadOnlyList<DisclosedGroup> Leaks)
{
    /// <summary>Gets every smallest derivable group below the threshold (no listed group contains another), smallest first.</summary>
    public IReadOnlyList<DisclosedGroup> Leaks { get; init; } = ValueList.Copy(Leaks, nameof(Leaks));

    /// <summary>Gets a value indicating whether no group below the threshold can be derived.</summary>
    public bool IsSafe => Leaks.Count == 0;

    /// <summary>Tells whether two results are equal, their leaks compared item by item.</summary>
    /// <param name="other">The other result.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(DisclosureAuditResult? other) => other is not null && ValueList.SequenceEqual(Leaks, other.Leaks);

    /// <inheritdoc/>
    public override int GetHashCode() => ValueList.SequenceHash(Leaks);
}

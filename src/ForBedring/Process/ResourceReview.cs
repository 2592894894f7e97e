using ForBedring.Internal;

namespace ForBedring.Process;

/// <summary>C6: the team's review of which other resources to involve; none is a valid outcome.</summary>
public sealed record ResourceReview
{
    /// <summary>Creates the review.</summary>
    /// <param name="resources">The resources to involve, none or more, each once.</param>
    /// <param name="note">Why, or how they are involved; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="resources"/> is null.</exception>
    /// <exception cref="ArgumentException">A resource is unknown or occurs twice, or the note is invalid.</exception>
    public ResourceReview(IEnumerable<SupportResource> resources, string? note = null)
    {
        var list = ValueList.Copy(resources, nameof(resources), static r => r is >= SupportResource.HumanResources and <= SupportResource.UnionRepresentatives);
        if (list.Distinct().Count() != list.Count)
        {
            throw new ArgumentException("A resource occurs twice.", nameof(resources));
        }

        Resources = list;
        Note = note is null ? null : Guard.Text(note, nameof(note), 2_000);
    }

    /// <summary>Gets the resources to involve.</summary>
    public IReadOnlyList<SupportResource> Resources { get; }

    /// <summary>Gets the note, or null.</summary>
    public string? Note { get; }

    /// <summary>Tells whether two values are equal, their lists compared item by item.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ResourceReview? other) => other is not null && Note == other.Note && ValueList.SequenceEqual(Resources, other.Resources);

    /// <inheritdoc/>
    public override int GetHashCode() => ValueList.SequenceHash(Resources);
}

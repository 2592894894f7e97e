using ForBedring.Internal;

namespace ForBedring.Results;

/// <summary>A group of respondents that can be derived from released figures.</summary>
/// <param name="CellIds">The cells that make up the group, in the order the cells were given to the audit.</param>
/// <param name="Respondents">How many respondents it has.</param>
public sealed record DisclosedGroup(IReadOnlyList<string> CellIds, int Respondents)
{
    /// <summary>Gets the cells that make up the group (cells without respondents left out).</summary>
    public IReadOnlyList<string> CellIds { get; init; } = ValueList.Copy(CellIds, nameof(CellIds));

    /// <summary>Gets how many respondents it has.</summary>
    public int Respondents { get; init; } = Respondents;

    /// <summary>
    /// Gets the labels of the figures to add to derive the group, when it is one figure minus others (always so for
    /// one tree); empty when the audit found the group by the general linear-algebra search.
    /// </summary>
    public IReadOnlyList<string> AddedFigures { get; init; } = Array.Empty<string>();

    /// <summary>Gets the labels of the figures to subtract (see <see cref="AddedFigures"/>).</summary>
    public IReadOnlyList<string> SubtractedFigures { get; init; } = Array.Empty<string>();

    /// <summary>Tells whether two groups are equal, their lists compared item by item.</summary>
    /// <param name="other">The other group.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(DisclosedGroup? other)
        => other is not null
        && Respondents == other.Respondents
        && ValueList.SequenceEqual(CellIds, other.CellIds)
        && ValueList.SequenceEqual(AddedFigures, other.AddedFigures)
        && ValueList.SequenceEqual(SubtractedFigures, other.SubtractedFigures);

    /// <inheritdoc/>
    public override int GetHashCode() => ValueList.SequenceHash(CellIds) ^ Respondents;
}

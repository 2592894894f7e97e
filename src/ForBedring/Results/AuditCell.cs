using ForBedring.Internal;

namespace ForBedring.Results;

/// <summary>A smallest group of people that moves together, with its respondents.</summary>
/// <param name="Id">The cell's id.</param>
/// <param name="Respondents">Its respondents.</param>
public sealed record AuditCell(string Id, int Respondents)
{
    /// <summary>Gets the cell's id.</summary>
    public string Id { get; init; } = Guard.NotNull(Id, nameof(Id));

    /// <summary>Gets its respondents (zero or more).</summary>
    public int Respondents { get; init; } = Respondents >= 0
        ? Respondents
        : throw new ArgumentOutOfRangeException(nameof(Respondents), Respondents, "A cell has zero or more respondents.");
}

using ForBedring.Internal;

namespace ForBedring.Results;

/// <summary>One unit in a release: its place in the tree and either its figures or the reason they are not released.</summary>
public sealed record ReleasedUnit
{
    internal ReleasedUnit(UnitId id, UnitId? parentId, PersonId? leader, ReleaseStatus status, int? respondents, IReadOnlyList<IndicatorScore> scores)
    {
        Id = id;
        ParentId = parentId;
        Leader = leader;
        Status = status;
        Respondents = status == ReleaseStatus.Released ? respondents : null;
        Scores = status == ReleaseStatus.Released ? scores : Array.Empty<IndicatorScore>();
    }

    /// <summary>Gets the unit's id.</summary>
    public UnitId Id { get; }

    /// <summary>Gets the unit above it, or null for the root.</summary>
    public UnitId? ParentId { get; }

    /// <summary>Gets the unit's leader, where known.</summary>
    public PersonId? Leader { get; }

    /// <summary>Gets whether the figures are released, or why not.</summary>
    public ReleaseStatus Status { get; }

    /// <summary>Gets a value indicating whether the figures are released.</summary>
    public bool IsReleased => Status == ReleaseStatus.Released;

    /// <summary>Gets the respondents when released; otherwise null.</summary>
    public int? Respondents { get; }

    /// <summary>Gets the scores when released; otherwise empty.</summary>
    public IReadOnlyList<IndicatorScore> Scores { get; }

    /// <summary>Finds an indicator's released score.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The score, or null when the unit has none released for it.</returns>
    public IndicatorScore? ScoreOf(IndicatorId indicator) => Scores.FirstOrDefault(s => s.Indicator == indicator);

    /// <summary>Tells whether another released unit is the same.</summary>
    /// <param name="other">The other unit.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ReleasedUnit? other)
        => other is not null && Id == other.Id && ParentId == other.ParentId && Leader == other.Leader && Status == other.Status && Respondents == other.Respondents && ValueList.SequenceEqual(Scores, other.Scores);

    /// <summary>Computes a hash code.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => unchecked((Id.GetHashCode() * 31) + (int)Status) ^ ValueList.SequenceHash(Scores);

    internal static string ReasonName(ReleaseStatus status) => status switch
    {
        ReleaseStatus.BelowThreshold => "below_threshold",
        ReleaseStatus.ProtectsOtherUnit => "protects_other_unit",
        ReleaseStatus.Withheld => "withheld",
        _ => "released",
    };
}

using ForBedring.Internal;

namespace ForBedring.Results;

/// <summary>A unit of the organisation tree: an enterprise, clinic, department, section or leadership team.</summary>
public sealed record OrganisationUnit
{
    /// <summary>Creates a unit.</summary>
    /// <param name="id">The survey's id of the unit.</param>
    /// <param name="name">The unit's name.</param>
    /// <param name="parentId">The unit above it, or null for the root.</param>
    /// <param name="kind">What kind of unit it is.</param>
    /// <param name="leader">Its leader, where known.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="parentId"/> is the default value, <paramref name="name"/> is blank or too long, or the unit is its own parent.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a kind.</exception>
    public OrganisationUnit(UnitId id, string name, UnitId? parentId, UnitKind kind, PersonId? leader = null)
    {
        if (id.Value.Length == 0)
        {
            throw new ArgumentException("A unit needs an id.", nameof(id));
        }

        if (parentId is { } p && (p.Value.Length == 0 || p == id))
        {
            throw new ArgumentException("A unit's parent must be another unit.", nameof(parentId));
        }

        if (kind is < UnitKind.Enterprise or > UnitKind.LeadershipTeam)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a unit kind.");
        }

        if (leader is { } l && l.Value.Length == 0)
        {
            throw new ArgumentException("A leader needs an id.", nameof(leader));
        }

        Id = id;
        Name = Guard.Text(name, nameof(name), 200);
        ParentId = parentId;
        Kind = kind;
        Leader = leader;
    }

    /// <summary>Gets the survey's id of the unit.</summary>
    public UnitId Id { get; }

    /// <summary>Gets the unit's name.</summary>
    public string Name { get; }

    /// <summary>Gets the unit above it, or null for the root.</summary>
    public UnitId? ParentId { get; }

    /// <summary>Gets what kind of unit it is.</summary>
    public UnitKind Kind { get; }

    /// <summary>Gets the unit's leader, where known.</summary>
    public PersonId? Leader { get; }
}

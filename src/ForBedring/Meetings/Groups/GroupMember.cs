namespace ForBedring.Meetings;

/// <summary>
/// A3.5: a person the group planner may place in a group, with the unit and clinic they lead or belong to, so that
/// groups can mix units and clinics.
/// </summary>
/// <remarks>Two members with the same unit (or the same clinic) are, second to meeting someone new, kept apart where possible.</remarks>
public sealed record GroupMember
{
    /// <summary>Creates a member.</summary>
    /// <param name="id">The person.</param>
    /// <param name="unit">The person's unit, or null when not known.</param>
    /// <param name="clinic">The person's clinic, or null when not known.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/>, <paramref name="unit"/> or <paramref name="clinic"/> is the default value.</exception>
    public GroupMember(PersonId id, UnitId? unit = null, UnitId? clinic = null)
    {
        if (id.Value.Length == 0)
        {
            throw new ArgumentException("The person id is the default value.", nameof(id));
        }

        if (unit is { Value.Length: 0 })
        {
            throw new ArgumentException("The unit id is the default value.", nameof(unit));
        }

        if (clinic is { Value.Length: 0 })
        {
            throw new ArgumentException("The clinic id is the default value.", nameof(clinic));
        }

        Id = id;
        Unit = unit;
        Clinic = clinic;
    }

    /// <summary>Gets the person.</summary>
    public PersonId Id { get; }

    /// <summary>Gets the person's unit, or null when not known.</summary>
    public UnitId? Unit { get; }

    /// <summary>Gets the person's clinic, or null when not known.</summary>
    public UnitId? Clinic { get; }
}

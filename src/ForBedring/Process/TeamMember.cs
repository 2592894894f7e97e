using ForBedring.Internal;

namespace ForBedring.Process;

/// <summary>A person on a leadership team and the unit they lead.</summary>
public sealed record TeamMember
{
    /// <summary>Creates a team member.</summary>
    /// <param name="id">The person's id.</param>
    /// <param name="name">The person's name as shown to the team.</param>
    /// <param name="unit">The unit the person leads.</param>
    /// <param name="unitName">The unit's name.</param>
    /// <exception cref="ArgumentException">An id is the default value, or a name is blank, too long or not valid UTF-16.</exception>
    public TeamMember(PersonId id, string name, UnitId unit, string unitName)
    {
        if (id.Value.Length == 0 || unit.Value.Length == 0)
        {
            throw new ArgumentException("A team member needs a person id and a unit id.", id.Value.Length == 0 ? nameof(id) : nameof(unit));
        }

        Id = id;
        Name = Guard.Text(name, nameof(name), 200);
        Unit = unit;
        UnitName = Guard.Text(unitName, nameof(unitName), 200);
    }

    /// <summary>Gets the person's id.</summary>
    public PersonId Id { get; }

    /// <summary>Gets the person's name.</summary>
    public string Name { get; }

    /// <summary>Gets the unit the person leads (their area of responsibility, ansvarsområde).</summary>
    public UnitId Unit { get; }

    /// <summary>Gets the unit's name.</summary>
    public string UnitName { get; }
}

using ForBedring.Internal;
using NodaTime;

namespace ForBedring.Process;

/// <summary>B7: who does what, by when, before the next meeting.</summary>
public sealed record FollowUpTask
{
    /// <summary>Creates a follow-up task.</summary>
    /// <param name="owner">Who does it; must be on the team.</param>
    /// <param name="description">What they do.</param>
    /// <param name="due">By when.</param>
    /// <exception cref="ArgumentException">The owner is the default value, or the description is invalid.</exception>
    public FollowUpTask(PersonId owner, string description, LocalDate due)
    {
        if (owner.Value.Length == 0)
        {
            throw new ArgumentException("A follow-up task needs an owner.", nameof(owner));
        }

        Owner = owner;
        Description = Guard.Text(description, nameof(description), 2_000);
        Due = DayKey.Iso(due);
    }

    /// <summary>Gets who does it.</summary>
    public PersonId Owner { get; }

    /// <summary>Gets what they do.</summary>
    public string Description { get; }

    /// <summary>Gets by when.</summary>
    public LocalDate Due { get; }
}

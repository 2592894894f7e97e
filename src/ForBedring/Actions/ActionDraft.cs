using ForBedring.Internal;
using NodaTime;

namespace ForBedring.Actions;

/// <summary>What a person writes about an action (B5, C1, C5): the owner and due date may come later, before the plan is adopted.</summary>
public sealed record ActionDraft
{
    /// <summary>Creates the draft.</summary>
    /// <param name="title">A short title.</param>
    /// <param name="description">What will be done, and how success will be judged; optional.</param>
    /// <param name="owner">Who is responsible for developing it (C5); optional until adoption.</param>
    /// <param name="dueDate">When it is due; optional until adoption.</param>
    /// <param name="crossUnit">Whether it cuts across the members' areas of responsibility (B5, A5.4).</param>
    /// <exception cref="ArgumentException">The title or description is invalid, or the owner is the default value.</exception>
    public ActionDraft(string title, string? description = null, PersonId? owner = null, LocalDate? dueDate = null, bool crossUnit = false)
    {
        Title = Guard.Text(title, nameof(title), 300);
        Description = description is null ? null : Guard.Text(description, nameof(description));
        if (owner is { Value.Length: 0 })
        {
            throw new ArgumentException("The owner is the default person id.", nameof(owner));
        }

        Owner = owner;
        DueDate = DayKey.Iso(dueDate);
        CrossUnit = crossUnit;
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the description, or null.</summary>
    public string? Description { get; }

    /// <summary>Gets the owner, or null.</summary>
    public PersonId? Owner { get; }

    /// <summary>Gets the due date, or null.</summary>
    public LocalDate? DueDate { get; }

    /// <summary>Gets whether the action cuts across areas of responsibility.</summary>
    public bool CrossUnit { get; }
}

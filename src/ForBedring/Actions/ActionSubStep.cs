using ForBedring.Internal;
using NodaTime;

namespace ForBedring.Actions;

/// <summary>An optional sub-step (delmål) of an action.</summary>
public sealed record ActionSubStep
{
    /// <summary>Creates the sub-step.</summary>
    /// <param name="text">What is to be done.</param>
    /// <param name="dueDate">When, or null.</param>
    /// <param name="done">Whether it is done.</param>
    /// <exception cref="ArgumentException">The text is invalid.</exception>
    public ActionSubStep(string text, LocalDate? dueDate = null, bool done = false)
    {
        Text = Guard.Text(text, nameof(text), 1_000);
        DueDate = DayKey.Iso(dueDate);
        Done = done;
    }

    /// <summary>Gets what is to be done.</summary>
    public string Text { get; }

    /// <summary>Gets when it is due, or null.</summary>
    public LocalDate? DueDate { get; }

    /// <summary>Gets whether it is done.</summary>
    public bool Done { get; }
}

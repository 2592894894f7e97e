using ForBedring.Internal;

namespace ForBedring.Actions;

/// <summary>C2: one action's line in a status review: its status now and what happened since last time.</summary>
public sealed record ActionStatusUpdate
{
    /// <summary>Creates the update.</summary>
    /// <param name="action">The action.</param>
    /// <param name="status">Its status now.</param>
    /// <param name="note">What happened since the last review, and the next step.</param>
    /// <exception cref="ArgumentException">The action id is the default value, the status is unknown, or the note is invalid.</exception>
    public ActionStatusUpdate(ActionId action, ActionStatus status, string note)
    {
        if (action.Value.Length == 0)
        {
            throw new ArgumentException("A status update needs an action id.", nameof(action));
        }

        if (status is < ActionStatus.Planned or > ActionStatus.Cancelled)
        {
            throw new ArgumentException($"Unknown status {status}.", nameof(status));
        }

        Action = action;
        Status = status;
        Note = Guard.Text(note, nameof(note), 4_000);
    }

    /// <summary>Gets the action.</summary>
    public ActionId Action { get; }

    /// <summary>Gets its status now.</summary>
    public ActionStatus Status { get; }

    /// <summary>Gets what happened since the last review, and the next step.</summary>
    public string Note { get; }
}

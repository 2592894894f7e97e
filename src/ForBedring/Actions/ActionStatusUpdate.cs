using ForBedring.Internal;

namespace ForBedring.Actions;

/// <summary>C2: one action's line in a status review, in the guide's fixed structure: its status now, what happened since last time, the next step, and whether help is needed.</summary>
public sealed record ActionStatusUpdate
{
    /// <summary>Creates the update.</summary>
    /// <param name="action">The action.</param>
    /// <param name="status">Its status now.</param>
    /// <param name="note">What happened since the last review (for a done action, what it achieved; for a cancelled one, why).</param>
    /// <param name="nextStep">The next step, or null.</param>
    /// <param name="helpNeeded">Whether the owner needs help from the leadership team.</param>
    /// <param name="progress">How far the action has come, 0 to 100 per cent, or null.</param>
    /// <exception cref="ArgumentException">The action id is the default value, the status is unknown, or a text is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progress"/> is outside 0–100.</exception>
    public ActionStatusUpdate(ActionId action, ActionStatus status, string note, string? nextStep = null, bool helpNeeded = false, int? progress = null)
    {
        if (progress is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(progress), progress, "Progress is 0 to 100 per cent.");
        }

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
        NextStep = nextStep is null ? null : Guard.Text(nextStep, nameof(nextStep), 1_000);
        HelpNeeded = helpNeeded;
        Progress = progress;
    }

    /// <summary>Gets the action.</summary>
    public ActionId Action { get; }

    /// <summary>Gets its status now.</summary>
    public ActionStatus Status { get; }

    /// <summary>Gets what happened since the last review.</summary>
    public string Note { get; }

    /// <summary>Gets the next step, or null.</summary>
    public string? NextStep { get; }

    /// <summary>Gets whether the owner needs help.</summary>
    public bool HelpNeeded { get; }

    /// <summary>Gets the progress in per cent, or null.</summary>
    public int? Progress { get; }
}

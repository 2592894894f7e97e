using ForBedring.Internal;
using NodaTime;

namespace ForBedring.Actions;

/// <summary>
/// One entry in an action's history (C2): when, by whom, its status afterwards, what happened, the progress, the next
/// step and whether help is needed. Finishing an action needs an outcome note; cancelling it needs a reason, both in
/// <see cref="Note"/>.
/// </summary>
public sealed record ActionUpdate
{
    /// <summary>Creates the update.</summary>
    /// <param name="at">When it was recorded.</param>
    /// <param name="by">Who recorded it.</param>
    /// <param name="status">The action's status afterwards.</param>
    /// <param name="happened">What happened since the last update.</param>
    /// <param name="progress">How far the action has come, 0 to 100 per cent, or null when not judged.</param>
    /// <param name="nextStep">The next step, or null.</param>
    /// <param name="helpNeeded">Whether the owner needs help from the leadership team.</param>
    /// <param name="note">The outcome (when done) or the reason (when cancelled or put on hold), or null.</param>
    /// <exception cref="ArgumentException">The person is the default value, the status is unknown, or a text is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="progress"/> is outside 0–100.</exception>
    public ActionUpdate(Instant at, PersonId by, ActionStatus status, string happened, int? progress = null, string? nextStep = null, bool helpNeeded = false, string? note = null)
    {
        if (by.Value.Length == 0)
        {
            throw new ArgumentException("An update needs the person who recorded it.", nameof(by));
        }

        if (status is < ActionStatus.Planned or > ActionStatus.Cancelled)
        {
            throw new ArgumentException($"Unknown status {status}.", nameof(status));
        }

        if (progress is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(progress), progress, "Progress is 0 to 100 per cent.");
        }

        At = at;
        By = by;
        Status = status;
        Happened = Guard.Text(happened, nameof(happened), 4_000);
        Progress = progress;
        NextStep = nextStep is null ? null : Guard.Text(nextStep, nameof(nextStep), 1_000);
        HelpNeeded = helpNeeded;
        Note = note is null ? null : Guard.Text(note, nameof(note), 4_000);
    }

    /// <summary>Gets when it was recorded.</summary>
    public Instant At { get; }

    /// <summary>Gets who recorded it.</summary>
    public PersonId By { get; }

    /// <summary>Gets the action's status afterwards.</summary>
    public ActionStatus Status { get; }

    /// <summary>Gets what happened since the last update.</summary>
    public string Happened { get; }

    /// <summary>Gets the progress in per cent, or null.</summary>
    public int? Progress { get; }

    /// <summary>Gets the next step, or null.</summary>
    public string? NextStep { get; }

    /// <summary>Gets whether the owner needs help.</summary>
    public bool HelpNeeded { get; }

    /// <summary>Gets the outcome (done) or reason (cancelled, on hold), or null.</summary>
    public string? Note { get; }
}

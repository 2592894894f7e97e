namespace ForBedring.Actions;

/// <summary>
/// The life cycle of an action's status, and the guards an update must pass. The allowed moves:
/// <list type="bullet">
/// <item><description>planned → in progress, on hold, done, cancelled (an action may be finished between two reviews);</description></item>
/// <item><description>in progress → on hold, done, cancelled;</description></item>
/// <item><description>on hold → in progress, done, cancelled;</description></item>
/// <item><description>an action that has started never goes back to planned;</description></item>
/// <item><description>done and cancelled are final: an action that is closed takes no more updates.</description></item>
/// </list>
/// An open action may also be updated without changing its status (progress, what happened). Done needs an outcome
/// note, cancelled needs a reason, and an update may not be dated before the action's last one.
/// </summary>
public static class ActionLifecycle
{
    private static readonly ActionStatus[][] Moves =
    [
        [ActionStatus.InProgress, ActionStatus.OnHold, ActionStatus.Done, ActionStatus.Cancelled],
        [ActionStatus.OnHold, ActionStatus.Done, ActionStatus.Cancelled],
        [ActionStatus.InProgress, ActionStatus.Done, ActionStatus.Cancelled],
        [],
        [],
    ];

    /// <summary>Gets the statuses an action can move to from <paramref name="from"/>, not counting staying where it is.</summary>
    /// <param name="from">The status now.</param>
    /// <returns>The statuses it may move to.</returns>
    /// <exception cref="ArgumentException"><paramref name="from"/> is unknown.</exception>
    public static IReadOnlyList<ActionStatus> NextStatuses(ActionStatus from) => Array.AsReadOnly(Moves[Index(from, nameof(from))]);

    /// <summary>Tells whether an update may take an action from one status to another (or keep an open action where it is).</summary>
    /// <param name="from">The status now.</param>
    /// <param name="to">The status after the update.</param>
    /// <returns>Whether the move is allowed.</returns>
    /// <exception cref="ArgumentException">A status is unknown.</exception>
    public static bool IsAllowed(ActionStatus from, ActionStatus to)
    {
        var moves = Moves[Index(from, nameof(from))];
        _ = Index(to, nameof(to));
        return from == to ? IsOpen(from) : Array.IndexOf(moves, to) >= 0;
    }

    /// <summary>Tells whether a status is open (neither done nor cancelled).</summary>
    /// <param name="status">The status.</param>
    /// <returns>Whether it is open.</returns>
    public static bool IsOpen(ActionStatus status) => status is ActionStatus.Planned or ActionStatus.InProgress or ActionStatus.OnHold;

    /// <summary>Lists every reason why <paramref name="update"/> cannot be recorded on <paramref name="action"/>; empty when it can.</summary>
    /// <param name="action">The action.</param>
    /// <param name="update">The update.</param>
    /// <returns>The unmet conditions.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<UnmetCondition> Check(PlannedAction action, ActionUpdate update)
    {
        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        if (update is null)
        {
            throw new ArgumentNullException(nameof(update));
        }

        return Check(action.Id, action.Status, action.Updates.Count == 0 ? null : action.Updates[action.Updates.Count - 1].At, update);
    }

    internal static List<UnmetCondition> Check(ActionId id, ActionStatus from, NodaTime.Instant? lastAt, ActionUpdate update)
    {
        var problems = new List<UnmetCondition>();
        if (!IsOpen(from))
        {
            problems.Add(new UnmetCondition(ConditionCodes.ActionStatusClosed, "C2", ActionTexts.Closed.Fill(id.Value, ActionTexts.NameOf(from))));
        }
        else if (!IsAllowed(from, update.Status))
        {
            problems.Add(new UnmetCondition(ConditionCodes.ActionStatusNotAllowed, "C2", ActionTexts.NotAllowed.Fill(id.Value, ActionTexts.NameOf(from), ActionTexts.NameOf(update.Status))));
        }

        if (update.Status == ActionStatus.Done && update.Note is null)
        {
            problems.Add(new UnmetCondition(ConditionCodes.ActionStatusOutcomeMissing, "C3", ActionTexts.OutcomeMissing.Fill(id.Value)));
        }

        if (update.Status == ActionStatus.Cancelled && update.Note is null)
        {
            problems.Add(new UnmetCondition(ConditionCodes.ActionStatusReasonMissing, "C2", ActionTexts.ReasonMissing.Fill(id.Value)));
        }

        if (lastAt is { } last && update.At < last)
        {
            problems.Add(new UnmetCondition(ConditionCodes.ActionStatusBeforeLast, "C2", ActionTexts.BeforeLast.Fill(id.Value)));
        }

        return problems;
    }

    private static int Index(ActionStatus status, string paramName) =>
        status is >= ActionStatus.Planned and <= ActionStatus.Cancelled
            ? (int)status
            : throw new ArgumentException($"Unknown status {status}.", paramName);
}

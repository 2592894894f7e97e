using ForBedring.Internal;

namespace ForBedring.Actions;

/// <summary>
/// C2: one open action in a prepared status review, in the guide's fixed structure: its status, what happened since
/// the last review, the next step, and whether help is needed; with the plan it belongs to and what flags it.
/// </summary>
public sealed record StatusReviewLine
{
    internal StatusReviewLine(ActionPlan plan, PlannedAction action, IReadOnlyList<ActionUpdate> sinceLast, bool overdue, bool dueSoon, bool stale, PersonId? presenter)
    {
        Presenter = presenter;
        Plan = plan;
        Action = action;
        SinceLastReview = sinceLast;
        IsOverdue = overdue;
        IsDueSoon = dueSoon;
        IsStale = stale;
    }

    /// <summary>Gets who presents the action's status in the meeting (C7): the team's status reporter, or else the action's owner (each owner in turn); null when neither is set.</summary>
    public PersonId? Presenter { get; }

    /// <summary>Gets the plan the action belongs to.</summary>
    public ActionPlan Plan { get; }

    /// <summary>Gets the action.</summary>
    public PlannedAction Action { get; }

    /// <summary>Gets the action's status.</summary>
    public ActionStatus Status => Action.Status;

    /// <summary>Gets the updates since the last review (all of them when there was none), oldest first.</summary>
    public IReadOnlyList<ActionUpdate> SinceLastReview { get; }

    /// <summary>Gets the next step of the latest update, or null.</summary>
    public string? NextStep => Action.Updates.Count == 0 ? null : Action.Updates[Action.Updates.Count - 1].NextStep;

    /// <summary>Gets whether the latest update asked for help.</summary>
    public bool HelpNeeded => Action.Updates.Count > 0 && Action.Updates[Action.Updates.Count - 1].HelpNeeded;

    /// <summary>Gets whether the due date has passed.</summary>
    public bool IsOverdue { get; }

    /// <summary>Gets whether the due date is within the options' days ahead.</summary>
    public bool IsDueSoon { get; }

    /// <summary>Gets whether the action has had no update for the options' days (or never).</summary>
    public bool IsStale { get; }

    /// <summary>Gets whether nobody owns the action.</summary>
    public bool IsOwnerless => Action.Owner is null;

    /// <summary>Tells whether two values are equal, their lists compared item by item.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(StatusReviewLine? other) =>
        other is not null && Action.Equals(other.Action) && Plan.Equals(other.Plan) && IsOverdue == other.IsOverdue && IsDueSoon == other.IsDueSoon
        && IsStale == other.IsStale && Presenter == other.Presenter && ValueList.SequenceEqual(SinceLastReview, other.SinceLastReview);

    /// <inheritdoc/>
    public override int GetHashCode() => Action.GetHashCode();
}

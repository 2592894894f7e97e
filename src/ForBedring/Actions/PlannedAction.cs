using ForBedring.Internal;
using ForBedring.Results;
using NodaTime;

namespace ForBedring.Actions;

/// <summary>
/// An action (tiltak) of an action plan, with its details (C1, C5, C6), its status life cycle and its history of
/// updates (C2). Immutable: <see cref="Record"/> returns the action with one more update. The status is that of the
/// last update (planned when there is none), so the status and the history cannot disagree.
/// </summary>
public sealed record PlannedAction
{
    /// <summary>Creates the action.</summary>
    /// <param name="id">Its id within the process.</param>
    /// <param name="title">A short title.</param>
    /// <param name="focusArea">The focus area of the plan it belongs to.</param>
    /// <param name="owner">Who is responsible for developing it (C5), or null while unassigned.</param>
    /// <param name="dueDate">When it is due, or null while unset.</param>
    /// <param name="description">What will be done, or null.</param>
    /// <param name="successMeasure">How success will be judged, or null.</param>
    /// <param name="indicator">The indicator it should move, or null.</param>
    /// <param name="contributors">Who else works on it; null for nobody.</param>
    /// <param name="units">The units taking part (for cross-unit actions); null for none named.</param>
    /// <param name="resources">The resources to involve (C6); null for none.</param>
    /// <param name="subSteps">Optional sub-steps; null for none.</param>
    /// <param name="crossUnit">Whether it cuts across the members' areas of responsibility (B5, A5.4).</param>
    /// <param name="updates">Its history of updates, oldest first; null for none. Each must pass <see cref="ActionLifecycle"/> from the one before.</param>
    /// <exception cref="ArgumentException">An id is the default value, a text is invalid, a person or unit occurs twice, the owner is among the contributors, or the history breaks the life cycle.</exception>
    public PlannedAction(
        ActionId id,
        string title,
        FocusAreaId focusArea,
        PersonId? owner = null,
        LocalDate? dueDate = null,
        string? description = null,
        string? successMeasure = null,
        IndicatorId? indicator = null,
        IEnumerable<PersonId>? contributors = null,
        IEnumerable<UnitId>? units = null,
        IEnumerable<ActionResource>? resources = null,
        IEnumerable<ActionSubStep>? subSteps = null,
        bool crossUnit = false,
        IEnumerable<ActionUpdate>? updates = null)
    {
        if (id.Value.Length == 0)
        {
            throw new ArgumentException("An action needs an id.", nameof(id));
        }

        if (focusArea.Value.Length == 0)
        {
            throw new ArgumentException("An action belongs to a focus area.", nameof(focusArea));
        }

        if (owner is { Value.Length: 0 })
        {
            throw new ArgumentException("The owner is the default person id.", nameof(owner));
        }

        if (indicator is { Value.Length: 0 })
        {
            throw new ArgumentException("The indicator is the default indicator id.", nameof(indicator));
        }

        Id = id;
        Title = Guard.Text(title, nameof(title), 300);
        FocusArea = focusArea;
        Owner = owner;
        DueDate = DayKey.Iso(dueDate);
        Description = description is null ? null : Guard.Text(description, nameof(description), 4_000);
        SuccessMeasure = successMeasure is null ? null : Guard.Text(successMeasure, nameof(successMeasure), 2_000);
        Indicator = indicator;
        Contributors = ValueList.Copy(contributors ?? [], nameof(contributors), static p => p.Value.Length > 0);
        Units = ValueList.Copy(units ?? [], nameof(units), static u => u.Value.Length > 0);
        Resources = ValueList.Copy(resources ?? [], nameof(resources));
        SubSteps = ValueList.Copy(subSteps ?? [], nameof(subSteps));
        CrossUnit = crossUnit;
        if (Contributors.Distinct().Count() != Contributors.Count || (owner is { } o && Contributors.Contains(o)))
        {
            throw new ArgumentException("A contributor occurs twice or is the owner.", nameof(contributors));
        }

        if (Units.Distinct().Count() != Units.Count)
        {
            throw new ArgumentException("A unit occurs twice.", nameof(units));
        }

        Updates = ValueList.Copy(updates ?? [], nameof(updates));
        var status = ActionStatus.Planned;
        Instant? last = null;
        for (var i = 0; i < Updates.Count; i++)
        {
            var problems = ActionLifecycle.Check(id, status, last, Updates[i]);
            if (problems.Count > 0)
            {
                throw new ArgumentException($"Update {i} breaks the action's life cycle: {problems[0].Text.English}", nameof(updates));
            }

            status = Updates[i].Status;
            last = Updates[i].At;
        }
    }

    /// <summary>Gets the action's id within its process.</summary>
    public ActionId Id { get; }

    /// <summary>Gets the short title.</summary>
    public string Title { get; }

    /// <summary>Gets the focus area it belongs to.</summary>
    public FocusAreaId FocusArea { get; }

    /// <summary>Gets the owner (C5), or null while unassigned.</summary>
    public PersonId? Owner { get; }

    /// <summary>Gets the due date, or null while unset.</summary>
    public LocalDate? DueDate { get; }

    /// <summary>Gets what will be done, or null.</summary>
    public string? Description { get; }

    /// <summary>Gets how success will be judged, or null.</summary>
    public string? SuccessMeasure { get; }

    /// <summary>Gets the indicator it should move, or null.</summary>
    public IndicatorId? Indicator { get; }

    /// <summary>Gets who else works on it.</summary>
    public IReadOnlyList<PersonId> Contributors { get; }

    /// <summary>Gets the units taking part.</summary>
    public IReadOnlyList<UnitId> Units { get; }

    /// <summary>Gets the resources to involve (C6).</summary>
    public IReadOnlyList<ActionResource> Resources { get; }

    /// <summary>Gets the sub-steps.</summary>
    public IReadOnlyList<ActionSubStep> SubSteps { get; }

    /// <summary>Gets whether it cuts across the members' areas of responsibility.</summary>
    public bool CrossUnit { get; }

    /// <summary>Gets the history of updates, oldest first.</summary>
    public IReadOnlyList<ActionUpdate> Updates { get; }

    /// <summary>Gets the status: that of the last update, or planned.</summary>
    public ActionStatus Status => Updates.Count == 0 ? ActionStatus.Planned : Updates[Updates.Count - 1].Status;

    /// <summary>Gets whether the action is still open (neither done nor cancelled).</summary>
    public bool IsOpen => ActionLifecycle.IsOpen(Status);

    /// <summary>Gets the latest progress in per cent, or null when none was given.</summary>
    public int? Progress
    {
        get
        {
            for (var i = Updates.Count - 1; i >= 0; i--)
            {
                if (Updates[i].Progress is { } p)
                {
                    return p;
                }
            }

            return null;
        }
    }

    /// <summary>Gets the time of the last update, or null.</summary>
    public Instant? LastUpdatedAt => Updates.Count == 0 ? null : Updates[Updates.Count - 1].At;

    /// <summary>Gets the outcome note when the action is done, the reason when cancelled; otherwise null.</summary>
    public string? ClosingNote => IsOpen ? null : Updates[Updates.Count - 1].Note;

    /// <summary>Returns the action with <paramref name="update"/> appended to its history.</summary>
    /// <param name="update">The update.</param>
    /// <returns>The updated action.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="update"/> is null.</exception>
    /// <exception cref="ActionRuleException">The life cycle does not allow the update; every reason is listed and the action is unchanged.</exception>
    public PlannedAction Record(ActionUpdate update)
    {
        if (update is null)
        {
            throw new ArgumentNullException(nameof(update));
        }

        var problems = ActionLifecycle.Check(Id, Status, LastUpdatedAt, update);
        if (problems.Count > 0)
        {
            throw new ActionRuleException(Id, Status, update.Status, problems);
        }

        return WithUpdates(Updates.Concat([update]));
    }

    /// <summary>Returns the action with another history (used when carrying it over or loading it); the life cycle is checked.</summary>
    /// <param name="updates">The history.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentException">The history breaks the life cycle.</exception>
    public PlannedAction WithUpdates(IEnumerable<ActionUpdate> updates) =>
        new(Id, Title, FocusArea, Owner, DueDate, Description, SuccessMeasure, Indicator, Contributors, Units, Resources, SubSteps, CrossUnit, updates);

    /// <summary>Returns the action with another owner and due date, its history kept.</summary>
    /// <param name="owner">The owner, or null.</param>
    /// <param name="dueDate">The due date, or null.</param>
    /// <returns>The action.</returns>
    /// <exception cref="ArgumentException">The owner is the default value or a contributor.</exception>
    public PlannedAction WithOwnerAndDueDate(PersonId? owner, LocalDate? dueDate) =>
        new(Id, Title, FocusArea, owner, dueDate, Description, SuccessMeasure, Indicator, Contributors, Units, Resources, SubSteps, CrossUnit, Updates);

    /// <summary>Tells whether two values are equal, their lists compared item by item.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(PlannedAction? other) =>
        other is not null && Id == other.Id && Title == other.Title && FocusArea == other.FocusArea && Owner == other.Owner
        && DueDate == other.DueDate && Description == other.Description && SuccessMeasure == other.SuccessMeasure
        && Indicator == other.Indicator && CrossUnit == other.CrossUnit
        && ValueList.SequenceEqual(Contributors, other.Contributors) && ValueList.SequenceEqual(Units, other.Units)
        && ValueList.SequenceEqual(Resources, other.Resources) && ValueList.SequenceEqual(SubSteps, other.SubSteps)
        && ValueList.SequenceEqual(Updates, other.Updates);

    /// <inheritdoc/>
    public override int GetHashCode() => (Id.GetHashCode() * 31) + ValueList.SequenceHash(Updates);
}

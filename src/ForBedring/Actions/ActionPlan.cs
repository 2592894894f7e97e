using ForBedring.Internal;

namespace ForBedring.Actions;

/// <summary>
/// An action plan (handlingsplan): a unit's own plan, held by its leader (C1), or the leadership team's shared plan
/// for cross-unit actions (B5, A5.4). It has focus areas — at least one to keep (bevaringsområde) and one to improve
/// (forbedringsområde) before it can be adopted — and the actions that serve them.
/// </summary>
public sealed record ActionPlan
{
    /// <summary>Creates the plan.</summary>
    /// <param name="unit">The unit whose plan it is, or null for the leadership team's shared plan.</param>
    /// <param name="responsible">The leader responsible for the plan (the unit's leader, or the team's leader).</param>
    /// <param name="focusAreas">The focus areas, each id once.</param>
    /// <param name="actions">The actions, each id once, each in one of the plan's focus areas.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">An id is the default value or occurs twice, or an action's focus area is not in the plan.</exception>
    public ActionPlan(UnitId? unit, PersonId responsible, IEnumerable<FocusArea> focusAreas, IEnumerable<PlannedAction> actions)
    {
        if (unit is { Value.Length: 0 })
        {
            throw new ArgumentException("The unit is the default unit id.", nameof(unit));
        }

        if (responsible.Value.Length == 0)
        {
            throw new ArgumentException("A plan needs the leader responsible for it.", nameof(responsible));
        }

        Unit = unit;
        Responsible = responsible;
        FocusAreas = ValueList.Copy(focusAreas, nameof(focusAreas));
        Actions = ValueList.Copy(actions, nameof(actions));
        if (FocusAreas.Select(f => f.Id).Distinct().Count() != FocusAreas.Count)
        {
            throw new ArgumentException("A focus area id occurs twice.", nameof(focusAreas));
        }

        if (Actions.Select(a => a.Id).Distinct().Count() != Actions.Count)
        {
            throw new ArgumentException("An action id occurs twice.", nameof(actions));
        }

        // Counting the actions per focus area here, while checking them, lets a roll-up over thousands of plans add
        // whole areas instead of visiting every action.
        var counts = new int[FocusAreas.Count];
        foreach (var action in Actions)
        {
            var index = IndexOfFocusArea(action.FocusArea);
            if (index < 0)
            {
                throw new ArgumentException($"Action {action.Id} belongs to the focus area {action.FocusArea}, which the plan does not have.", nameof(actions));
            }

            counts[index]++;
        }

        ActionCountsByFocusArea = counts;
    }

    /// <summary>Gets, for each of <see cref="FocusAreas"/> in order, how many of the plan's actions belong to it.</summary>
    internal int[] ActionCountsByFocusArea { get; }

    private int IndexOfFocusArea(FocusAreaId id)
    {
        for (var i = 0; i < FocusAreas.Count; i++)
        {
            if (FocusAreas[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Gets the unit whose plan it is, or null for the shared plan.</summary>
    public UnitId? Unit { get; }

    /// <summary>Gets whether this is the leadership team's shared plan for cross-unit actions.</summary>
    public bool IsShared => Unit is null;

    /// <summary>Gets the leader responsible for the plan.</summary>
    public PersonId Responsible { get; }

    /// <summary>Gets the focus areas.</summary>
    public IReadOnlyList<FocusArea> FocusAreas { get; }

    /// <summary>Gets the actions.</summary>
    public IReadOnlyList<PlannedAction> Actions { get; }

    /// <summary>Gets the focus area with an id, or null.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The focus area, or null.</returns>
    public FocusArea? FindFocusArea(FocusAreaId id)
    {
        foreach (var area in FocusAreas)
        {
            if (area.Id == id)
            {
                return area;
            }
        }

        return null;
    }

    /// <summary>Gets the action with an id, or null.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The action, or null.</returns>
    public PlannedAction? FindAction(ActionId id)
    {
        foreach (var action in Actions)
        {
            if (action.Id == id)
            {
                return action;
            }
        }

        return null;
    }

    /// <summary>Returns the plan with a focus area added, or replaced when one with the same id exists.</summary>
    /// <param name="area">The focus area.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    public ActionPlan WithFocusArea(FocusArea area)
    {
        _ = Guard.NotNull(area, nameof(area));
        return new ActionPlan(Unit, Responsible, Replace(FocusAreas, area, a => a.Id == area.Id), Actions);
    }

    /// <summary>Returns the plan with an action added, or replaced when one with the same id exists.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The new plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
    /// <exception cref="ArgumentException">The action's focus area is not in the plan.</exception>
    public ActionPlan WithAction(PlannedAction action)
    {
        _ = Guard.NotNull(action, nameof(action));
        return new ActionPlan(Unit, Responsible, FocusAreas, Replace(Actions, action, a => a.Id == action.Id));
    }

    /// <summary>
    /// Lists what keeps the plan from being adopted (C1): a missing area to keep or to improve, no actions, an action
    /// without an owner or a due date. Empty when it can be adopted.
    /// </summary>
    /// <returns>The unmet conditions.</returns>
    public IReadOnlyList<UnmetCondition> AdoptionProblems()
    {
        var problems = new List<UnmetCondition>();
        var who = Unit?.Value ?? "—";
        if (!FocusAreas.Any(f => f.Kind == FocusAreaKind.Keep))
        {
            problems.Add(new UnmetCondition(ConditionCodes.PlanKeepAreaMissing, "C1", ActionTexts.KeepAreaMissing.Fill(who)));
        }

        if (!FocusAreas.Any(f => f.Kind == FocusAreaKind.Improve))
        {
            problems.Add(new UnmetCondition(ConditionCodes.PlanImproveAreaMissing, "C1", ActionTexts.ImproveAreaMissing.Fill(who)));
        }

        if (Actions.Count == 0)
        {
            problems.Add(new UnmetCondition(ConditionCodes.PlanNoActions, "C1", ActionTexts.PlanWithoutActions.Fill(who)));
        }

        foreach (var action in Actions)
        {
            if (action.Owner is null)
            {
                problems.Add(new UnmetCondition(ConditionCodes.PlanActionWithoutOwner, "C5", ActionTexts.ActionWithoutOwner.Fill(action.Id.Value)));
            }

            if (action.DueDate is null)
            {
                problems.Add(new UnmetCondition(ConditionCodes.PlanActionWithoutDueDate, "C1", ActionTexts.ActionWithoutDueDate.Fill(action.Id.Value)));
            }
        }

        return problems;
    }

    /// <summary>Tells whether two values are equal, their lists compared item by item.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ActionPlan? other) =>
        other is not null && Unit == other.Unit && Responsible == other.Responsible
        && ValueList.SequenceEqual(FocusAreas, other.FocusAreas) && ValueList.SequenceEqual(Actions, other.Actions);

    /// <inheritdoc/>
    public override int GetHashCode() => (Responsible.GetHashCode() * 31) + ValueList.SequenceHash(FocusAreas) + ValueList.SequenceHash(Actions);

    private static List<T> Replace<T>(IReadOnlyList<T> items, T item, Func<T, bool> same)
    {
        var list = new List<T>(items);
        var index = list.FindIndex(x => same(x));
        if (index >= 0)
        {
            list[index] = item;
        }
        else
        {
            list.Add(item);
        }

        return list;
    }
}

namespace ForBedring.Actions;

/// <summary>What the quality check (<see cref="ActionQualityCheck"/>) found to suggest about an action.</summary>
public enum ActionQualityIssue
{
    /// <summary>The action only targets individuals (a course, coping, the single employee) rather than how the work is organised.</summary>
    TargetsIndividuals = 0,

    /// <summary>Nobody owns the action.</summary>
    NoOwner = 1,

    /// <summary>The action has no due date.</summary>
    NoDueDate = 2,

    /// <summary>The action is too vague to check: no measure of success, no sub-steps, and a short or general text.</summary>
    TooVague = 3,
}

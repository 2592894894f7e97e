using ForBedring.Results;
using NodaTime;

namespace ForBedring.Actions;

/// <summary>
/// What a talking point rests on: the unit and its release status, the released figures (never hidden ones), the focus
/// area, the action with its status, due date and last update. Fields that do not apply are null or empty.
/// </summary>
public sealed class TalkingPointEvidence
{
    internal TalkingPointEvidence(
        UnitId? unit = null,
        ReleaseStatus? unitStatus = null,
        int? respondents = null,
        IReadOnlyList<IndicatorScore>? scores = null,
        FocusAreaId? focusArea = null,
        ActionId? action = null,
        ActionStatus? actionStatus = null,
        LocalDate? dueDate = null,
        LocalDate? lastUpdated = null)
    {
        Unit = unit;
        UnitStatus = unitStatus;
        Respondents = respondents;
        Scores = scores ?? Array.Empty<IndicatorScore>();
        FocusArea = focusArea;
        Action = action;
        ActionStatus = actionStatus;
        DueDate = dueDate;
        LastUpdated = lastUpdated;
    }

    /// <summary>Gets the unit the point is about, or null.</summary>
    public UnitId? Unit { get; }

    /// <summary>Gets the unit's release status, or null when the unit is not in the view or no unit applies.</summary>
    public ReleaseStatus? UnitStatus { get; }

    /// <summary>Gets the released respondents, or null (always null for a hidden unit).</summary>
    public int? Respondents { get; }

    /// <summary>Gets the released scores the point cites (always empty for a hidden unit).</summary>
    public IReadOnlyList<IndicatorScore> Scores { get; }

    /// <summary>Gets the focus area, or null.</summary>
    public FocusAreaId? FocusArea { get; }

    /// <summary>Gets the action, or null.</summary>
    public ActionId? Action { get; }

    /// <summary>Gets the action's status, or null.</summary>
    public ActionStatus? ActionStatus { get; }

    /// <summary>Gets the action's due date, or null.</summary>
    public LocalDate? DueDate { get; }

    /// <summary>Gets the date of the action's last update in the team's time zone, or null.</summary>
    public LocalDate? LastUpdated { get; }
}

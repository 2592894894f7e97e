using ForBedring.Internal;
using ForBedring.Process;
using NodaTime;

namespace ForBedring.Actions;

/// <summary>An action (tiltak) in the team's action plan.</summary>
/// <param name="Id">The action's id within its process.</param>
/// <param name="Title">A short title.</param>
/// <param name="Description">What will be done, and how success will be judged; or null.</param>
/// <param name="Owner">Who is responsible for developing it (C5), or null while unassigned.</param>
/// <param name="DueDate">When it is due, or null while unset.</param>
/// <param name="CrossUnit">Whether it cuts across the members' areas of responsibility.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Origin">The step at which it was added: <see cref="ProcessStep.ActionKickoff"/> (B5) or <see cref="ProcessStep.ActionPlanning"/> (C1).</param>
public sealed record ImprovementAction(
    ActionId Id,
    string Title,
    string? Description,
    PersonId? Owner,
    LocalDate? DueDate,
    bool CrossUnit,
    ActionStatus Status,
    ProcessStep Origin)
{
    /// <summary>Gets the action's id within its process.</summary>
    public ActionId Id { get; init; } = Id.Value.Length > 0 ? Id : throw new ArgumentException("An action needs an id.", nameof(Id));

    /// <summary>Gets the short title.</summary>
    public string Title { get; init; } = Guard.Text(Title, nameof(Title), 300);

    /// <summary>Gets what will be done, and how success will be judged; or null.</summary>
    public string? Description { get; init; } = Description is null ? null : Guard.Text(Description, nameof(Description));

    private readonly LocalDate? _dueDate = DayKey.Iso(DueDate);

    /// <summary>Gets when it is due, or null while unset.</summary>
    public LocalDate? DueDate
    {
        get => _dueDate;
        init
        {
            _dueDate = DayKey.Iso(value);
            DueDay = DayKey.Of(value);
        }
    }

    /// <summary>Gets <see cref="DueDate"/> as an ISO day number that compares like the date (<see cref="int.MaxValue"/> while unset), for a roll-up's overdue count.</summary>
    internal int DueDay { get; private init; } = DayKey.Of(DueDate);

    /// <summary>Gets whether the action is still open (neither done nor cancelled).</summary>
    public bool IsOpen => Status is not (ActionStatus.Done or ActionStatus.Cancelled);
}

using ForBedring.Actions;
using ForBedring.Internal;
using ForBedring.Process;
using ForBedring.Prompts;
using NodaTime;

namespace ForBedring.Meetings;

/// <summary>
/// The minutes (referat) of the read-back meeting: the minute-taker's notes per agenda item, tagged by kind of
/// contribution; who shared and who was absent (B3); what the groups brought to the plenary (B4); the actions started,
/// each with owner and due date (B5); what was agreed (B6); who does what by when and the next status-review dates (B7);
/// and the meeting's evaluation (the notes on the evaluation item).
/// </summary>
public sealed record MeetingMinutes
{
    /// <summary>Creates the minutes.</summary>
    /// <param name="agenda">The agenda the notes refer to.</param>
    /// <param name="notes">The notes, in the order taken; each refers to an item of the agenda.</param>
    /// <param name="shared">Who shared (B3).</param>
    /// <param name="absent">Who was absent (B3).</param>
    /// <param name="groupContributions">What the groups brought to the plenary (B4): the team's answers, in order.</param>
    /// <param name="actions">The actions started (B5).</param>
    /// <param name="agreements">What was agreed (B6).</param>
    /// <param name="tasks">Who does what by when (B7).</param>
    /// <param name="reviewDates">The dates the action plan is next on the leadership meetings' agenda (B7, C2).</param>
    /// <exception cref="ArgumentNullException">An argument or item is null.</exception>
    /// <exception cref="ArgumentException">A note refers to an item the agenda does not have.</exception>
    public MeetingMinutes(
        MeetingAgenda agenda,
        IEnumerable<MinuteNote> notes,
        IEnumerable<PersonId> shared,
        IEnumerable<PersonId> absent,
        IEnumerable<string> groupContributions,
        IEnumerable<ImprovementAction> actions,
        IEnumerable<string> agreements,
        IEnumerable<FollowUpTask> tasks,
        IEnumerable<LocalDate> reviewDates)
    {
        Agenda = Guard.NotNull(agenda, nameof(agenda));
        Notes = ValueList.Copy(notes, nameof(notes));
        var outside = Notes.FirstOrDefault(n => n.ItemIndex >= agenda.Items.Count);
        if (outside is not null)
        {
            throw new ArgumentException($"A note refers to item {outside.ItemIndex}; the agenda has {agenda.Items.Count} items.", nameof(notes));
        }

        Shared = ValueList.Copy(shared, nameof(shared));
        Absent = ValueList.Copy(absent, nameof(absent));
        GroupContributions = ValueList.Copy(groupContributions, nameof(groupContributions));
        Actions = ValueList.Copy(actions, nameof(actions));
        Agreements = ValueList.Copy(agreements, nameof(agreements));
        Tasks = ValueList.Copy(tasks, nameof(tasks));
        ReviewDates = ValueList.Copy(reviewDates?.Select(DayKey.Iso), nameof(reviewDates));
    }

    /// <summary>Gets the agenda the notes refer to.</summary>
    public MeetingAgenda Agenda { get; }

    /// <summary>Gets the notes, in the order taken.</summary>
    public IReadOnlyList<MinuteNote> Notes { get; }

    /// <summary>Gets who shared (B3).</summary>
    public IReadOnlyList<PersonId> Shared { get; }

    /// <summary>Gets who was absent (B3).</summary>
    public IReadOnlyList<PersonId> Absent { get; }

    /// <summary>Gets what the groups brought to the plenary (B4).</summary>
    public IReadOnlyList<string> GroupContributions { get; }

    /// <summary>Gets the actions started (B5).</summary>
    public IReadOnlyList<ImprovementAction> Actions { get; }

    /// <summary>Gets what was agreed (B6).</summary>
    public IReadOnlyList<string> Agreements { get; }

    /// <summary>Gets who does what by when (B7).</summary>
    public IReadOnlyList<FollowUpTask> Tasks { get; }

    /// <summary>Gets the dates the action plan is next on the leadership meetings' agenda.</summary>
    public IReadOnlyList<LocalDate> ReviewDates { get; }

    /// <summary>Gets the meeting's evaluation: the notes on items of kind <see cref="AgendaItemKind.Evaluation"/>.</summary>
    public IReadOnlyList<MinuteNote> Evaluation =>
        Notes.Where(n => Agenda.Items[n.ItemIndex].Kind == AgendaItemKind.Evaluation).ToList().AsReadOnly();

    /// <summary>
    /// Reads what the process recorded (its agenda, who shared and was absent, the B4 answers, the actions started at
    /// B5, the agreements, tasks and review dates) and adds the minute-taker's notes.
    /// </summary>
    /// <param name="process">The process.</param>
    /// <param name="notes">The minute-taker's notes.</param>
    /// <returns>The minutes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The process has no agenda yet.</exception>
    /// <exception cref="ArgumentException">A note refers to an item the agenda does not have.</exception>
    public static MeetingMinutes From(FollowUpProcess process, IEnumerable<MinuteNote> notes)
    {
        Guard.NotNull(process, nameof(process));
        var agenda = process.Agenda ?? throw new InvalidOperationException("The process has no agenda yet.");
        var groupPrompts = new HashSet<PromptId>(process.Prompts.Prompts
            .Where(p => p.Step is ProcessStep.GroupDialogue or ProcessStep.PlenaryRound)
            .Select(p => p.Id));
        var contributions = process.Answers
            .Where(a => groupPrompts.Contains(a.Prompt) && a.Answer is TextAnswer)
            .Select(a => ((TextAnswer)a.Answer).Text);
        return new MeetingMinutes(
            agenda,
            notes,
            process.Shared,
            process.Absent,
            contributions,
            process.Actions.Where(a => a.Origin == ProcessStep.ActionKickoff),
            process.Agreements,
            process.FollowUpTasks,
            process.StatusReviewDates);
    }

    /// <summary>Gets the kinds of the tagged notes on an item, in the order they were taken (B2).</summary>
    /// <param name="itemIndex">The item's position.</param>
    /// <returns>The kinds, untagged notes left out.</returns>
    public IReadOnlyList<ContributionKind> KindsInOrder(int itemIndex) =>
        Notes.Where(n => n.ItemIndex == itemIndex && n.Kind is not null).Select(n => n.Kind!.Value).ToList().AsReadOnly();

    /// <summary>
    /// Tells whether the round on an item was open and wondering before it concluded (B2): at least one observation,
    /// wondering or question was noted before the first conclusion.
    /// </summary>
    /// <param name="itemIndex">The item's position.</param>
    /// <returns>Whether it was; false when no tagged note comes before a conclusion or nothing was tagged.</returns>
    public bool WasOpenBeforeConcluding(int itemIndex)
    {
        var kinds = KindsInOrder(itemIndex);
        return kinds.Count > 0 && kinds[0] != ContributionKind.Conclusion;
    }

    /// <summary>Tells whether two values are equal, their lists compared item by item.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(MeetingMinutes? other) =>
        other is not null && Agenda.Equals(other.Agenda) && ValueList.SequenceEqual(Notes, other.Notes)
        && ValueList.SequenceEqual(Shared, other.Shared) && ValueList.SequenceEqual(Absent, other.Absent)
        && ValueList.SequenceEqual(GroupContributions, other.GroupContributions) && ValueList.SequenceEqual(Actions, other.Actions)
        && ValueList.SequenceEqual(Agreements, other.Agreements) && ValueList.SequenceEqual(Tasks, other.Tasks)
        && ValueList.SequenceEqual(ReviewDates, other.ReviewDates);

    /// <inheritdoc/>
    public override int GetHashCode() => Agenda.GetHashCode() ^ ValueList.SequenceHash(Notes);
}

using ForBedring.Internal;
using NodaTime;

namespace ForBedring.Actions;

/// <summary>
/// C2, C3, C7: the status review prepared for a leadership meeting on a date. Per open action, the fixed structure
/// (<see cref="StatusReviewLine"/>); and the lists the meeting should look at, each by a plain definition:
/// <list type="bullet">
/// <item><description><see cref="Overdue"/>: open actions whose due date is before the review date;</description></item>
/// <item><description><see cref="DueSoon"/>: open actions due on the review date or within <see cref="StatusReviewOptions.DueSoonDays"/> days after it;</description></item>
/// <item><description><see cref="Stale"/>: open actions never updated, or whose last update was
/// <see cref="StatusReviewOptions.StaleAfterDays"/> days or more before the review date (dates in the team's time zone);</description></item>
/// <item><description><see cref="Ownerless"/>: open actions without an owner;</description></item>
/// <item><description><see cref="Completed"/> (C3, the results asked for): actions closed (done or cancelled) after the previous
/// review's date and on or before this one, each with its outcome or reason.</description></item>
/// </list>
/// Open means planned, in progress or on hold. Lists keep the order of the plans and of the actions in them.
/// </summary>
public sealed record StatusReviewReport
{
    private StatusReviewReport(LocalDate date, LocalDate? previous, IReadOnlyList<StatusReviewLine> lines, IReadOnlyList<PlannedAction> completed, PersonId? reporter)
    {
        Reporter = reporter;
        Date = date;
        PreviousReview = previous;
        Lines = lines;
        Completed = completed;
    }

    /// <summary>Gets the status reporter chosen at C7, who presents every action; null when each owner presents their own in turn (<see cref="StatusReviewLine.Presenter"/>).</summary>
    public PersonId? Reporter { get; }

    /// <summary>Gets the review date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the date of the previous review, or null when this is the first.</summary>
    public LocalDate? PreviousReview { get; }

    /// <summary>Gets one line per open action.</summary>
    public IReadOnlyList<StatusReviewLine> Lines { get; }

    /// <summary>Gets the open actions that are overdue.</summary>
    public IReadOnlyList<PlannedAction> Overdue => Lines.Where(l => l.IsOverdue).Select(l => l.Action).ToReadOnly();

    /// <summary>Gets the open actions that are due soon.</summary>
    public IReadOnlyList<PlannedAction> DueSoon => Lines.Where(l => l.IsDueSoon).Select(l => l.Action).ToReadOnly();

    /// <summary>Gets the open actions without a recent update.</summary>
    public IReadOnlyList<PlannedAction> Stale => Lines.Where(l => l.IsStale).Select(l => l.Action).ToReadOnly();

    /// <summary>Gets the open actions without an owner.</summary>
    public IReadOnlyList<PlannedAction> Ownerless => Lines.Where(l => l.IsOwnerless).Select(l => l.Action).ToReadOnly();

    /// <summary>Gets the open actions whose owner asked for help at the latest update.</summary>
    public IReadOnlyList<PlannedAction> HelpNeeded => Lines.Where(l => l.HelpNeeded).Select(l => l.Action).ToReadOnly();

    /// <summary>Gets the actions closed since the previous review (C3), with their outcome or reason in <see cref="PlannedAction.ClosingNote"/>.</summary>
    public IReadOnlyList<PlannedAction> Completed { get; }

    /// <summary>Prepares the review for a date.</summary>
    /// <param name="plans">The plans.</param>
    /// <param name="date">The review date.</param>
    /// <param name="zone">The team's time zone, in which updates are dated.</param>
    /// <param name="previousReview">The previous review's date, or null when this is the first.</param>
    /// <param name="options">The options; <see cref="StatusReviewOptions.Default"/> when null.</param>
    /// <param name="reporter">The status reporter chosen at C7, who presents every action; null when each owner presents their own in turn.</param>
    /// <returns>The prepared review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plans"/>, a plan or <paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="previousReview"/> is after <paramref name="date"/>.</exception>
    public static StatusReviewReport For(IEnumerable<ActionPlan> plans, LocalDate date, DateTimeZone zone, LocalDate? previousReview = null, StatusReviewOptions? options = null, PersonId? reporter = null)
    {
        var list = ValueList.Copy(plans, nameof(plans));
        Guard.NotNull(zone, nameof(zone));
        date = DayKey.Iso(date);
        previousReview = DayKey.Iso(previousReview);
        if (previousReview > date)
        {
            throw new ArgumentException("The previous review is after this one.", nameof(previousReview));
        }

        options ??= StatusReviewOptions.Default;
        var dueSoonUntil = date.PlusDays(options.DueSoonDays);
        var staleOnOrBefore = date.PlusDays(-options.StaleAfterDays);
        var lines = new List<StatusReviewLine>();
        var completed = new List<PlannedAction>();
        foreach (var plan in list)
        {
            foreach (var action in plan.Actions)
            {
                if (!action.IsOpen)
                {
                    var closed = action.Updates[action.Updates.Count - 1].At.InZone(zone).Date;
                    if (closed <= date && (previousReview is not { } p || closed > p))
                    {
                        completed.Add(action);
                    }

                    continue;
                }

                var since = previousReview is { } prev
                    ? action.Updates.Where(u => u.At.InZone(zone).Date > prev).ToReadOnly()
                    : action.Updates;
                var last = action.LastUpdatedAt?.InZone(zone).Date;
                lines.Add(new StatusReviewLine(
                    plan,
                    action,
                    since,
                    overdue: action.DueDate < date,
                    dueSoon: action.DueDate is { } due && due >= date && due <= dueSoonUntil,
                    stale: last is null || last <= staleOnOrBefore,
                    presenter: reporter ?? action.Owner));
            }
        }

        return new StatusReviewReport(date, previousReview, lines.ToReadOnly(), completed.ToReadOnly(), reporter);
    }

    /// <summary>Tells whether two values are equal, their lists compared item by item.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(StatusReviewReport? other) =>
        other is not null && Date == other.Date && PreviousReview == other.PreviousReview && Reporter == other.Reporter
        && ValueList.SequenceEqual(Lines, other.Lines) && ValueList.SequenceEqual(Completed, other.Completed);

    /// <inheritdoc/>
    public override int GetHashCode() => Date.GetHashCode() ^ ValueList.SequenceHash(Lines);
}

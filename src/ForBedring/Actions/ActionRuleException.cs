namespace ForBedring.Actions;

/// <summary>
/// An update was refused by an action's life cycle (see <see cref="ActionLifecycle"/>). The action is unchanged. Names
/// the action, its status, the status asked for, and every unmet condition.
/// </summary>
public sealed class ActionRuleException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="action">The action.</param>
    /// <param name="from">Its status.</param>
    /// <param name="to">The status the update asked for.</param>
    /// <param name="conditions">Every unmet condition (copied).</param>
    /// <exception cref="ArgumentNullException"><paramref name="conditions"/> is null.</exception>
    public ActionRuleException(ActionId action, ActionStatus from, ActionStatus to, IReadOnlyList<UnmetCondition> conditions)
        : base(Describe(action, from, to, conditions))
    {
        Action = action;
        From = from;
        To = to;
        Conditions = new System.Collections.ObjectModel.ReadOnlyCollection<UnmetCondition>(conditions.ToList());
    }

    /// <summary>Gets the action.</summary>
    public ActionId Action { get; }

    /// <summary>Gets its status.</summary>
    public ActionStatus From { get; }

    /// <summary>Gets the status the update asked for.</summary>
    public ActionStatus To { get; }

    /// <summary>Gets every unmet condition.</summary>
    public IReadOnlyList<UnmetCondition> Conditions { get; }

    private static string Describe(ActionId action, ActionStatus from, ActionStatus to, IReadOnlyList<UnmetCondition> conditions)
    {
        if (conditions is null)
        {
            throw new ArgumentNullException(nameof(conditions));
        }

        var language = TextLanguages.Current;
        return ActionTexts.UpdateRefused.Format(language, action.Value, ActionTexts.NameOf(from), ActionTexts.NameOf(to))
            + Environment.NewLine + string.Join(Environment.NewLine, conditions.Select(c => "- " + c.Text.In(language)));
    }
}

namespace ForBedring.Process;

/// <summary>
/// A command was rejected because the guide's rules do not allow it now. The process is unchanged. Names the step,
/// the action, who tried, and every unmet condition, each with the sentence a leader reads.
/// </summary>
public sealed class ProcessRuleException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="step">The step the process is at.</param>
    /// <param name="action">The action that was rejected.</param>
    /// <param name="actor">Who tried it.</param>
    /// <param name="conditions">Every unmet condition (copied).</param>
    /// <exception cref="ArgumentNullException"><paramref name="conditions"/> is null.</exception>
    public ProcessRuleException(ProcessStep step, ProcessAction action, PersonId actor, IReadOnlyList<UnmetCondition> conditions)
        : base(Describe(step, action, conditions))
    {
        Step = step;
        Action = action;
        Actor = actor;
        Conditions = new System.Collections.ObjectModel.ReadOnlyCollection<UnmetCondition>(conditions.ToList());
    }

    /// <summary>Gets the step the process is at.</summary>
    public ProcessStep Step { get; }

    /// <summary>Gets the action that was rejected.</summary>
    public ProcessAction Action { get; }

    /// <summary>Gets who tried it.</summary>
    public PersonId Actor { get; }

    /// <summary>Gets every unmet condition.</summary>
    public IReadOnlyList<UnmetCondition> Conditions { get; }

    private static string Describe(ProcessStep step, ProcessAction action, IReadOnlyList<UnmetCondition> conditions)
    {
        if (conditions is null)
        {
            throw new ArgumentNullException(nameof(conditions));
        }

        var language = TextLanguages.Current;
        var header = language switch
        {
            TextLanguage.Nynorsk => "Kan ikkje {0} i steget «{1}»:",
            TextLanguage.English => "Cannot {0} at the step '{1}':",
            _ => "Kan ikke {0} i steget «{1}»:",
        };
        var lines = conditions.Select(c => "- " + c.Text.In(language));
        return string.Format(LocalizedText.CultureOf(language), header, ProcessActions.NameOf(action).In(language), ProcessSteps.NameOf(step).In(language))
            + Environment.NewLine + string.Join(Environment.NewLine, lines);
    }
}

namespace ForBedring.Actions;

/// <summary>
/// Talking points were refused (C4): the leader leads no unit of the release, or the person is neither the leader nor
/// someone they lead. Names the leader, the person and every unmet condition.
/// </summary>
public sealed class TalkingPointsException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="leader">The leader asking.</param>
    /// <param name="person">The person the talking points are for.</param>
    /// <param name="conditions">Every unmet condition (copied).</param>
    /// <exception cref="ArgumentNullException"><paramref name="conditions"/> is null.</exception>
    public TalkingPointsException(PersonId leader, PersonId person, IReadOnlyList<UnmetCondition> conditions)
        : base(Describe(leader, person, conditions))
    {
        Leader = leader;
        Person = person;
        Conditions = new System.Collections.ObjectModel.ReadOnlyCollection<UnmetCondition>(conditions.ToList());
    }

    /// <summary>Gets the leader asking.</summary>
    public PersonId Leader { get; }

    /// <summary>Gets the person the talking points were for.</summary>
    public PersonId Person { get; }

    /// <summary>Gets every unmet condition.</summary>
    public IReadOnlyList<UnmetCondition> Conditions { get; }

    private static string Describe(PersonId leader, PersonId person, IReadOnlyList<UnmetCondition> conditions)
    {
        if (conditions is null)
        {
            throw new ArgumentNullException(nameof(conditions));
        }

        var language = TextLanguages.Current;
        return AppraisalTalkingPointsTexts.Refused.Format(language, person.Value, leader.Value)
            + Environment.NewLine + string.Join(Environment.NewLine, conditions.Select(c => "- " + c.Text.In(language)));
    }
}

namespace ForBedring.Prompts;

/// <summary>An answer that names a person on the team, or nobody where the prompt allows it (C7: no status reporter).</summary>
/// <param name="Person">The person, or null for nobody.</param>
public sealed record PersonAnswer(PersonId? Person) : Answer
{
    /// <inheritdoc/>
    public override AnswerKind Kind => AnswerKind.Person;
}

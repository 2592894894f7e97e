using NodaTime;

namespace ForBedring.Prompts;

/// <summary>An answer that is a calendar date.</summary>
/// <param name="Date">The date.</param>
public sealed record DateAnswer(LocalDate Date) : Answer
{
    /// <inheritdoc/>
    public override AnswerKind Kind => AnswerKind.Date;
}

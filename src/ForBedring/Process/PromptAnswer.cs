using ForBedring.Prompts;
using NodaTime;

namespace ForBedring.Process;

/// <summary>An answer given in a process: to which prompt, for whom, by whom and when.</summary>
/// <param name="Prompt">The prompt answered.</param>
/// <param name="Respondent">Whose answer it is: the leader or a member; null for the whole team's answer.</param>
/// <param name="Answer">The answer.</param>
/// <param name="AnsweredBy">Who recorded it.</param>
/// <param name="AnsweredAt">When it was last given or revised.</param>
public sealed record PromptAnswer(PromptId Prompt, PersonId? Respondent, Answer Answer, PersonId AnsweredBy, Instant AnsweredAt)
{
    /// <summary>Gets the prompt answered.</summary>
    public PromptId Prompt { get; init; } = Prompt.Value.Length > 0 ? Prompt : throw new ArgumentException("An answer needs a prompt id.", nameof(Prompt));

    /// <summary>Gets the answer.</summary>
    public Answer Answer { get; init; } = Answer ?? throw new ArgumentNullException(nameof(Answer));
}

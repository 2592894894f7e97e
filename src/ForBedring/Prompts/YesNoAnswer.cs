namespace ForBedring.Prompts;

/// <summary>A yes-or-no answer.</summary>
/// <param name="Value">True for yes.</param>
public sealed record YesNoAnswer(bool Value) : Answer
{
    /// <inheritdoc/>
    public override AnswerKind Kind => AnswerKind.YesNo;
}

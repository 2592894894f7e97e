namespace ForBedring.Prompts;

/// <summary>An answer to a prompt; its <see cref="Kind"/> must match the prompt's <see cref="AnswerSpec.Kind"/>.</summary>
/// <remarks>The answer types are <see cref="TextAnswer"/>, <see cref="YesNoAnswer"/>, <see cref="TopicAreasAnswer"/>,
/// <see cref="IndicatorsAnswer"/>, <see cref="UnitsAnswer"/>, <see cref="PersonAnswer"/> and <see cref="DateAnswer"/>.</remarks>
public abstract record Answer
{
    private protected Answer()
    {
    }

    /// <summary>Gets the type of the answer.</summary>
    public abstract AnswerKind Kind { get; }
}

namespace ForBedring.Prompts;

/// <summary>What a prompt's answer must look like: its type and, for choices, how many items.</summary>
public sealed record AnswerSpec
{
    /// <summary>Creates an answer specification.</summary>
    /// <param name="kind">The type of answer.</param>
    /// <param name="minChoices">For choices: the fewest items (0 or more).</param>
    /// <param name="maxChoices">For choices: the most items (at least <paramref name="minChoices"/> and 1).</param>
    /// <param name="allowNobody">For a person: whether "nobody" is a valid answer.</param>
    /// <exception cref="ArgumentOutOfRangeException">The kind is unknown, or the choice limits are inconsistent.</exception>
    public AnswerSpec(AnswerKind kind, int minChoices = 0, int maxChoices = 0, bool allowNobody = false)
    {
        if (kind is < AnswerKind.FreeText or > AnswerKind.Date)
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown answer kind.");
        }

        var isChoice = kind is AnswerKind.TopicAreas or AnswerKind.Indicators or AnswerKind.Units;
        if (isChoice && (minChoices < 0 || maxChoices < 1 || maxChoices < minChoices || maxChoices > 100))
        {
            throw new ArgumentOutOfRangeException(nameof(maxChoices), $"A choice needs 0 <= min <= max, 1 <= max <= 100; got {minChoices}..{maxChoices}.");
        }

        if (!isChoice && (minChoices != 0 || maxChoices != 0))
        {
            throw new ArgumentOutOfRangeException(nameof(minChoices), "Only choices have a minimum and maximum number of items.");
        }

        if (allowNobody && kind != AnswerKind.Person)
        {
            throw new ArgumentOutOfRangeException(nameof(allowNobody), "Only a person answer can allow nobody.");
        }

        Kind = kind;
        MinChoices = minChoices;
        MaxChoices = maxChoices;
        AllowNobody = allowNobody;
    }

    /// <summary>Gets a free-text answer specification.</summary>
    public static AnswerSpec FreeText { get; } = new(AnswerKind.FreeText);

    /// <summary>Gets a yes-or-no answer specification.</summary>
    public static AnswerSpec YesNo { get; } = new(AnswerKind.YesNo);

    /// <summary>Gets the type of answer.</summary>
    public AnswerKind Kind { get; }

    /// <summary>Gets the fewest items a choice may have (0 for other kinds).</summary>
    public int MinChoices { get; }

    /// <summary>Gets the most items a choice may have (0 for other kinds).</summary>
    public int MaxChoices { get; }

    /// <summary>Gets whether a person answer may name nobody.</summary>
    public bool AllowNobody { get; }
}

namespace ForBedring;

/// <summary>
/// One reason why something cannot be done now: a rule of the guide that is not met, an answer that does not fit
/// its prompt, or a person who is not allowed to act.
/// </summary>
public sealed record UnmetCondition
{
    /// <summary>Creates an unmet condition.</summary>
    /// <param name="code">A stable, machine-readable code such as <c>roles.timekeeper-missing</c>.</param>
    /// <param name="guideReference">The guide item the rule comes from (<c>A3.4</c>), or null.</param>
    /// <param name="text">The sentence a leader reads, in the three languages, its placeholders filled.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="text"/> is null.</exception>
    public UnmetCondition(string code, string? guideReference, LocalizedText text)
    {
        Code = code ?? throw new ArgumentNullException(nameof(code));
        GuideReference = guideReference;
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    /// <summary>Gets the stable, machine-readable code of the condition.</summary>
    public string Code { get; }

    /// <summary>Gets the guide item the rule comes from (<c>A3.4</c>), or null when it is not from the guide.</summary>
    public string? GuideReference { get; }

    /// <summary>Gets the sentence in bokmål, nynorsk and English.</summary>
    public LocalizedText Text { get; }

    /// <summary>Gets the sentence in the current UI culture's language.</summary>
    public string Message => Text.ToString();

    /// <summary>Returns the sentence in the current UI culture's language.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => Message;
}

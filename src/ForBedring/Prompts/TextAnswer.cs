using ForBedring.Internal;

namespace ForBedring.Prompts;

/// <summary>A free-text answer, kept exactly as typed.</summary>
public sealed record TextAnswer : Answer
{
    /// <summary>Creates a free-text answer.</summary>
    /// <param name="text">The text; not blank, at most 20,000 characters, valid UTF-16.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is blank, too long or not valid UTF-16.</exception>
    public TextAnswer(string text) => Text = Guard.Text(text, nameof(text));

    /// <summary>Gets the text.</summary>
    public string Text { get; }

    /// <inheritdoc/>
    public override AnswerKind Kind => AnswerKind.FreeText;
}

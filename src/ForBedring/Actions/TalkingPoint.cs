namespace ForBedring.Actions;

/// <summary>One talking point for an appraisal conversation (medarbeidersamtale, C4): its kind, its sentence in bokmål, nynorsk and English, and its evidence.</summary>
public sealed class TalkingPoint
{
    internal TalkingPoint(TalkingPointKind kind, LocalizedText text, LocalizedText markdown, TalkingPointEvidence evidence)
    {
        Kind = kind;
        Text = text;
        Markdown = markdown;
        Evidence = evidence;
    }

    /// <summary>Gets what the point is drawn from.</summary>
    public TalkingPointKind Kind { get; }

    /// <summary>Gets the sentence, in bokmål, nynorsk and English.</summary>
    public LocalizedText Text { get; }

    /// <summary>Gets what the point rests on.</summary>
    public TalkingPointEvidence Evidence { get; }

    /// <summary>Gets the sentence as inline CommonMark: the wording as is, every typed text in it escaped.</summary>
    internal LocalizedText Markdown { get; }

    /// <inheritdoc/>
    public override string ToString() => Text.ToString();
}

using ForBedring.Internal;

namespace ForBedring.Meetings;

/// <summary>One note the minute-taker records (referat) against an item of the meeting's agenda.</summary>
public sealed record MinuteNote
{
    /// <summary>Initializes a new instance of the <see cref="MinuteNote"/> class.</summary>
    /// <param name="itemIndex">The index of the agenda item the note belongs to (0 for the first item).</param>
    /// <param name="text">What was said or noted.</param>
    /// <param name="kind">What kind of contribution it was, when the minute-taker tagged it.</param>
    /// <param name="by">Who said it, when it is recorded.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="itemIndex"/> is negative or above 99.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or too long, or <paramref name="kind"/> is unknown.</exception>
    public MinuteNote(int itemIndex, string text, ContributionKind? kind = null, PersonId? by = null)
    {
        if (itemIndex is < 0 or > 99)
        {
            throw new ArgumentOutOfRangeException(nameof(itemIndex), itemIndex, "An agenda has items 0 to 99.");
        }

        if (kind is < ContributionKind.Observation or > ContributionKind.Conclusion)
        {
            throw new ArgumentException($"Unknown contribution kind {kind}.", nameof(kind));
        }

        if (by is { Value.Length: 0 })
        {
            throw new ArgumentException("The person is the default person id.", nameof(by));
        }

        ItemIndex = itemIndex;
        Text = Guard.Text(text, nameof(text), 4_000);
        Kind = kind;
        By = by;
    }

    /// <summary>Gets the index of the agenda item the note belongs to.</summary>
    public int ItemIndex { get; }

    /// <summary>Gets what was said or noted.</summary>
    public string Text { get; }

    /// <summary>Gets what kind of contribution it was, or null when it was not tagged.</summary>
    public ContributionKind? Kind { get; }

    /// <summary>Gets who said it, or null when not recorded.</summary>
    public PersonId? By { get; }
}

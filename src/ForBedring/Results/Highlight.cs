using ForBedring.Internal;

namespace ForBedring.Results;

/// <summary>Something in a leader's view worth reflecting on, with the released figures it rests on and a text in the three languages.</summary>
public sealed record Highlight
{
    internal Highlight(HighlightKind kind, UnitId unit, IndicatorId indicator, LocalizedText text, IReadOnlyList<HighlightFigure> evidence)
    {
        Kind = kind;
        Unit = unit;
        Indicator = indicator;
        Text = text;
        Evidence = evidence;
    }

    /// <summary>Gets what the highlight points at.</summary>
    public HighlightKind Kind { get; }

    /// <summary>Gets the unit it is about (for a shared theme, the leader's unit).</summary>
    public UnitId Unit { get; }

    /// <summary>Gets the indicator it is about.</summary>
    public IndicatorId Indicator { get; }

    /// <summary>Gets the highlight in words.</summary>
    public LocalizedText Text { get; }

    /// <summary>Gets the released figures it rests on.</summary>
    public IReadOnlyList<HighlightFigure> Evidence { get; }

    /// <summary>Tells whether another highlight is the same.</summary>
    /// <param name="other">The other highlight.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(Highlight? other)
        => other is not null && Kind == other.Kind && Unit == other.Unit && Indicator == other.Indicator && Text == other.Text && ValueList.SequenceEqual(Evidence, other.Evidence);

    /// <summary>Computes a hash code.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => unchecked((Unit.GetHashCode() * 31) + Indicator.GetHashCode()) ^ ValueList.SequenceHash(Evidence);
}

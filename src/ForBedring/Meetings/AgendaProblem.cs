namespace ForBedring.Meetings;

/// <summary>One thing wrong with a time plan: what, which item, the numbers, and a sentence for people.</summary>
public sealed record AgendaProblem
{
    /// <summary>Creates the problem.</summary>
    /// <param name="code">What is wrong.</param>
    /// <param name="itemIndex">The position of the item at fault, or null when no one item is.</param>
    /// <param name="actual">The minutes the plan has (0 when the item is missing).</param>
    /// <param name="required">The minutes the rule asks for.</param>
    /// <param name="message">The problem in a sentence, in bokmål, nynorsk and English.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The code is unknown or the index negative.</exception>
    public AgendaProblem(AgendaProblemCode code, int? itemIndex, int actual, int required, LocalizedText message)
    {
        if (code is < AgendaProblemCode.LengthMismatch or > AgendaProblemCode.BreakMissing)
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown problem code.");
        }

        if (itemIndex < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(itemIndex), itemIndex, "An item's position is not negative.");
        }

        Code = code;
        ItemIndex = itemIndex;
        Actual = actual;
        Required = required;
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>Gets what is wrong.</summary>
    public AgendaProblemCode Code { get; }

    /// <summary>Gets the position of the item at fault, or null when no one item is.</summary>
    public int? ItemIndex { get; }

    /// <summary>Gets the minutes the plan has.</summary>
    public int Actual { get; }

    /// <summary>Gets the minutes the rule asks for.</summary>
    public int Required { get; }

    /// <summary>Gets the problem in a sentence.</summary>
    public LocalizedText Message { get; }
}

namespace ForBedring.Actions;

/// <summary>What a prepared status review counts as due soon and as without an update (C2).</summary>
public sealed record StatusReviewOptions
{
    private readonly int _dueSoonDays = 14;
    private readonly int _staleAfterDays = 28;

    /// <summary>Gets the default: due soon within 14 days, without an update after 28 days.</summary>
    public static StatusReviewOptions Default { get; } = new();

    /// <summary>Gets the days ahead of the review date in which an open action counts as due soon (0–365; default 14).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int DueSoonDays
    {
        get => _dueSoonDays;
        init => _dueSoonDays = value is >= 0 and <= 365 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "0 to 365 days.");
    }

    /// <summary>Gets the days without an update after which an open action counts as stale (1–365; default 28).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is out of range.</exception>
    public int StaleAfterDays
    {
        get => _staleAfterDays;
        init => _staleAfterDays = value is >= 1 and <= 365 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "1 to 365 days.");
    }
}

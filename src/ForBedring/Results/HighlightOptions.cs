namespace ForBedring.Results;

/// <summary>The thresholds highlights use, in score points (0–100 scale).</summary>
public sealed record HighlightOptions
{
    /// <summary>Gets the smallest change since the previous round that is highlighted; default 5.</summary>
    public double ChangeThreshold { get; init; } = 5;

    /// <summary>Gets the smallest deviation from the unit above or the enterprise that stands out; default 5.</summary>
    public double DeviationThreshold { get; init; } = 5;

    /// <summary>Gets the score below which an indicator counts as weak for shared themes; default 60.</summary>
    public double WeakScore { get; init; } = 60;
}

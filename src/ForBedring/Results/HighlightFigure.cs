namespace ForBedring.Results;

/// <summary>One released figure a highlight rests on.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="Score">The released score.</param>
/// <param name="Previous">The previous round's score, where known.</param>
public sealed record HighlightFigure(UnitId Unit, IndicatorId Indicator, double Score, double? Previous);

namespace ForBedring.Actions;

/// <summary>A suggestion from the quality check: never a block, only something the team may want to sharpen.</summary>
/// <param name="Action">The action it is about.</param>
/// <param name="Issue">What was found.</param>
/// <param name="Criterion">The ARK criterion it concerns.</param>
/// <param name="Text">The suggestion, in bokmål, nynorsk and English.</param>
public sealed record ActionQualityWarning(ActionId Action, ActionQualityIssue Issue, ArkCriterion Criterion, LocalizedText Text);

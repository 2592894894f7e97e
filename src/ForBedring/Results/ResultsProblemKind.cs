namespace ForBedring.Results;

/// <summary>What is wrong with survey results being imported or built.</summary>
public enum ResultsProblemKind
{
    /// <summary>The file holds no units (or is empty).</summary>
    EmptyFile = 0,

    /// <summary>The header row is not the expected one.</summary>
    WrongHeader = 1,

    /// <summary>A row or document is malformed: a wrong number of fields, bad quoting, an unknown or missing property.</summary>
    Malformed = 2,

    /// <summary>A value is not valid where it stands: an id, a name, a unit kind.</summary>
    InvalidValue = 3,

    /// <summary>Text stands where a number belongs.</summary>
    NotANumber = 4,

    /// <summary>A score is outside 0–100.</summary>
    ScoreOutOfRange = 5,

    /// <summary>A unit has more respondents than invited.</summary>
    RespondentsAboveInvited = 6,

    /// <summary>A unit has fewer respondents than its units below together.</summary>
    ParentBelowChildren = 7,

    /// <summary>A unit names a parent that is not in the results.</summary>
    UnknownParent = 8,

    /// <summary>Units are each other's ancestors.</summary>
    Cycle = 9,

    /// <summary>More than one unit has no parent, or none has.</summary>
    RootCount = 10,

    /// <summary>One unit id comes with two names, or with differing unit columns on its rows.</summary>
    ConflictingUnit = 11,

    /// <summary>A unit has two scores for one indicator.</summary>
    DuplicateIndicator = 12,

    /// <summary>A withheld unit carries scores.</summary>
    WithheldWithScores = 13,

    /// <summary>A unit has no result, or a result names no unit, or a unit occurs twice.</summary>
    UnitMismatch = 14,
}

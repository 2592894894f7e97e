namespace ForBedring.Prompts;

/// <summary>The type of answer a prompt takes.</summary>
public enum AnswerKind
{
    /// <summary>Free text (<see cref="TextAnswer"/>).</summary>
    FreeText = 0,

    /// <summary>Yes or no (<see cref="YesNoAnswer"/>).</summary>
    YesNo = 1,

    /// <summary>A choice of topic areas (<see cref="TopicAreasAnswer"/>).</summary>
    TopicAreas = 2,

    /// <summary>A choice of indicators (<see cref="IndicatorsAnswer"/>).</summary>
    Indicators = 3,

    /// <summary>A choice of units (<see cref="UnitsAnswer"/>).</summary>
    Units = 4,

    /// <summary>A person on the team, or nobody where allowed (<see cref="PersonAnswer"/>).</summary>
    Person = 5,

    /// <summary>A date (<see cref="DateAnswer"/>).</summary>
    Date = 6,
}

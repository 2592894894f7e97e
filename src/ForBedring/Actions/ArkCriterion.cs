namespace ForBedring.Actions;

/// <summary>The criteria of the ARK method for a good action: realistic, concrete, important, feasible.</summary>
public enum ArkCriterion
{
    /// <summary>Realistic (realistisk): it can be done with the time and means at hand.</summary>
    Realistic = 0,

    /// <summary>Concrete (konkret): it says what will be done, so that it can be checked.</summary>
    Concrete = 1,

    /// <summary>Important (viktig): it addresses what matters in the organisation, not only individuals.</summary>
    Important = 2,

    /// <summary>Feasible (gjennomførbart): someone owns it and it has a date.</summary>
    Feasible = 3,
}

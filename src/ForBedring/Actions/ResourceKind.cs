namespace ForBedring.Actions;

/// <summary>C6: the kinds of resource an action may bring in beyond the leadership team.</summary>
public enum ResourceKind
{
    /// <summary>Human resources (HR).</summary>
    HumanResources = 0,

    /// <summary>The occupational health service (bedriftshelsetjenesten, BHT).</summary>
    OccupationalHealth = 1,

    /// <summary>Quality advisors (kvalitetsrådgivere).</summary>
    QualityAdvisor = 2,

    /// <summary>The safety representative (verneombud).</summary>
    SafetyRepresentative = 3,

    /// <summary>Union representatives (tillitsvalgte).</summary>
    UnionRepresentative = 4,

    /// <summary>Another resource the organisation names.</summary>
    Other = 5,
}

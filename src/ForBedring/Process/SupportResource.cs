namespace ForBedring.Process;

/// <summary>C6: a resource outside the leadership team that may be involved in the action work.</summary>
public enum SupportResource
{
    /// <summary>HR (personal- og organisasjonsavdelingen).</summary>
    HumanResources = 0,

    /// <summary>The occupational health service (bedriftshelsetjenesten, BHT).</summary>
    OccupationalHealthService = 1,

    /// <summary>Quality advisors (kvalitetsrådgivere).</summary>
    QualityAdvisors = 2,

    /// <summary>The safety representative (verneombud).</summary>
    SafetyRepresentative = 3,

    /// <summary>Union representatives (tillitsvalgte).</summary>
    UnionRepresentatives = 4,
}

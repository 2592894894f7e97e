namespace ForBedring.Results;

/// <summary>What kind of unit of the organisation a unit is.</summary>
public enum UnitKind
{
    /// <summary>The enterprise (foretaket): the root of the tree.</summary>
    Enterprise = 0,

    /// <summary>A clinic (klinikk) or division.</summary>
    Clinic = 1,

    /// <summary>A department (avdeling).</summary>
    Department = 2,

    /// <summary>A section (seksjon) within a department.</summary>
    Section = 3,

    /// <summary>A leadership team (ledergruppe), in which the leaders answer the survey as members.</summary>
    LeadershipTeam = 4,
}

namespace ForBedring.Meetings;

/// <summary>A3.1: the three clear parts of the read-back meeting.</summary>
public enum AgendaSection
{
    /// <summary>Introduction (innledning): B1, B2.</summary>
    Introduction = 0,

    /// <summary>Discussion (diskusjon): B3, B4, B5.</summary>
    Discussion = 1,

    /// <summary>Summary and evaluation (oppsummering/evaluering): B6, B7.</summary>
    SummaryAndEvaluation = 2,
}

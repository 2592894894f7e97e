namespace ForBedring.Process;

/// <summary>The four phases of the guide (A–D), and the end of the cycle.</summary>
public enum ProcessPhase
{
    /// <summary>A: preparing the leadership meeting that reads back the results (forberedelse).</summary>
    Preparation = 0,

    /// <summary>B: holding the read-back meeting (gjennomføring av møtet).</summary>
    Meeting = 1,

    /// <summary>C: focus areas and action development (fokusområder og tiltaksutvikling).</summary>
    ActionDevelopment = 2,

    /// <summary>D: leadership-team development (ledergruppeutvikling), alongside the status reviews.</summary>
    TeamDevelopment = 3,

    /// <summary>The cycle is closed; the next survey round starts a new process.</summary>
    Closed = 4,
}

namespace ForBedring.Prompts;

/// <summary>Who answers a prompt.</summary>
public enum PromptAudience
{
    /// <summary>The leader who chairs the leadership team answers once.</summary>
    Leader = 0,

    /// <summary>Each member of the leadership team answers for themself (the homework, A5).</summary>
    EachMember = 1,

    /// <summary>The whole team answers together; the leader or the minute-taker records it.</summary>
    WholeTeam = 2,
}

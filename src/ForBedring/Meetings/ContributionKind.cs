namespace ForBedring.Meetings;

/// <summary>
/// What a contribution in the meeting was, so the leader can see that the round was open and wondering before it
/// concluded (B2: observe, wonder, ask before concluding).
/// </summary>
public enum ContributionKind
{
    /// <summary>Something a person noticed in the results (observasjon).</summary>
    Observation = 0,

    /// <summary>Something a person wonders about (undring).</summary>
    Wondering = 1,

    /// <summary>A question to the others (spørsmål).</summary>
    Question = 2,

    /// <summary>A conclusion (konklusjon).</summary>
    Conclusion = 3,
}

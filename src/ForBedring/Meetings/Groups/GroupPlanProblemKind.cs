namespace ForBedring.Meetings;

/// <summary>What is wrong with a group plan request (see <see cref="GroupPlanProblem"/>).</summary>
public enum GroupPlanProblemKind
{
    /// <summary>A person is listed twice among the members.</summary>
    DuplicateMember,

    /// <summary>The people present cannot be split into groups of the sizes asked for (at least two per group).</summary>
    SizesCannotPartition,

    /// <summary>A together set, apart set or the people kept out name someone who is not a member present.</summary>
    NotPresent,

    /// <summary>A together or apart set names fewer than two people.</summary>
    SetTooSmall,

    /// <summary>People fixed together (sets that share someone are joined) are more than fit in one group, or the sets cannot all be fitted into the groups.</summary>
    TogetherSetTooLarge,

    /// <summary>Two people are both fixed together and kept apart.</summary>
    TogetherAndApart,

    /// <summary>An apart set has more people than there are groups.</summary>
    ApartSetTooLarge,

    /// <summary>The search found no plan that keeps every apart set apart within its budget.</summary>
    ApartNotKept,
}

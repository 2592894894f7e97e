namespace ForBedring.Meetings;

/// <summary>The rules a time plan is checked against (A3.3, B3, B4); the defaults follow the guide.</summary>
public sealed record AgendaRules
{
    /// <summary>Creates the rules.</summary>
    /// <param name="minutesPerMember">The least time each member present has to share in B3, 1–60 minutes (default 5).</param>
    /// <param name="questionMinutes">The room for questions after the sharing, 0–120 minutes (default 10).</param>
    /// <param name="minimumGroupMinutes">The least time for the dialogue in groups (B4), 1–240 (default 10).</param>
    /// <param name="minimumPlenaryMinutes">The least time for the plenary round (B4), 1–240 (default 10).</param>
    /// <param name="minimumSummaryMinutes">The least time for the summary and evaluation, 1–240 (default 15).</param>
    /// <param name="breakAfterMinutes">A meeting longer than this has a break, 30–480 (default 90).</param>
    /// <param name="breakMinutes">The length of a break the builder adds, 5–60 (default 10).</param>
    /// <param name="sharingGroupSize">The size of the groups when members share in groups instead of in plenary, 2–10 (default 4).</param>
    /// <param name="leastMinutesPerMember">The least time each that a way out may offer, 1 to <paramref name="minutesPerMember"/> (default 3, or less when <paramref name="minutesPerMember"/> is less).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public AgendaRules(
        int minutesPerMember = 5,
        int questionMinutes = 10,
        int minimumGroupMinutes = 10,
        int minimumPlenaryMinutes = 10,
        int minimumSummaryMinutes = 15,
        int breakAfterMinutes = 90,
        int breakMinutes = 10,
        int sharingGroupSize = 4,
        int leastMinutesPerMember = 3)
    {
        MinutesPerMember = Range(minutesPerMember, 1, 60, nameof(minutesPerMember));
        QuestionMinutes = Range(questionMinutes, 0, 120, nameof(questionMinutes));
        MinimumGroupMinutes = Range(minimumGroupMinutes, 1, 240, nameof(minimumGroupMinutes));
        MinimumPlenaryMinutes = Range(minimumPlenaryMinutes, 1, 240, nameof(minimumPlenaryMinutes));
        MinimumSummaryMinutes = Range(minimumSummaryMinutes, 1, 240, nameof(minimumSummaryMinutes));
        BreakAfterMinutes = Range(breakAfterMinutes, 30, 480, nameof(breakAfterMinutes));
        BreakMinutes = Range(breakMinutes, 5, 60, nameof(breakMinutes));
        SharingGroupSize = Range(sharingGroupSize, 2, 10, nameof(sharingGroupSize));
        LeastMinutesPerMember = Range(Math.Min(leastMinutesPerMember, minutesPerMember), 1, minutesPerMember, nameof(leastMinutesPerMember));
    }

    /// <summary>Gets the guide's rules.</summary>
    public static AgendaRules Default { get; } = new();

    /// <summary>Gets the least time each member present has to share in B3.</summary>
    public int MinutesPerMember { get; }

    /// <summary>Gets the room for questions after the sharing.</summary>
    public int QuestionMinutes { get; }

    /// <summary>Gets the least time for the dialogue in groups.</summary>
    public int MinimumGroupMinutes { get; }

    /// <summary>Gets the least time for the plenary round.</summary>
    public int MinimumPlenaryMinutes { get; }

    /// <summary>Gets the least time for the summary and evaluation.</summary>
    public int MinimumSummaryMinutes { get; }

    /// <summary>Gets the length above which a meeting has a break.</summary>
    public int BreakAfterMinutes { get; }

    /// <summary>Gets the length of a break the builder adds.</summary>
    public int BreakMinutes { get; }

    /// <summary>Gets the size of the groups when members share in groups.</summary>
    public int SharingGroupSize { get; }

    /// <summary>Gets the least time each that a way out may offer.</summary>
    public int LeastMinutesPerMember { get; }

    /// <summary>Returns a copy with another time each for sharing.</summary>
    /// <param name="minutes">The minutes each, 1–60.</param>
    /// <returns>The new rules.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minutes"/> is out of range.</exception>
    public AgendaRules WithMinutesPerMember(int minutes) => new(
        minutes, QuestionMinutes, MinimumGroupMinutes, MinimumPlenaryMinutes, MinimumSummaryMinutes, BreakAfterMinutes, BreakMinutes, SharingGroupSize, LeastMinutesPerMember);

    /// <summary>Gets the minutes B3 needs for a number of members present, shared in plenary or in groups.</summary>
    /// <param name="membersPresent">The members present, 0 or more.</param>
    /// <param name="inGroups">Whether they share in groups of <see cref="SharingGroupSize"/> at the same time.</param>
    /// <returns>The time each for the members of the largest circle, plus the room for questions.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="membersPresent"/> is negative.</exception>
    public int SharingMinutes(int membersPresent, bool inGroups)
    {
        if (membersPresent < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(membersPresent), membersPresent, "The members present cannot be negative.");
        }

        return (LargestCircle(membersPresent, inGroups) * MinutesPerMember) + QuestionMinutes;
    }

    /// <summary>Gets how many share in the largest circle: everyone in plenary, or the largest of the groups as even as possible.</summary>
    internal int LargestCircle(int membersPresent, bool inGroups)
    {
        if (!inGroups || membersPresent <= SharingGroupSize)
        {
            return membersPresent;
        }

        var groups = (membersPresent + SharingGroupSize - 1) / SharingGroupSize;
        return (membersPresent + groups - 1) / groups;
    }

    private static int Range(int value, int min, int max, string name) =>
        value < min || value > max ? throw new ArgumentOutOfRangeException(name, value, $"The value must be from {min} to {max}.") : value;
}

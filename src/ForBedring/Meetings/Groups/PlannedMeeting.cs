using ForBedring.Internal;
using NodaTime;

namespace ForBedring.Meetings;

/// <summary>The groups the planner proposes for one meeting, with how many pairs in them have met before.</summary>
public sealed class PlannedMeeting
{
    internal PlannedMeeting(IReadOnlyList<MeetingGroup> groups, int repeatedPairs, int sameUnitPairs, int sameClinicPairs)
    {
        Groups = groups;
        RepeatedPairs = repeatedPairs;
        SameUnitPairs = sameUnitPairs;
        SameClinicPairs = sameClinicPairs;
    }

    /// <summary>Gets the groups, each listing its people in the order of the request's members.</summary>
    public IReadOnlyList<MeetingGroup> Groups { get; }

    /// <summary>Gets the number of pairs in this meeting's groups who sat together before (in the history or an earlier planned meeting).</summary>
    public int RepeatedPairs { get; }

    /// <summary>Gets the number of pairs in this meeting's groups who share a unit.</summary>
    public int SameUnitPairs { get; }

    /// <summary>Gets the number of pairs in this meeting's groups who share a clinic.</summary>
    public int SameClinicPairs { get; }

    /// <summary>Makes the round to keep in the team's history once the meeting has taken place.</summary>
    /// <param name="date">The meeting's date.</param>
    /// <returns>The round.</returns>
    public GroupRound ToRound(LocalDate date) => new(date, Groups);
}

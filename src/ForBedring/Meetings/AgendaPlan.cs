using ForBedring.Internal;

namespace ForBedring.Meetings;

/// <summary>What <see cref="AgendaBuilder"/> returns: the agenda, its check, and, when it does not fit, the ways out.</summary>
public sealed record AgendaPlan
{
    /// <summary>Creates the plan.</summary>
    /// <param name="agenda">The agenda built.</param>
    /// <param name="membersPresent">The members present it was built for.</param>
    /// <param name="minutes">The meeting's length asked for.</param>
    /// <param name="check">The result of checking it.</param>
    /// <param name="waysOut">The ways out, when it does not fit; each passes the check.</param>
    /// <exception cref="ArgumentNullException">An argument or item is null.</exception>
    public AgendaPlan(MeetingAgenda agenda, int membersPresent, int minutes, AgendaCheck check, IEnumerable<AgendaWayOut> waysOut)
    {
        Agenda = agenda ?? throw new ArgumentNullException(nameof(agenda));
        MembersPresent = membersPresent;
        Minutes = minutes;
        Check = check ?? throw new ArgumentNullException(nameof(check));
        WaysOut = ValueList.Copy(waysOut, nameof(waysOut));
    }

    /// <summary>Gets the agenda built.</summary>
    public MeetingAgenda Agenda { get; }

    /// <summary>Gets the members present it was built for.</summary>
    public int MembersPresent { get; }

    /// <summary>Gets the meeting's length asked for, in minutes.</summary>
    public int Minutes { get; }

    /// <summary>Gets the result of checking it.</summary>
    public AgendaCheck Check { get; }

    /// <summary>Gets the ways out when it does not fit; empty when it fits (or when nothing within 8 hours would).</summary>
    public IReadOnlyList<AgendaWayOut> WaysOut { get; }

    /// <summary>Gets a value indicating whether the agenda fits every rule.</summary>
    public bool Fits => Check.IsOk;

    /// <summary>Tells whether two values are equal, their lists compared item by item.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(AgendaPlan? other) =>
        other is not null && Agenda.Equals(other.Agenda) && MembersPresent == other.MembersPresent && Minutes == other.Minutes
        && Check.Equals(other.Check) && ValueList.SequenceEqual(WaysOut, other.WaysOut);

    /// <inheritdoc/>
    public override int GetHashCode() => Agenda.GetHashCode() ^ (Minutes * 31) ^ MembersPresent;
}

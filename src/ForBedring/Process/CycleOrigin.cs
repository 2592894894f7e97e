using ForBedring.Internal;

namespace ForBedring.Process;

/// <summary>
/// Where a process's carried-over actions came from: the previous cycle's process, its round, the action ids it had
/// given, and the leadership team's measures of every earlier cycle (D1–D5 over cycles).
/// </summary>
public sealed record CycleOrigin
{
    /// <summary>Creates the origin.</summary>
    /// <param name="process">The previous cycle's process.</param>
    /// <param name="round">The previous cycle's survey round.</param>
    /// <param name="actionSequence">The number of the last action id the previous cycle gave (its actions keep their ids), 0 or more.</param>
    /// <exception cref="ArgumentException">The process id is the default value or the round is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="actionSequence"/> is negative.</exception>
    public CycleOrigin(ProcessId process, string round, int actionSequence)
        : this(process, round, actionSequence, [])
    {
    }

    /// <summary>Creates the origin with the team's measures of the earlier cycles.</summary>
    /// <param name="process">The previous cycle's process.</param>
    /// <param name="round">The previous cycle's survey round.</param>
    /// <param name="actionSequence">The number of the last action id the previous cycle gave (its actions keep their ids), 0 or more.</param>
    /// <param name="measures">The team's measures of each earlier cycle, oldest first (the previous cycle's last).</param>
    /// <exception cref="ArgumentNullException"><paramref name="measures"/> or <paramref name="round"/> is null.</exception>
    /// <exception cref="ArgumentException">The process id is the default value, the round is invalid, or an item of <paramref name="measures"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="actionSequence"/> is negative.</exception>
    public CycleOrigin(ProcessId process, string round, int actionSequence, IEnumerable<CycleMeasures> measures)
    {
        if (process.Value.Length == 0)
        {
            throw new ArgumentException("An origin needs the previous process's id.", nameof(process));
        }

        if (actionSequence < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(actionSequence), actionSequence, "The action sequence is 0 or more.");
        }

        Process = process;
        Round = Guard.Text(round, nameof(round), 200);
        ActionSequence = actionSequence;
        Measures = ValueList.Copy(measures, nameof(measures));
    }

    /// <summary>Gets the previous cycle's process.</summary>
    public ProcessId Process { get; }

    /// <summary>Gets the previous cycle's survey round.</summary>
    public string Round { get; }

    /// <summary>Gets the number of the last action id the previous cycle gave.</summary>
    public int ActionSequence { get; }

    /// <summary>Gets the team's measures of each earlier cycle, oldest first.</summary>
    public IReadOnlyList<CycleMeasures> Measures { get; }

    /// <summary>Tells whether another origin is the same, its measures compared one by one.</summary>
    /// <param name="other">The other origin.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(CycleOrigin? other)
        => other is not null && Process == other.Process && Round == other.Round && ActionSequence == other.ActionSequence && ValueList.SequenceEqual(Measures, other.Measures);

    /// <summary>Computes a hash code.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => unchecked((Process.GetHashCode() * 31) + ActionSequence) ^ ValueList.SequenceHash(Measures);
}

using ForBedring.Internal;

namespace ForBedring.Process;

/// <summary>Where a process's carried-over actions came from: the previous cycle's process, its round, and the action ids it had given.</summary>
public sealed record CycleOrigin
{
    /// <summary>Creates the origin.</summary>
    /// <param name="process">The previous cycle's process.</param>
    /// <param name="round">The previous cycle's survey round.</param>
    /// <param name="actionSequence">The number of the last action id the previous cycle gave (its actions keep their ids), 0 or more.</param>
    /// <exception cref="ArgumentException">The process id is the default value or the round is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="actionSequence"/> is negative.</exception>
    public CycleOrigin(ProcessId process, string round, int actionSequence)
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
    }

    /// <summary>Gets the previous cycle's process.</summary>
    public ProcessId Process { get; }

    /// <summary>Gets the previous cycle's survey round.</summary>
    public string Round { get; }

    /// <summary>Gets the number of the last action id the previous cycle gave.</summary>
    public int ActionSequence { get; }
}

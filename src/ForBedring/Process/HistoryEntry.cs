using NodaTime;

namespace ForBedring.Process;

/// <summary>One accepted command in a process's history: when, who, what, and the step before and after.</summary>
/// <param name="Version">The process's version after the command.</param>
/// <param name="At">When the command was accepted, from the injected clock.</param>
/// <param name="By">Who performed it.</param>
/// <param name="Action">What was done.</param>
/// <param name="From">The step before.</param>
/// <param name="To">The step after (the same for actions within a step).</param>
/// <param name="Subject">What the action was about, where it has one: a prompt id, a person id, an action id; otherwise null.</param>
public sealed record HistoryEntry(long Version, Instant At, PersonId By, ProcessAction Action, ProcessStep From, ProcessStep To, string? Subject);

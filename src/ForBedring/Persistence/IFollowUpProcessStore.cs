using ForBedring.Process;

namespace ForBedring.Persistence;

/// <summary>
/// Where a host keeps its follow-up processes: one saved document per process, loaded by id and saved with optimistic
/// concurrency, so that of two requests that loaded the same version only the first to save succeeds and no update is
/// lost.
/// </summary>
/// <remarks>
/// <para>
/// The pattern for a request: <c>var p = await store.LoadAsync(id)</c>, remember <c>var loaded = p.Version</c>, perform a
/// command, then <c>await store.SaveAsync(p, loaded)</c>. A <see cref="ConcurrencyConflictException"/> means someone else
/// saved in between: load again, decide again.
/// </para>
/// <para>
/// An implementation must: return null for an id it has never saved; return a process that is independent of every
/// other instance (changing it changes nothing stored until it is saved); save only when the stored version equals the
/// expected one (or, for <c>null</c>, when nothing is stored), checking and writing as one atomic step even against
/// concurrent writers; leave what is stored unchanged when it throws; and honour cancellation before it writes.
/// <c>ForBedring.Testing</c>'s <c>FollowUpProcessStoreContract</c> checks all of this for a host's own store.
/// </para>
/// </remarks>
public interface IFollowUpProcessStore
{
    /// <summary>Loads a process.</summary>
    /// <param name="id">The process's id.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The process as last saved, or null when none is saved under the id.</returns>
    /// <exception cref="DocumentFormatException">The stored document cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The load was cancelled.</exception>
    Task<FollowUpProcess?> LoadAsync(ProcessId id, CancellationToken cancellationToken = default);

    /// <summary>Saves a process, if what is stored is still the version the caller loaded.</summary>
    /// <param name="process">The process, at its new version.</param>
    /// <param name="expectedVersion">The version the caller loaded; null when the process is new and must not be stored yet.</param>
    /// <param name="cancellationToken">Cancels the save; once the new document is in place it is not undone.</param>
    /// <returns>A task that completes when the process is stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="process"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is negative, or newer than the process (an old copy would undo later commands).</exception>
    /// <exception cref="ConcurrencyConflictException">The stored version is not <paramref name="expectedVersion"/>; nothing was saved.</exception>
    /// <exception cref="OperationCanceledException">The save was cancelled before anything was saved.</exception>
    Task SaveAsync(FollowUpProcess process, long? expectedVersion, CancellationToken cancellationToken = default);
}

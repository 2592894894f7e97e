using ForBedring.Internal;
using ForBedring.Process;

namespace ForBedring.Persistence;

/// <summary>
/// A store that keeps each process's saved document in memory: for tests, samples and single-instance hosts that need no
/// durability.
/// </summary>
/// <remarks>
/// It keeps the serialized bytes, not the instance, so a loaded process is independent of the one saved and of every
/// other load, exactly as with a database. Thread-safe: the version check and the write are one step under a lock.
/// Everything is lost when the store is.
/// </remarks>
public sealed class InMemoryFollowUpProcessStore : IFollowUpProcessStore
{
    private readonly FollowUpProcessSerializer _serializer;
    private readonly Dictionary<ProcessId, (long Version, byte[] Document)> _documents = [];
    private readonly object _gate = new();

    /// <summary>Creates an empty store.</summary>
    /// <param name="serializer">Writes and reads the documents.</param>
    /// <exception cref="ArgumentNullException"><paramref name="serializer"/> is null.</exception>
    public InMemoryFollowUpProcessStore(FollowUpProcessSerializer serializer)
        => _serializer = Guard.NotNull(serializer, nameof(serializer));

    /// <inheritdoc/>
    public Task<FollowUpProcess?> LoadAsync(ProcessId id, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<FollowUpProcess?>(cancellationToken);
        }

        byte[] document;
        lock (_gate)
        {
            if (!_documents.TryGetValue(id, out var entry))
            {
                return Task.FromResult<FollowUpProcess?>(null);
            }

            document = entry.Document;
        }

        try
        {
            return Task.FromResult<FollowUpProcess?>(_serializer.Deserialize(document));
        }
        catch (DocumentFormatException e)
        {
            return Task.FromException<FollowUpProcess?>(e);
        }
    }

    /// <inheritdoc/>
    public Task SaveAsync(FollowUpProcess process, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(process, nameof(process));
        StoreArguments.CheckExpectedVersion(process, expectedVersion);

        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        try
        {
            var document = _serializer.Serialize(process);
            lock (_gate)
            {
                long? actual = _documents.TryGetValue(process.Id, out var entry) ? entry.Version : null;
                if (actual != expectedVersion)
                {
                    throw new ConcurrencyConflictException(process.Id, expectedVersion, actual);
                }

                _documents[process.Id] = (process.Version, document);
            }

            return Task.CompletedTask;
        }
        catch (Exception e) when (e is ConcurrencyConflictException or InvalidOperationException or ArgumentException)
        {
            return Task.FromException(e);
        }
    }
}

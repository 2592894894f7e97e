using ForBedring.Persistence;
using ForBedring.Process;
using ForBedring.Testing;
using NodaTime;
using NodaTime.Testing;

namespace ForBedring.Tests.Persistence;

/// <summary>The contract suite itself: it passes a correct store and catches each way a store can be wrong.</summary>
public sealed class FollowUpProcessStoreContractTests
{
    private static readonly FollowUpProcessSerializer Serializer = new(new FakeClock(Instant.FromUtc(2027, 1, 4, 8, 0)));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void CheckNames_AreDistinctAndComplete()
    {
        Assert.Equal(15, FollowUpProcessStoreContract.CheckNames.Count);
        Assert.Equal(FollowUpProcessStoreContract.CheckNames.Count, FollowUpProcessStoreContract.CheckNames.Distinct().Count());
        Assert.Contains(FollowUpProcessStoreContract.ConcurrentWritersExactlyOneWins, FollowUpProcessStoreContract.CheckNames);
    }

    [Fact]
    public Task RunAllAsync_CorrectStore_Passes() => new Contract(() => new InMemoryFollowUpProcessStore(Serializer)).RunAllAsync(Token);

    [Fact]
    public async Task RunAsync_UnknownCheck_ThrowsArgumentException()
        => await Assert.ThrowsAsync<ArgumentException>(() => new Contract(() => new InMemoryFollowUpProcessStore(Serializer)).RunAsync("NoSuchCheck", Token));

    [Theory]
    [InlineData(Flaw.NoVersionCheck, FollowUpProcessStoreContract.StaleSaveConflicts)]
    [InlineData(Flaw.NoVersionCheck, FollowUpProcessStoreContract.SaveNewTwiceConflicts)]
    [InlineData(Flaw.NoVersionCheck, FollowUpProcessStoreContract.ConcurrentWritersExactlyOneWins)]
    [InlineData(Flaw.CheckThenWriteNotAtomic, FollowUpProcessStoreContract.ConcurrentWritersExactlyOneWins)]
    [InlineData(Flaw.CheckThenWriteNotAtomic, FollowUpProcessStoreContract.ConcurrentCreatorsExactlyOneWins)]
    [InlineData(Flaw.KeepsInstances, FollowUpProcessStoreContract.LoadedProcessIsIndependent)]
    [InlineData(Flaw.IgnoresCancellation, FollowUpProcessStoreContract.CancelledSaveSavesNothing)]
    [InlineData(Flaw.IgnoresCancellation, FollowUpProcessStoreContract.CancelledLoadThrows)]
    [InlineData(Flaw.WrongConflictData, FollowUpProcessStoreContract.StaleSaveConflicts)]
    [InlineData(Flaw.LosesText, FollowUpProcessStoreContract.RoundTrip)]
    [InlineData(Flaw.Throws, FollowUpProcessStoreContract.LoadMissingReturnsNull)]
    public async Task RunAsync_FlawedStore_IsCaught(Flaw flaw, string check)
    {
        var e = await Assert.ThrowsAsync<StoreContractViolationException>(() => new Contract(() => new FlawedStore(flaw)).RunAsync(check, Token));

        Assert.Equal(check, e.CheckName);
        Assert.StartsWith($"Store contract check '{check}' failed: ", e.Message, StringComparison.Ordinal);
    }

    public enum Flaw
    {
        NoVersionCheck,
        CheckThenWriteNotAtomic,
        KeepsInstances,
        IgnoresCancellation,
        WrongConflictData,
        LosesText,
        Throws,
    }

    private sealed class Contract(Func<IFollowUpProcessStore> create) : FollowUpProcessStoreContract
    {
        protected override Task<IFollowUpProcessStore> CreateStoreAsync(CancellationToken cancellationToken) => Task.FromResult(create());
    }

    /// <summary>A store with one mistake, to show that the contract notices it.</summary>
    private sealed class FlawedStore(Flaw flaw) : IFollowUpProcessStore, IDisposable
    {
        private readonly Dictionary<ProcessId, (long Version, byte[] Document, FollowUpProcess Instance)> _saved = [];
        private readonly SemaphoreSlim _gate = new(1, 1);

        public void Dispose() => _gate.Dispose();

        public async Task<FollowUpProcess?> LoadAsync(ProcessId id, CancellationToken cancellationToken = default)
        {
            if (flaw == Flaw.Throws)
            {
                throw new InvalidCastException("Broken.");
            }

            if (flaw != Flaw.IgnoresCancellation)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            await Task.Yield();
            lock (_saved)
            {
                if (!_saved.TryGetValue(id, out var entry))
                {
                    return null;
                }

                return flaw == Flaw.KeepsInstances ? entry.Instance : Serializer.Deserialize(entry.Document);
            }
        }

        public async Task SaveAsync(FollowUpProcess process, long? expectedVersion, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(process);
            ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion ?? 0, nameof(expectedVersion));
            if (flaw != Flaw.IgnoresCancellation)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var document = Serializer.Serialize(process);
            if (flaw == Flaw.LosesText)
            {
                document = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(document).Replace("æ", "ae", StringComparison.Ordinal));
            }

            if (flaw != Flaw.CheckThenWriteNotAtomic)
            {
                await _gate.WaitAsync(flaw == Flaw.IgnoresCancellation ? CancellationToken.None : cancellationToken);
            }

            try
            {
                long? actual;
                lock (_saved)
                {
                    actual = _saved.TryGetValue(process.Id, out var entry) ? entry.Version : null;
                }

                if (flaw != Flaw.NoVersionCheck && actual != expectedVersion)
                {
                    throw flaw == Flaw.WrongConflictData
                        ? new ConcurrencyConflictException(process.Id, actual, expectedVersion)
                        : new ConcurrencyConflictException(process.Id, expectedVersion, actual);
                }

                // Another writer can check in this gap when the check and the write are not one step.
                await Task.Delay(20, CancellationToken.None);
                lock (_saved)
                {
                    _saved[process.Id] = (process.Version, document, process);
                }
            }
            finally
            {
                if (flaw != Flaw.CheckThenWriteNotAtomic)
                {
                    _gate.Release();
                }
            }
        }
    }
}

using ForBedring.Persistence;
using ForBedring.Process;
using ForBedring.Prompts;
using ForBedring.Testing;
using NodaTime;
using NodaTime.Testing;

namespace ForBedring.Tests.Persistence;

public sealed class FileFollowUpProcessStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "forbedring-tests", Guid.NewGuid().ToString("N"));
    private readonly FollowUpProcessSerializer _serializer = PersistenceTestData.Serializer();

    public static TheoryData<string> Checks => new(FollowUpProcessStoreContract.CheckNames);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Checks))]
    public Task Contract_Check_Passes(string check) => new Contract(_directory).RunAsync(check, Token);

    [Fact]
    public Task Contract_TwoStoresOnOneDirectory_Pass()
        => new Contract(_directory, shareAcrossInstances: true).RunAsync(FollowUpProcessStoreContract.ConcurrentWritersExactlyOneWins, Token);

    [Fact]
    public void Constructor_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => new FileFollowUpProcessStore(null!, _serializer));
        Assert.Throws<ArgumentException>(() => new FileFollowUpProcessStore(" ", _serializer));
        Assert.Throws<ArgumentNullException>(() => new FileFollowUpProcessStore(_directory, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FileFollowUpProcessStore(_directory, _serializer, TimeSpan.Zero));
    }

    [Fact]
    public async Task LoadAsync_MissingDirectory_ReturnsNullAndCreatesNothing()
    {
        var store = new FileFollowUpProcessStore(_directory, _serializer);

        Assert.Null(await store.LoadAsync(new ProcessId("p1"), Token));
        Assert.False(Directory.Exists(_directory));
    }

    [Fact]
    public async Task SaveAsync_WritesOneFileNamedAfterTheId_WithTheSerializersBytes()
    {
        var store = new FileFollowUpProcessStore(_directory, _serializer);
        var process = Golden();

        await store.SaveAsync(process, null, Token);

        Assert.Equal(PersistenceTestData.GoldenV1AsV2, await File.ReadAllBytesAsync(Path.Combine(_directory, "psyk-2026-lg.json"), Token));
        Assert.Equal(["psyk-2026-lg.json", "psyk-2026-lg.lock"], Directory.GetFiles(_directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("p-1.x", "p-1.x")]
    [InlineData("P1", "_501")]
    [InlineData("team_a:2026", "team_5fa_3a2026")]
    [InlineData("con", "_63on")]
    [InlineData("NUL.x", "_4e_55_4c.x")]
    [InlineData("lpt1.json", "_6cpt1.json")]
    [InlineData("..", "..")]
    public void FileName_Escapes_WhatSomeFileSystemsConfuse(string id, string name)
        => Assert.Equal(name, StoreFileNames.Escape(id));

    [Fact]
    public async Task SaveAsync_IdsDifferingOnlyInCase_AreDifferentFiles()
    {
        var store = new FileFollowUpProcessStore(_directory, _serializer);
        var lower = Start("abc");
        var upper = Start("ABC");
        lower.AnswerPrompt(lower.Team.Leader.Id, new PromptId("A1.1"), new TextAnswer("små"));

        await store.SaveAsync(lower, null, Token);
        await store.SaveAsync(upper, null, Token);

        Assert.Equal(1, (await store.LoadAsync(new ProcessId("abc"), Token))!.Version);
        Assert.Equal(0, (await store.LoadAsync(new ProcessId("ABC"), Token))!.Version);
    }

    [Fact]
    public async Task LoadAsync_StrayTemporaryFileFromACrash_IsIgnoredAndRemovedByTheNextSave()
    {
        var store = new FileFollowUpProcessStore(_directory, _serializer);
        var process = Golden();
        await store.SaveAsync(process, null, Token);
        var stray = Path.Combine(_directory, "psyk-2026-lg.json." + Guid.NewGuid().ToString("N") + ".tmp");
        await File.WriteAllBytesAsync(stray, PersistenceTestData.GoldenV1.AsSpan(0, 1000).ToArray(), Token);
        var other = Path.Combine(_directory, "psyk-2026-lg.json.keep.tmp");
        await File.WriteAllTextAsync(other, "not ours", Token);

        var loaded = await store.LoadAsync(process.Id, Token);
        Assert.Equal(73, loaded!.Version);

        loaded.AnswerPrompt(loaded.Team.Leader.Id, new PromptId("C7"), new PersonAnswer(null));
        await store.SaveAsync(loaded, 73, Token);

        Assert.False(File.Exists(stray));
        Assert.True(File.Exists(other));
        Assert.Equal(74, (await store.LoadAsync(process.Id, Token))!.Version);
    }

    [Fact]
    public async Task SaveAsync_CrashBeforeTheRename_LeavesTheLastSavedDocumentAndNoTemporaryFile()
    {
        var store = new FileFollowUpProcessStore(_directory, _serializer);
        var process = Golden();
        await store.SaveAsync(process, null, Token);
        string? written = null;
        store.BeforeReplace = temp =>
        {
            written = temp;
            Assert.True(new FileInfo(temp).Length > 0);
            throw new IOException("Simulated power failure.");
        };

        process.AnswerPrompt(process.Team.Leader.Id, new PromptId("C7"), new PersonAnswer(null));
        await Assert.ThrowsAsync<IOException>(() => store.SaveAsync(process, 73, Token));

        Assert.NotNull(written);
        Assert.False(File.Exists(written));
        Assert.Equal(PersistenceTestData.GoldenV1AsV2, await File.ReadAllBytesAsync(Path.Combine(_directory, "psyk-2026-lg.json"), Token));
        store.BeforeReplace = null;
        await store.SaveAsync(process, 73, Token);
        Assert.Equal(74, (await store.LoadAsync(process.Id, Token))!.Version);
    }

    [Fact]
    public async Task LoadAsync_WhileSavesReplaceTheFile_NeverSeesATornOrMissingDocument()
    {
        var store = new FileFollowUpProcessStore(_directory, _serializer);
        var writer = Golden();
        await store.SaveAsync(writer, null, Token);
        using var done = new CancellationTokenSource();
        var started = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();

        async Task<int> ReadAsync(TaskCompletionSource first)
        {
            var loads = 0;
            var last = 0L;
            while (!done.IsCancellationRequested)
            {
                var loaded = await store.LoadAsync(writer.Id, Token);
                Assert.NotNull(loaded);
                Assert.True(loaded.Version >= last, "A load went back in time.");
                last = loaded.Version;
                loads++;
                first.TrySetResult();
            }

            return loads;
        }

        var readers = started.Select(first => Task.Run(() => ReadAsync(first), Token)).ToList();

        // On a busy machine a reader may not be scheduled before the saves are done; wait until every one is reading.
        await Task.WhenAll(started.Select(s => s.Task));
        for (var i = 0; i < 40; i++)
        {
            var version = writer.Version;
            writer.AnswerPrompt(writer.Team.Leader.Id, new PromptId("C4"), new TextAnswer("Revisjon " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " – æøå"));
            await store.SaveAsync(writer, version, Token);
        }

        await done.CancelAsync();
        var loads = await Task.WhenAll(readers);
        Assert.All(loads, n => Assert.True(n > 0));
        Assert.Equal(113, (await store.LoadAsync(writer.Id, Token))!.Version);
    }

    [Fact]
    public async Task SaveAsync_LockHeldByAnotherProcess_WaitsThenTimesOutAndSavesNothing()
    {
        var store = new FileFollowUpProcessStore(_directory, _serializer, TimeSpan.FromMilliseconds(300));
        var process = Golden();
        Directory.CreateDirectory(_directory);

        // Another process's save holds the lock: the same exclusive open a store does.
        await using (new FileStream(Path.Combine(_directory, "psyk-2026-lg.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var e = await Assert.ThrowsAsync<IOException>(() => store.SaveAsync(process, null, Token));
            Assert.True(started.Elapsed >= TimeSpan.FromMilliseconds(250), $"Gave up after {started.Elapsed}.");
            Assert.Contains("psyk-2026-lg.lock", e.Message, StringComparison.Ordinal);
        }

        Assert.Null(await store.LoadAsync(process.Id, Token));
        await store.SaveAsync(process, null, Token);
        Assert.Equal(73, (await store.LoadAsync(process.Id, Token))!.Version);
    }

    [Fact]
    public async Task SaveAsync_LockReleasedWhileWaiting_Proceeds()
    {
        var store = new FileFollowUpProcessStore(_directory, _serializer);
        var process = Golden();
        Directory.CreateDirectory(_directory);
        var held = new FileStream(Path.Combine(_directory, "psyk-2026-lg.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var save = store.SaveAsync(process, null, Token);
        await Task.Delay(150, Token);
        Assert.False(save.IsCompleted);
        await held.DisposeAsync();
        await save;

        Assert.Equal(73, (await store.LoadAsync(process.Id, Token))!.Version);
    }

    [Fact]
    public async Task SaveAsync_CancelledWhileWaitingForTheLock_ThrowsAndSavesNothing()
    {
        var store = new FileFollowUpProcessStore(_directory, _serializer);
        var process = Golden();
        Directory.CreateDirectory(_directory);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await using (new FileStream(Path.Combine(_directory, "psyk-2026-lg.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.SaveAsync(process, null, cancel.Token));
        }

        Assert.Null(await store.LoadAsync(process.Id, Token));
    }

    [Fact]
    public async Task LoadAsync_FileOfAnotherProcess_Throws()
    {
        var store = new FileFollowUpProcessStore(_directory, _serializer);
        Directory.CreateDirectory(_directory);
        await File.WriteAllBytesAsync(Path.Combine(_directory, "other.json"), PersistenceTestData.GoldenV1, Token);

        var e = await Assert.ThrowsAsync<DocumentFormatException>(() => store.LoadAsync(new ProcessId("other"), Token));

        Assert.Equal("$.id", e.Path);
    }

    [Fact]
    public async Task LoadAndSave_CorruptDocument_ThrowDocumentFormatException()
    {
        var store = new FileFollowUpProcessStore(_directory, _serializer);
        Directory.CreateDirectory(_directory);
        await File.WriteAllBytesAsync(Path.Combine(_directory, "psyk-2026-lg.json"), PersistenceTestData.GoldenV1.AsSpan(0, 500).ToArray(), Token);

        await Assert.ThrowsAsync<DocumentFormatException>(() => store.LoadAsync(new ProcessId("psyk-2026-lg"), Token));
        await Assert.ThrowsAsync<DocumentFormatException>(() => store.SaveAsync(Golden(), 73, Token));
    }

    [Fact]
    public async Task LoadAsync_FileOverTheLimit_IsRefusedBeforeReading()
    {
        var store = new FileFollowUpProcessStore(_directory, PersistenceTestData.Serializer(maxDocumentBytes: 1_000));
        Directory.CreateDirectory(_directory);
        await File.WriteAllBytesAsync(Path.Combine(_directory, "psyk-2026-lg.json"), PersistenceTestData.GoldenV1, Token);

        var e = await Assert.ThrowsAsync<DocumentFormatException>(() => store.LoadAsync(new ProcessId("psyk-2026-lg"), Token));

        Assert.Contains("more than the limit of 1000", e.Message, StringComparison.Ordinal);
    }

    private FollowUpProcess Golden() => _serializer.Deserialize(PersistenceTestData.GoldenV1);

    private FollowUpProcess Start(string id)
    {
        var team = Golden().Team;
        return FollowUpProcess.Start(new ProcessId(id), "ForBedring 2026", team, team.Leader.Id, new FakeClock(Instant.FromUtc(2027, 1, 4, 8, 0)));
    }

    private sealed class Contract(string directory, bool shareAcrossInstances = false) : FollowUpProcessStoreContract
    {
        private readonly FollowUpProcessSerializer _serializer = new(new FakeClock(Instant.FromUtc(2027, 1, 4, 8, 0)));

        protected override Task<IFollowUpProcessStore> CreateStoreAsync(CancellationToken cancellationToken)
            => Task.FromResult<IFollowUpProcessStore>(shareAcrossInstances ? new SpreadStore(directory, _serializer) : new FileFollowUpProcessStore(directory, _serializer));
    }

    /// <summary>Every call goes to a new store instance over the same directory, as separate hosts would.</summary>
    private sealed class SpreadStore(string directory, FollowUpProcessSerializer serializer) : IFollowUpProcessStore
    {
        public Task<FollowUpProcess?> LoadAsync(ProcessId id, CancellationToken cancellationToken = default)
            => new FileFollowUpProcessStore(directory, serializer).LoadAsync(id, cancellationToken);

        public Task SaveAsync(FollowUpProcess process, long? expectedVersion, CancellationToken cancellationToken = default)
            => new FileFollowUpProcessStore(directory, serializer).SaveAsync(process, expectedVersion, cancellationToken);
    }
}

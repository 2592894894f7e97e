using ForBedring.Persistence;
using ForBedring.Testing;
using NodaTime;
using NodaTime.Testing;

namespace ForBedring.Tests.Persistence;

public sealed class InMemoryFollowUpProcessStoreTests
{
    public static TheoryData<string> Checks => new(FollowUpProcessStoreContract.CheckNames);

    [Theory]
    [MemberData(nameof(Checks))]
    public Task Contract_Check_Passes(string check) => new Contract().RunAsync(check, TestContext.Current.CancellationToken);

    [Fact]
    public void Constructor_NullSerializer_Throws()
        => Assert.Throws<ArgumentNullException>(() => new InMemoryFollowUpProcessStore(null!));

    [Fact]
    public async Task SaveAsync_Conflict_ReportsBothVersionsAndTheId()
    {
        var serializer = PersistenceTestData.Serializer();
        var store = new InMemoryFollowUpProcessStore(serializer);
        var process = serializer.Deserialize(PersistenceTestData.GoldenV1);
        await store.SaveAsync(process, null, TestContext.Current.CancellationToken);

        var e = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(process, 72, TestContext.Current.CancellationToken));

        Assert.Equal(process.Id, e.ProcessId);
        Assert.Equal(72, e.ExpectedVersion);
        Assert.Equal(73, e.ActualVersion);
        Assert.IsAssignableFrom<InvalidOperationException>(e);
        Assert.Contains("expected version 72, but version 73 is stored", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_TooLargeForTheSerializer_ThrowsAndStoresNothing()
    {
        var store = new InMemoryFollowUpProcessStore(PersistenceTestData.Serializer(maxDocumentBytes: 1_000));
        var process = PersistenceTestData.Serializer().Deserialize(PersistenceTestData.GoldenV1);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveAsync(process, null, TestContext.Current.CancellationToken));

        Assert.Null(await store.LoadAsync(process.Id, TestContext.Current.CancellationToken));
    }

    private sealed class Contract : FollowUpProcessStoreContract
    {
        protected override Task<IFollowUpProcessStore> CreateStoreAsync(CancellationToken cancellationToken)
            => Task.FromResult<IFollowUpProcessStore>(new InMemoryFollowUpProcessStore(new FollowUpProcessSerializer(new FakeClock(Instant.FromUtc(2027, 1, 4, 8, 0)))));
    }
}

using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForBedring.Persistence;
using ForBedring.Process;
using ForBedring.Prompts;
using ForBedring.Results;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace ForBedring.Tests.Registration;

public sealed class ForBedringServiceCollectionExtensionsTests : IDisposable
{
    private const string PromptFile = """
        { "schemaVersion": 1,
          "texts": [ { "id": "A1.1", "english": "What do you make of this year's results?" } ],
          "prompts": [ { "id": "org.pasientsikkerhet", "step": "SelfReflection", "audience": "Leader", "answer": { "kind": "FreeText" },
                         "text": { "bokmal": "Hva sier resultatene om pasientsikkerheten?", "nynorsk": "Kva seier resultata om pasienttryggleiken?", "english": "What do the results say about patient safety?" } } ] }
        """;

    private static readonly PersonId Leader = new("leader");

    private static readonly Type[] ServiceTypes =
        [typeof(IClock), typeof(PromptCatalog), typeof(TopicAreaCatalog), typeof(FollowUpProcessSerializer), typeof(IFollowUpProcessStore), typeof(FollowUpProcessFactory)];

    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("forbedring-registration-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public void AddForBedring_Defaults_ResolvesEveryServiceAsASingleton()
    {
        var services = new ServiceCollection();

        var returned = services.AddForBedring();

        Assert.Same(services, returned);
        Assert.Equal(ServiceTypes.Length + 1, services.Count); // and the marker that remembers the options

        Assert.All(ServiceTypes, t => Assert.Equal(ServiceLifetime.Singleton, Assert.Single(services, d => d.ServiceType == t).Lifetime));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        Assert.Same(PromptCatalog.Default, provider.GetRequiredService<PromptCatalog>());
        Assert.Same(TopicAreaCatalog.ForBedring, provider.GetRequiredService<TopicAreaCatalog>());
        Assert.Equal(FollowUpProcessSerializer.DefaultMaxDocumentBytes, provider.GetRequiredService<FollowUpProcessSerializer>().MaxDocumentBytes);
        Assert.IsType<InMemoryFollowUpProcessStore>(provider.GetRequiredService<IFollowUpProcessStore>());
        var factory = provider.GetRequiredService<FollowUpProcessFactory>();
        Assert.Same(SystemClock.Instance, factory.Clock);
        Assert.Same(PromptCatalog.Default, factory.Prompts);
        Assert.Same(TopicAreaCatalog.ForBedring, factory.TopicAreas);
        Assert.Equal("Europe/Oslo", factory.DefaultTimeZone.Id);
        Assert.All(ServiceTypes, t => Assert.Same(provider.GetRequiredService(t), provider.GetRequiredService(t)));
    }

    [Fact]
    public void AddForBedring_CalledTwiceWithTheSameOptions_AddsNothingTheSecondTime()
    {
        var services = new ServiceCollection();
        services.AddForBedring(o => o.StoreDirectory = _temp.FullName);
        var descriptors = services.ToList();

        services.AddForBedring(o => o.StoreDirectory = _temp.FullName);

        Assert.Equal(descriptors, services);
        using var provider = services.BuildServiceProvider();
        Assert.IsType<FileFollowUpProcessStore>(provider.GetRequiredService<IFollowUpProcessStore>());
    }

    [Fact]
    public void AddForBedring_CalledAgainWithOtherOptions_ThrowsRatherThanDropThem()
    {
        var services = new ServiceCollection();
        services.AddForBedring();
        var descriptors = services.ToList();

        var e = Assert.Throws<ForBedringOptionsException>(() => services.AddForBedring(o => o.StoreDirectory = _temp.FullName));

        Assert.Contains("already called with other options", Assert.Single(e.Problems), StringComparison.Ordinal);
        Assert.Equal(descriptors, services);
    }

    [Fact]
    public void AddForBedring_CalledTwiceWithInvalidOptionsTheSecondTime_StillValidates()
    {
        var services = new ServiceCollection().AddForBedring();

        Assert.Throws<ForBedringOptionsException>(() => services.AddForBedring(o => o.MaxDocumentBytes = 0));
    }

    [Fact]
    public void AddForBedring_HostClockRegisteredBefore_Wins()
    {
        var clock = new FakeClock(Instant.FromUtc(2027, 1, 4, 8, 0));
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(clock);

        services.AddForBedring();

        Assert.Single(services, d => d.ServiceType == typeof(IClock));
        using var provider = services.BuildServiceProvider();
        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Same(clock, provider.GetRequiredService<FollowUpProcessFactory>().Clock);
        var process = provider.GetRequiredService<FollowUpProcessFactory>().Start(new ProcessId("p1"), "ForBedring 2027", Team(), Leader);
        Assert.Equal(clock.GetCurrentInstant(), process.StartedAt);
    }

    [Fact]
    public void AddForBedring_HostClockRegisteredAfter_Wins()
    {
        var clock = new FakeClock(Instant.FromUtc(2027, 1, 4, 8, 0));
        var services = new ServiceCollection().AddForBedring();

        services.AddSingleton<IClock>(clock);

        using var provider = services.BuildServiceProvider();
        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Same(clock, provider.GetRequiredService<FollowUpProcessFactory>().Clock);
    }

    [Fact]
    public void AddForBedring_HostStoreRegistered_Wins()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IFollowUpProcessStore>(sp => new InMemoryFollowUpProcessStore(sp.GetRequiredService<FollowUpProcessSerializer>()));
        var host = services[0];

        services.AddForBedring(o => o.StoreDirectory = _temp.FullName);

        Assert.Same(host, Assert.Single(services, d => d.ServiceType == typeof(IFollowUpProcessStore)));
    }

    [Fact]
    public void AddForBedring_StoreDirectory_RegistersTheFileStoreThere()
    {
        var directory = Path.Combine(_temp.FullName, "processes");
        var services = new ServiceCollection().AddForBedring(o => o.StoreDirectory = directory);

        using var provider = services.BuildServiceProvider();

        var store = Assert.IsType<FileFollowUpProcessStore>(provider.GetRequiredService<IFollowUpProcessStore>());
        Assert.Equal(Path.GetFullPath(directory), store.Directory);
    }

    [Fact]
    public void AddForBedring_MaxDocumentBytes_ReachesTheSerializer()
    {
        var services = new ServiceCollection().AddForBedring(o => o.MaxDocumentBytes = 200_000);

        using var provider = services.BuildServiceProvider();

        Assert.Equal(200_000, provider.GetRequiredService<FollowUpProcessSerializer>().MaxDocumentBytes);
    }

    [Fact]
    public async Task AddForBedring_ResolvedServices_StartSaveAndLoadAProcessWithTheOrganisationsPrompts()
    {
        var clock = new FakeClock(Instant.FromUtc(2027, 1, 4, 8, 0));
        var services = new ServiceCollection().AddSingleton<IClock>(clock);
        services.AddForBedring(o =>
        {
            o.PromptFileJson = Encoding.UTF8.GetBytes(PromptFile);
            o.StoreDirectory = _temp.FullName;
            o.DefaultTimeZone = "Europe/Stockholm";
        });
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<FollowUpProcessFactory>();
        var store = provider.GetRequiredService<IFollowUpProcessStore>();

        var process = factory.Start(new ProcessId("p1"), "ForBedring 2027", Team(), Leader);
        process.AnswerPrompt(Leader, new PromptId("org.pasientsikkerhet"), new TextAnswer("Bedre enn i fjor."));
        await store.SaveAsync(process, null, TestContext.Current.CancellationToken);
        var loaded = await store.LoadAsync(new ProcessId("p1"), TestContext.Current.CancellationToken);

        Assert.NotNull(loaded);
        Assert.Equal(process.Version, loaded.Version);
        Assert.Equal("Europe/Stockholm", loaded.TimeZone.Id);
        Assert.NotNull(loaded.FindAnswer(new PromptId("org.pasientsikkerhet"), Leader));
        Assert.Same(provider.GetRequiredService<PromptCatalog>(), loaded.Prompts);
    }

    [Fact]
    public void AddForBedring_PromptFile_RegistersTheCatalogueWithItApplied()
    {
        var path = Path.Combine(_temp.FullName, "prompts.json");
        File.WriteAllText(path, PromptFile, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var services = new ServiceCollection().AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2027, 1, 4, 8, 0)));
        services.AddForBedring(o => o.PromptFile = path);
        using var provider = services.BuildServiceProvider();

        var catalog = provider.GetRequiredService<PromptCatalog>();

        Assert.Equal("What do you make of this year's results?", catalog[new PromptId("A1.1")].Text.English);
        Assert.NotNull(catalog.Find(new PromptId("org.pasientsikkerhet")));
        var process = provider.GetRequiredService<FollowUpProcessFactory>().Start(new ProcessId("p1"), "ForBedring 2027", Team(), Leader);
        foreach (var id in new[] { "A1.1", "A1.2", "A1.3" })
        {
            process.AnswerPrompt(Leader, new PromptId(id), new TextAnswer("Svar."));
        }

        var error = Assert.Throws<ProcessRuleException>(() => process.CompleteSelfReflection(Leader));
        Assert.Equal("org.pasientsikkerhet", Assert.Single(error.Conditions).GuideReference);
    }

    [Fact]
    public void AddForBedring_ManyInvalidOptions_ThrowsOneExceptionListingEveryProblem()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<ForBedringOptionsException>(() => services.AddForBedring(o =>
        {
            o.MaxDocumentBytes = 0;
            o.StoreDirectory = "   ";
            o.PromptFile = Path.Combine(_temp.FullName, "missing.json");
            o.DefaultTimeZone = "Mars/Olympus_Mons";
        }));

        Assert.Equal("configure", error.ParamName);
        Assert.Collection(
            error.Problems,
            p => Assert.StartsWith("MaxDocumentBytes is 0", p, StringComparison.Ordinal),
            p => Assert.StartsWith("StoreDirectory is empty", p, StringComparison.Ordinal),
            p => Assert.Contains("missing.json\" does not exist", p, StringComparison.Ordinal),
            p => Assert.StartsWith("DefaultTimeZone \"Mars/Olympus_Mons\" is not a known", p, StringComparison.Ordinal));
        Assert.Contains("4 problems", error.Message, StringComparison.Ordinal);
        Assert.All(error.Problems, p => Assert.Contains(p, error.Message, StringComparison.Ordinal));
        Assert.Empty(services);
    }

    [Fact]
    public void AddForBedring_InvalidPromptFile_ListsEachProblemWithItsPath()
    {
        var json = """
            { "schemaVersion": 1, "texts": [ { "id": "Z9", "bokmal": "x" } ],
              "prompts": [ { "id": "org.x", "step": "Later", "audience": "Leader", "answer": { "kind": "YesNo" }, "text": { "bokmal": "a", "nynorsk": "b", "english": "c" } } ] }
            """;

        var error = Assert.Throws<ForBedringOptionsException>(() => new ServiceCollection().AddForBedring(o => o.PromptFileJson = Encoding.UTF8.GetBytes(json)));

        Assert.Collection(
            error.Problems,
            p => Assert.Contains("(at $.texts[0].id)", p, StringComparison.Ordinal),
            p => Assert.Contains("(at $.prompts[0].step)", p, StringComparison.Ordinal));
        Assert.All(error.Problems, p => Assert.StartsWith("PromptFileJson: ", p, StringComparison.Ordinal));
        var inner = Assert.IsType<PromptCatalogJsonException>(error.InnerException);
        Assert.Equal(["$.texts[0].id", "$.prompts[0].step"], inner.Problems.Select(p => p.Path));
    }

    [Fact]
    public void AddForBedring_MalformedPromptFileOnDisk_NamesTheFileAndTheLine()
    {
        var path = Path.Combine(_temp.FullName, "prompts.json");
        File.WriteAllText(path, "{\n  \"schemaVersion\": 1,\n  \"texts\": [ { \"id\": \"A1.1\", \"bokmal\": \"x\" } ],\n}");

        var error = Assert.Throws<ForBedringOptionsException>(() => new ServiceCollection().AddForBedring(o => o.PromptFile = path));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith($"PromptFile \"{path}\": ", problem, StringComparison.Ordinal);
        Assert.Contains("line 4", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AddForBedring_PromptFileAndPromptFileJson_IsAProblem()
    {
        var error = Assert.Throws<ForBedringOptionsException>(() => new ServiceCollection().AddForBedring(o =>
        {
            o.PromptFile = "prompts.json";
            o.PromptFileJson = Encoding.UTF8.GetBytes(PromptFile);
        }));

        Assert.Contains("both set", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void AddForBedring_PromptFileIsADirectory_IsAProblem()
    {
        var error = Assert.Throws<ForBedringOptionsException>(() => new ServiceCollection().AddForBedring(o => o.PromptFile = _temp.FullName));

        Assert.Contains("cannot be read", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void AddForBedring_PromptFileOverTheSizeLimit_IsAProblem()
    {
        var path = Path.Combine(_temp.FullName, "big.json");
        File.WriteAllBytes(path, new byte[PromptCatalogJson.DefaultMaxBytes + 1]);

        var error = Assert.Throws<ForBedringOptionsException>(() => new ServiceCollection().AddForBedring(o => o.PromptFile = path));

        Assert.Contains("more than the limit", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void AddForBedring_BlankPromptFile_IsAProblem(string path)
    {
        var error = Assert.Throws<ForBedringOptionsException>(() => new ServiceCollection().AddForBedring(o => o.PromptFile = path));

        Assert.StartsWith("PromptFile is empty", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void AddForBedring_StoreDirectoryIsAFile_IsAProblem()
    {
        var path = Path.Combine(_temp.FullName, "a-file");
        File.WriteAllText(path, "x");

        var error = Assert.Throws<ForBedringOptionsException>(() => new ServiceCollection().AddForBedring(o => o.StoreDirectory = path));

        Assert.Contains("is a file", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void AddForBedring_StoreDirectoryWithNul_IsAProblem()
    {
        var error = Assert.Throws<ForBedringOptionsException>(() => new ServiceCollection().AddForBedring(o => o.StoreDirectory = "data\0dir"));

        Assert.Contains("not a valid path", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("europe/oslo")]
    [InlineData("CET+1")]
    public void AddForBedring_UnknownTimeZone_IsAProblem(string? zone)
    {
        var error = Assert.Throws<ForBedringOptionsException>(() => new ServiceCollection().AddForBedring(o => o.DefaultTimeZone = zone!));

        Assert.StartsWith("DefaultTimeZone", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    // Whatever the value, it is accepted exactly when it lies within the documented range, and otherwise named.
    [Property(MaxTest = 300)]
    public Property AddForBedring_MaxDocumentBytes_AcceptedExactlyWithinItsRange()
    {
        const int Min = ForBedringOptions.MinMaxDocumentBytes;
        const int Max = ForBedringOptions.MaxMaxDocumentBytes;
        var values = Gen.OneOf(ArbMap.Default.GeneratorFor<int>(), Gen.Choose(Min - 50, Min + 50), Gen.Choose(Max - 50, Max + 50), Gen.Choose(int.MinValue, 0));

        return Prop.ForAll(values.ToArbitrary(), value =>
        {
            var inRange = value is >= Min and <= Max;
            try
            {
                new ServiceCollection().AddForBedring(o => o.MaxDocumentBytes = value);
                return inRange;
            }
            catch (ForBedringOptionsException e)
            {
                return !inRange && e.Problems.Count == 1 && e.Problems[0].StartsWith("MaxDocumentBytes", StringComparison.Ordinal);
            }
        });
    }

    [Theory]
    [InlineData(ForBedringOptions.MinMaxDocumentBytes)]
    [InlineData(ForBedringOptions.MaxMaxDocumentBytes)]
    public void AddForBedring_MaxDocumentBytesAtItsBounds_IsAccepted(int value)
    {
        var services = new ServiceCollection().AddForBedring(o => o.MaxDocumentBytes = value);

        using var provider = services.BuildServiceProvider();
        Assert.Equal(value, provider.GetRequiredService<FollowUpProcessSerializer>().MaxDocumentBytes);
    }

    [Fact]
    public void AddForBedring_NullServices_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => ForBedringServiceCollectionExtensions.AddForBedring(null!));
    }

    [Fact]
    public void AddForBedring_LivesInTheLibrarysOwnNamespace()
    {
        Assert.Equal("ForBedring", typeof(ForBedringServiceCollectionExtensions).Namespace);
        Assert.Equal("ForBedring", typeof(ForBedringOptions).Namespace);
    }

    [Fact]
    public void OptionsException_WithoutProblems_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => new ForBedringOptionsException([]));
        Assert.Throws<ArgumentNullException>(() => new ForBedringOptionsException(null!));
    }

    private static LeadershipTeam Team()
        => new(
            new UnitId("ledergruppe"),
            "Klinikkens ledergruppe",
            new TeamMember(Leader, "Kari Nordmann", new UnitId("klinikk"), "Klinikken"),
            [new TeamMember(new PersonId("m1"), "Ola Nordmann", new UnitId("u1"), "Seksjon 1")]);
}

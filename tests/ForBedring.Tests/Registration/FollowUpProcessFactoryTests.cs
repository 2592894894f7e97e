using ForBedring.Process;
using ForBedring.Prompts;
using ForBedring.Results;
using NodaTime;
using NodaTime.Testing;

namespace ForBedring.Tests.Registration;

// The factory is what the registration hands out, so its tests live with the registration's.
public sealed class FollowUpProcessFactoryTests
{
    private static readonly PersonId Leader = new("leader");
    private static readonly FakeClock Clock = new(Instant.FromUtc(2027, 1, 4, 8, 0));

    [Fact]
    public void Start_UsesTheFactorysClockCataloguesAndTimeZone()
    {
        var prompts = PromptCatalog.Default.WithText(new PromptId("A1.1"), new LocalizedText("a", "b", "c"));
        var areas = new TopicAreaCatalog([new TopicArea(new TopicAreaId("x"), new LocalizedText("X", "X", "X"))]);
        var zone = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];
        var factory = new FollowUpProcessFactory(Clock, prompts, areas, zone);

        var process = factory.Start(new ProcessId("p1"), "ForBedring 2027", Team(), Leader);

        Assert.Same(prompts, process.Prompts);
        Assert.Same(areas, process.TopicAreas);
        Assert.Equal(zone, process.TimeZone);
        Assert.Equal(Clock.GetCurrentInstant(), process.StartedAt);
        Assert.Equal(ProcessStep.SelfReflection, process.Step);
        Assert.Equal("ForBedring 2027", process.Round);
    }

    [Fact]
    public void Start_WithATimeZone_UsesIt()
    {
        var factory = new FollowUpProcessFactory(Clock, PromptCatalog.Default, TopicAreaCatalog.ForBedring);
        var zone = DateTimeZoneProviders.Tzdb["Europe/Helsinki"];

        var process = factory.Start(new ProcessId("p1"), "ForBedring 2027", Team(), Leader, zone);

        Assert.Equal(zone, process.TimeZone);
    }

    [Fact]
    public void Constructor_WithoutTimeZone_DefaultsToOslo()
    {
        var factory = new FollowUpProcessFactory(Clock, PromptCatalog.Default, TopicAreaCatalog.ForBedring);

        Assert.Equal("Europe/Oslo", factory.DefaultTimeZone.Id);
        Assert.Equal("Europe/Oslo", factory.Start(new ProcessId("p1"), "ForBedring 2027", Team(), Leader).TimeZone.Id);
    }

    [Fact]
    public void Start_GivesTheSameProcessAsFollowUpProcessStart()
    {
        var factory = new FollowUpProcessFactory(Clock, PromptCatalog.Default, TopicAreaCatalog.ForBedring);

        var made = factory.Start(new ProcessId("p1"), "ForBedring 2027", Team(), Leader);
        var direct = FollowUpProcess.Start(new ProcessId("p1"), "ForBedring 2027", Team(), Leader, Clock);

        Assert.Equal(direct.Version, made.Version);
        Assert.Equal(direct.Step, made.Step);
        Assert.Equal(direct.History, made.History);
    }

    [Fact]
    public void Start_InvalidArguments_ThrowLikeFollowUpProcessStart()
    {
        var factory = new FollowUpProcessFactory(Clock, PromptCatalog.Default, TopicAreaCatalog.ForBedring);

        Assert.Throws<ArgumentException>(() => factory.Start(default, "ForBedring 2027", Team(), Leader));
        Assert.Throws<ArgumentException>(() => factory.Start(new ProcessId("p1"), " ", Team(), Leader));
        Assert.Throws<ArgumentNullException>(() => factory.Start(new ProcessId("p1"), "ForBedring 2027", null!, Leader));
    }

    [Fact]
    public void Constructor_NullArguments_ThrowArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => new FollowUpProcessFactory(null!, PromptCatalog.Default, TopicAreaCatalog.ForBedring));
        Assert.Throws<ArgumentNullException>(() => new FollowUpProcessFactory(Clock, null!, TopicAreaCatalog.ForBedring));
        Assert.Throws<ArgumentNullException>(() => new FollowUpProcessFactory(Clock, PromptCatalog.Default, null!));
    }

    private static LeadershipTeam Team()
        => new(
            new UnitId("ledergruppe"),
            "Klinikkens ledergruppe",
            new TeamMember(Leader, "Kari Nordmann", new UnitId("klinikk"), "Klinikken"),
            [new TeamMember(new PersonId("m1"), "Ola Nordmann", new UnitId("u1"), "Seksjon 1")]);
}

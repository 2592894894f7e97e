using ForBedring.Internal;
using ForBedring.Prompts;
using ForBedring.Results;
using NodaTime;

namespace ForBedring.Process;

/// <summary>
/// Starts follow-up processes with the host's clock, prompt catalogue, topic areas and default time zone, so that a
/// request handler needs only the team and the round. Registered by
/// <see cref="ForBedringServiceCollectionExtensions.AddForBedring"/>; immutable and safe to share.
/// </summary>
public sealed class FollowUpProcessFactory
{
    /// <summary>Creates the factory.</summary>
    /// <param name="clock">The clock every process it starts reads the time from.</param>
    /// <param name="prompts">The prompts the processes ask.</param>
    /// <param name="topicAreas">The survey's topic areas that topic-area answers choose from.</param>
    /// <param name="defaultTimeZone">The meetings' time zone when <see cref="Start"/> is given none; Europe/Oslo when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/>, <paramref name="prompts"/> or <paramref name="topicAreas"/> is null.</exception>
    public FollowUpProcessFactory(IClock clock, PromptCatalog prompts, TopicAreaCatalog topicAreas, DateTimeZone? defaultTimeZone = null)
    {
        Clock = Guard.NotNull(clock, nameof(clock));
        Prompts = Guard.NotNull(prompts, nameof(prompts));
        TopicAreas = Guard.NotNull(topicAreas, nameof(topicAreas));
        DefaultTimeZone = defaultTimeZone ?? DateTimeZoneProviders.Tzdb["Europe/Oslo"];
    }

    /// <summary>Gets the clock the processes read the time from.</summary>
    public IClock Clock { get; }

    /// <summary>Gets the prompts the processes ask.</summary>
    public PromptCatalog Prompts { get; }

    /// <summary>Gets the topic areas that topic-area answers choose from.</summary>
    public TopicAreaCatalog TopicAreas { get; }

    /// <summary>Gets the meetings' time zone when <see cref="Start"/> is given none.</summary>
    public DateTimeZone DefaultTimeZone { get; }

    /// <summary>Starts the follow-up of a survey round for a leadership team, at its first step (A1, self-reflection).</summary>
    /// <param name="id">The process's id.</param>
    /// <param name="round">The name of the survey round, such as <c>ForBedring 2026</c>.</param>
    /// <param name="team">The leadership team.</param>
    /// <param name="startedBy">Who starts it: the leader or someone from HR.</param>
    /// <param name="timeZone">The meetings' time zone; <see cref="DefaultTimeZone"/> when null.</param>
    /// <returns>The new process.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="startedBy"/> is the default value, or <paramref name="round"/> is blank or too long.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="round"/> or <paramref name="team"/> is null.</exception>
    public FollowUpProcess Start(ProcessId id, string round, LeadershipTeam team, PersonId startedBy, DateTimeZone? timeZone = null)
        => FollowUpProcess.Start(id, round, team, startedBy, Clock, Prompts, TopicAreas, timeZone ?? DefaultTimeZone);

    /// <summary>Starts the next cycle for a team when the next round's results arrive, with this factory's clock, prompts and topic areas; see <see cref="FollowUpProcess.StartNext(ProcessId, string, PersonId, Release, Release?, double)"/>.</summary>
    /// <param name="previous">The previous cycle's process; it is not changed.</param>
    /// <param name="id">The new process's id.</param>
    /// <param name="round">The new round's name.</param>
    /// <param name="by">Who starts it.</param>
    /// <param name="release">The new round's release.</param>
    /// <param name="previousRelease">The previous round's release; when null, the new release's previous figures are used.</param>
    /// <param name="tolerance">The least change, in points, that reads as up or down.</param>
    /// <returns>The new process, with the open actions carried over, and the readings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="previous"/>, <paramref name="round"/> or <paramref name="release"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is the default value, the new id is the previous one's or an earlier cycle's, or the round is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is out of range.</exception>
    public NextCycle StartNext(FollowUpProcess previous, ProcessId id, string round, PersonId by, Release release, Release? previousRelease = null, double tolerance = Actions.IndicatorReading.DefaultTolerance)
        => Guard.NotNull(previous, nameof(previous)).StartNext(id, round, by, release, previousRelease, tolerance, Clock, Prompts, TopicAreas);
}

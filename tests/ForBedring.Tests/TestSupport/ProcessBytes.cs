using ForBedring.Persistence;
using ForBedring.Process;
using NodaTime;

namespace ForBedring.Tests.TestSupport;

/// <summary>The saved form of a process, for "unchanged to the byte" checks, and a save-then-load round trip.</summary>
public static class ProcessBytes
{
    /// <summary>Creates a function that serializes processes.</summary>
    /// <param name="clock">The clock the serializer is given.</param>
    /// <returns>The function.</returns>
    public static Func<FollowUpProcess, byte[]> For(IClock clock)
    {
        var serializer = new FollowUpProcessSerializer(clock);
        return serializer.Serialize;
    }

    /// <summary>Creates a function that saves a process and loads it again, as a portal does between requests.</summary>
    /// <param name="clock">The clock the serializer is given.</param>
    /// <returns>The function.</returns>
    public static Func<FollowUpProcess, FollowUpProcess> RoundTripFor(IClock clock)
    {
        var serializer = new FollowUpProcessSerializer(clock);
        return p => serializer.Deserialize(serializer.Serialize(p));
    }
}

using NodaTime;
using NodaTime.Testing;

namespace ForBedring.Tests.TestSupport;

/// <summary>The tests' fixed point in time: Monday 4 January 2027, 09:00 in Oslo.</summary>
public static class TestClock
{
    /// <summary>Gets the instant every test clock starts at.</summary>
    public static Instant Start { get; } = Instant.FromUtc(2027, 1, 4, 8, 0);

    /// <summary>Gets the meetings' time zone, Europe/Oslo.</summary>
    public static DateTimeZone Oslo { get; } = DateTimeZoneProviders.Tzdb["Europe/Oslo"];

    /// <summary>Creates a fake clock at <see cref="Start"/> that moves only when told to.</summary>
    /// <returns>The clock.</returns>
    public static FakeClock Create() => new(Start);

    /// <summary>Gets the date in Oslo that a clock shows now.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>Today's date in Oslo.</returns>
    public static LocalDate Today(IClock clock) => clock.GetCurrentInstant().InZone(Oslo).Date;
}

using NodaTime;

namespace ForBedring.Samples.Console;

/// <summary>A clock the sample moves forward by hand, so a spring's follow-up runs in a second.</summary>
internal sealed class SampleClock(Instant start) : IClock
{
    private Instant _now = start;

    public Instant GetCurrentInstant() => _now;

    public void Advance(Duration duration) => _now += duration;

    /// <summary>Moves the clock to a time of day on a date in Oslo.</summary>
    public void MoveTo(LocalDateTime local) => _now = local.InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Oslo"]).ToInstant();
}

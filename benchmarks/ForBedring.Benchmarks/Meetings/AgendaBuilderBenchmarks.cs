using BenchmarkDotNet.Attributes;
using ForBedring.Meetings;
using NodaTime;

namespace ForBedring.Benchmarks.Meetings;

/// <summary>
/// The agenda builder: laying out the guide's template without checks (the baseline) against building with the time
/// plan check, for a plan that fits (8 members in 2 hours) and one that does not and needs its ways out (12 in 90 minutes).
/// </summary>
[MemoryDiagnoser]
public class AgendaBuilderBenchmarks
{
    private static readonly ZonedDateTime Start = AgendaBuilder.InOslo(new LocalDateTime(2027, 1, 14, 9, 0));
    private readonly AgendaBuilder _builder = new();

    /// <summary>Lays out the template for 8 members in 2 hours, without checks.</summary>
    [Benchmark(Baseline = true)]
    public MeetingAgenda LayoutOnly() => _builder.Layout(8, Start, 120);

    /// <summary>Builds and checks 8 members in 2 hours: it fits, so there are no ways out to find.</summary>
    [Benchmark]
    public AgendaPlan BuildThatFits() => _builder.Build(8, Start, 120);

    /// <summary>Builds and checks 12 members in 90 minutes, and finds the ways out.</summary>
    [Benchmark]
    public AgendaPlan BuildWithWaysOut() => _builder.Build(12, Start, 90);
}

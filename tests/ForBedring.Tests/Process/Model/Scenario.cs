using FsCheck;
using FsCheck.Fluent;
using ForBedring.Process;

namespace ForBedring.Tests.Process.Model;

/// <summary>
/// One generated run: a valid prefix that brings the process to <see cref="Start"/> (happy-path commands only, with
/// random choices from <see cref="PrefixSeed"/>), then one command per seed in <see cref="Seeds"/>, each the next
/// happy-path command with probability <see cref="HappyPercent"/> and a random one otherwise.
/// </summary>
public sealed record Scenario(ProcessStep Start, int PrefixSeed, int HappyPercent, int[] Seeds)
{
    public override string ToString()
        => $"Scenario(start={Start}, prefixSeed={PrefixSeed}, happy={HappyPercent}%, seeds=[{string.Join(",", Seeds)}])";
}

/// <summary>The FsCheck arbitrary for <see cref="Scenario"/> that <c>[Property]</c> tests register.</summary>
public static class ScenarioArbitrary
{
    /// <summary>Runs of up to 50 commands from any step.</summary>
    public static Arbitrary<Scenario> Scenario() => Scenarios.Create(maxLength: 50, anyStart: true);
}

/// <summary>Builds <see cref="Scenario"/> arbitraries.</summary>
internal static class Scenarios
{
    /// <summary>Creates the arbitrary.</summary>
    /// <param name="maxLength">The most commands after the prefix.</param>
    /// <param name="anyStart">Whether the prefix may bring the process to any step; otherwise runs start at A1.</param>
    public static Arbitrary<Scenario> Create(int maxLength, bool anyStart)
    {
        var start = anyStart ? Gen.Elements(ProcessSteps.All.ToArray()) : Gen.Constant(ProcessStep.SelfReflection);
        var gen =
            from s in start
            from prefixSeed in Gen.Choose(0, int.MaxValue)
            from happy in Gen.Choose(50, 70)
            from length in Gen.Choose(1, maxLength)
            from seeds in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), length)
            select new Scenario(s, prefixSeed, happy, seeds);
        return Arb.From(gen, Shrink);
    }

    /// <summary>Shorter runs first (halves, then one command fewer), then an earlier start.</summary>
    private static IEnumerable<Scenario> Shrink(Scenario s)
    {
        var seeds = s.Seeds;
        if (seeds.Length > 1)
        {
            yield return s with { Seeds = seeds[..(seeds.Length / 2)] };
            yield return s with { Seeds = seeds[(seeds.Length / 2)..] };
            for (var i = seeds.Length - 1; i >= 0; i--)
            {
                yield return s with { Seeds = [.. seeds[..i], .. seeds[(i + 1)..]] };
            }
        }

        if (s.Start > ProcessStep.SelfReflection)
        {
            yield return s with { Start = s.Start - 1 };
        }
    }
}

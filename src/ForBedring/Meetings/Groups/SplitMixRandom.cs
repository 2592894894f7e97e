namespace ForBedring.Meetings;

/// <summary>
/// A small seeded pseudo-random generator (SplitMix64) whose sequence is fixed by its seed on every runtime, unlike
/// <see cref="Random"/>, whose algorithm may change between framework versions.
/// </summary>
internal sealed class SplitMixRandom(int seed)
{
    private ulong _state = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL) ^ 0xD1B54A32D192ED03UL;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Returns a number in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);

    public void Shuffle(int[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}

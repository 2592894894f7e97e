namespace ForBedring.Meetings;

/// <summary>
/// How the group planner sizes the groups: a group size (groups of at least that many) or a number of groups (sizes as
/// even as possible).
/// </summary>
public sealed record GroupSizing
{
    private GroupSizing(int? size, int? count)
    {
        Size = size;
        Count = count;
    }

    /// <summary>Gets the group size asked for, or null when a number of groups was asked for.</summary>
    public int? Size { get; }

    /// <summary>Gets the number of groups asked for, or null when a group size was asked for.</summary>
    public int? Count { get; }

    /// <summary>
    /// Asks for groups of <paramref name="size"/> people: ⌊n / size⌋ groups, the people left over joining groups one
    /// each, so every group has <paramref name="size"/> or more people and the sizes differ by at most one.
    /// </summary>
    /// <param name="size">The group size, at least 2.</param>
    /// <returns>The sizing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is less than 2.</exception>
    public static GroupSizing OfSize(int size)
        => size >= 2 ? new GroupSizing(size, null) : throw new ArgumentOutOfRangeException(nameof(size), size, "A group has at least two people.");

    /// <summary>Asks for <paramref name="count"/> groups whose sizes differ by at most one.</summary>
    /// <param name="count">The number of groups, at least 1.</param>
    /// <returns>The sizing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static GroupSizing InGroups(int count)
        => count >= 1 ? new GroupSizing(null, count) : throw new ArgumentOutOfRangeException(nameof(count), count, "There is at least one group.");

    /// <summary>Computes the group sizes for <paramref name="people"/> people, largest first.</summary>
    /// <param name="people">The number of people to place.</param>
    /// <returns>The sizes, largest first; empty when the people cannot be split this way (fewer than two per group).</returns>
    public IReadOnlyList<int> SizesFor(int people)
    {
        var groups = Count ?? (people / Size!.Value);
        if (groups < 1 || people < 2 * groups || (Size is { } k && people < k))
        {
            return Array.Empty<int>();
        }

        var sizes = new int[groups];
        for (var i = 0; i < groups; i++)
        {
            sizes[i] = (people / groups) + (i < people % groups ? 1 : 0);
        }

        return Array.AsReadOnly(sizes);
    }
}

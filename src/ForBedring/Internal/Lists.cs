namespace ForBedring.Internal;

/// <summary>Copy-on-write helpers for the state's read-only lists.</summary>
internal static class Lists
{
    public static IReadOnlyList<T> Append<T>(this IReadOnlyList<T> list, T item)
    {
        var copy = new T[list.Count + 1];
        for (var i = 0; i < list.Count; i++)
        {
            copy[i] = list[i];
        }

        copy[list.Count] = item;
        return copy;
    }

    /// <summary>Replaces the first item that matches, or appends when none does.</summary>
    public static IReadOnlyList<T> Upsert<T>(this IReadOnlyList<T> list, Func<T, bool> match, T item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (match(list[i]))
            {
                var copy = list.ToArray();
                copy[i] = item;
                return copy;
            }
        }

        return list.Append(item);
    }

    public static IReadOnlyList<T> Without<T>(this IReadOnlyList<T> list, Func<T, bool> match) => list.Where(x => !match(x)).ToArray();
}

using System.Collections.ObjectModel;

namespace ForBedring.Internal;

/// <summary>
/// Copy-on-write helpers for the state's read-only lists. Every list they return is wrapped, so a caller cannot cast
/// a list the process exposes back to an array and change the state behind its back.
/// </summary>
internal static class Lists
{
    public static IReadOnlyList<T> Append<T>(this IReadOnlyList<T> list, T item)
    {
        var copy = new List<T>(list.Count + 1);
        copy.AddRange(list);
        copy.Add(item);
        return new ReadOnlyCollection<T>(copy);
    }

    /// <summary>Replaces the first item that matches, or appends when none does.</summary>
    public static IReadOnlyList<T> Upsert<T>(this IReadOnlyList<T> list, Func<T, bool> match, T item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (match(list[i]))
            {
                var copy = new List<T>(list);
                copy[i] = item;
                return new ReadOnlyCollection<T>(copy);
            }
        }

        return list.Append(item);
    }

    public static IReadOnlyList<T> Without<T>(this IReadOnlyList<T> list, Func<T, bool> match) => list.Where(x => !match(x)).ToReadOnly();

    public static IReadOnlyList<T> ToReadOnly<T>(this IEnumerable<T> items) => new ReadOnlyCollection<T>(items.ToList());
}

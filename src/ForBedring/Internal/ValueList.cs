using System.Collections.ObjectModel;

namespace ForBedring.Internal;

/// <summary>Helpers for the read-only lists that immutable values hold.</summary>
internal static class ValueList
{
    /// <summary>Copies items into a list that cannot be changed or cast back, checking each item.</summary>
    public static IReadOnlyList<T> Copy<T>(IEnumerable<T>? items, string paramName, Func<T, bool>? isValid = null)
    {
        if (items is null)
        {
            throw new ArgumentNullException(paramName);
        }

        var list = new List<T>(items);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null || (isValid is not null && !isValid(list[i])))
            {
                throw new ArgumentException($"Item {i} is missing or invalid.", paramName);
            }
        }

        return list.Count == 0 ? Array.Empty<T>() : new ReadOnlyCollection<T>(list);
    }

    public static bool SequenceEqual<T>(IReadOnlyList<T> a, IReadOnlyList<T> b) => a.Count == b.Count && a.SequenceEqual(b);

    public static int SequenceHash<T>(IReadOnlyList<T> items)
    {
        var hash = 17;
        foreach (var item in items)
        {
            hash = unchecked((hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item)));
        }

        return hash;
    }
}

using System.Collections.ObjectModel;
using System.Text;

namespace ForBedring.Internal;

/// <summary>The shared shape of exceptions that report every problem at once: a checked list and a message of one line each.</summary>
internal static class ProblemList
{
    public static ReadOnlyCollection<T> Check<T>(IEnumerable<T> problems)
        where T : class
    {
        if (problems is null)
        {
            throw new ArgumentNullException(nameof(problems));
        }

        var list = problems.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one problem is needed.", nameof(problems));
        }

        if (list.Any(p => p is null))
        {
            throw new ArgumentNullException(nameof(problems), "A problem is null.");
        }

        return new ReadOnlyCollection<T>(list);
    }

    /// <summary>Writes the heading (for one problem, or for <c>{0}</c> problems) and then each problem on a line of its own.</summary>
    public static string Describe(string headingForOne, string headingForMany, IReadOnlyCollection<string> problems)
    {
        var text = new StringBuilder(problems.Count == 1
            ? headingForOne
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, headingForMany, problems.Count));
        foreach (var problem in problems)
        {
            text.AppendLine().Append("- ").Append(problem);
        }

        return text.ToString();
    }
}

using System.Collections.ObjectModel;
using ForBedring.Internal;

namespace ForBedring.Process;

/// <summary>
/// A4: the survey reports sent to the team: the common report for the enterprise or clinic, and one for each
/// member's own area of responsibility. References are the host's (a document id or a link), never the figures.
/// </summary>
public sealed record ReportDistribution
{
    /// <summary>Creates the distribution.</summary>
    /// <param name="commonReport">A reference to the common report.</param>
    /// <param name="memberReports">A reference to each member's own report, by member.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A reference is blank, too long or not valid UTF-16.</exception>
    public ReportDistribution(string commonReport, IReadOnlyDictionary<PersonId, string> memberReports)
    {
        CommonReport = Guard.Text(commonReport, nameof(commonReport), 2_000);
        if (memberReports is null)
        {
            throw new ArgumentNullException(nameof(memberReports));
        }

        var copy = new Dictionary<PersonId, string>();
        foreach (var pair in memberReports.OrderBy(p => p.Key.Value, StringComparer.Ordinal))
        {
            if (pair.Key.Value.Length == 0)
            {
                throw new ArgumentException("A member report has no person id.", nameof(memberReports));
            }

            copy.Add(pair.Key, Guard.Text(pair.Value, nameof(memberReports), 2_000));
        }

        // Kept in id order so that a saved document does not depend on the caller's dictionary order.
        MemberReports = new ReadOnlyDictionary<PersonId, string>(copy);
    }

    /// <summary>Gets the reference to the common report for the enterprise or clinic.</summary>
    public string CommonReport { get; }

    /// <summary>Gets the reference to each member's report for their own area, by member.</summary>
    public IReadOnlyDictionary<PersonId, string> MemberReports { get; }

    /// <summary>Tells whether two values are equal, their lists compared item by item.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ReportDistribution? other) => other is not null && CommonReport == other.CommonReport && MemberReports.Count == other.MemberReports.Count && MemberReports.All(r => other.MemberReports.TryGetValue(r.Key, out var v) && v == r.Value);

    /// <inheritdoc/>
    public override int GetHashCode() => CommonReport.GetHashCode() ^ MemberReports.Count;
}

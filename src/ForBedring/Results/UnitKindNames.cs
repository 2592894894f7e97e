namespace ForBedring.Results;

/// <summary>
/// The names unit kinds have in results files, the same in the JSON and the CSV import: <c>enterprise</c>,
/// <c>clinic</c>, <c>department</c>, <c>section</c>, <c>leadership_team</c>.
/// </summary>
public static class UnitKindNames
{
    /// <summary>The names a file may use, for error messages: "enterprise, clinic, department, section or leadership_team".</summary>
    public const string Expected = "enterprise, clinic, department, section or leadership_team";

    /// <summary>Gets a unit kind's name in files.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a unit kind.</exception>
    public static string NameOf(UnitKind kind) => kind switch
    {
        UnitKind.Enterprise => "enterprise",
        UnitKind.Clinic => "clinic",
        UnitKind.Department => "department",
        UnitKind.Section => "section",
        UnitKind.LeadershipTeam => "leadership_team",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a unit kind."),
    };

    /// <summary>Reads a unit kind's name (exactly, in lower case).</summary>
    /// <param name="name">The name, or null.</param>
    /// <param name="kind">The kind, when the name is one.</param>
    /// <returns>Whether the name is a unit kind's.</returns>
    public static bool TryParse(string? name, out UnitKind kind)
    {
        switch (name)
        {
            case "enterprise": kind = UnitKind.Enterprise; return true;
            case "clinic": kind = UnitKind.Clinic; return true;
            case "department": kind = UnitKind.Department; return true;
            case "section": kind = UnitKind.Section; return true;
            case "leadership_team": kind = UnitKind.LeadershipTeam; return true;
            default: kind = default; return false;
        }
    }
}

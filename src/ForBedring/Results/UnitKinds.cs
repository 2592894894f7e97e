namespace ForBedring.Results;

/// <summary>The names unit kinds have in files (<c>enterprise</c>, <c>clinic</c>, <c>department</c>, <c>section</c>, <c>leadership_team</c>).</summary>
internal static class UnitKinds
{
    public static string ToName(UnitKind kind) => kind switch
    {
        UnitKind.Enterprise => "enterprise",
        UnitKind.Clinic => "clinic",
        UnitKind.Department => "department",
        UnitKind.Section => "section",
        UnitKind.LeadershipTeam => "leadership_team",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a unit kind."),
    };

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

    public const string Expected = "enterprise, clinic, department, section or leadership_team";
}

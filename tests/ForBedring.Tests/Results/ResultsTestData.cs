using System.Globalization;
using ForBedring.Results;

namespace ForBedring.Tests.Results;

/// <summary>Small hand-made trees and seeded random valid results for the Results tests.</summary>
public static class ResultsTestData
{
    public static readonly SurveyRound Round = new("ForBedring 2026", "2026");

    public static IndicatorId Ind(string id) => new(id);

    public static UnitId U(string id) => new(id);

    /// <summary>Builds results from compact rows: id, parent (or null), kind, leader (or null), invited, respondents (null = withheld), scores.</summary>
    public static SurveyResults Build(params (string Id, string? Parent, UnitKind Kind, string? Leader, int Invited, int? Respondents, (string Indicator, double Score, double? Previous)[] Scores)[] rows)
        => SurveyResults.Create(
            Round,
            rows.Select(r => new OrganisationUnit(U(r.Id), "Unit " + r.Id, r.Parent is null ? null : U(r.Parent), r.Kind, r.Leader is null ? null : new PersonId(r.Leader))),
            rows.Select(r => new UnitResult(U(r.Id), r.Invited, r.Respondents, r.Respondents is null ? [] : r.Scores.Select(s => new IndicatorScore(Ind(s.Indicator), s.Score, s.Previous)))));

    /// <summary>A small hospital: enterprise, two clinics, departments, a section, leadership teams, one small and one withheld unit.</summary>
    public static SurveyResults Hospital()
    {
        (string, double, double?)[] S(double a, double b) => [("engasjement", a, a - 2), ("samarbeidsklima", b, null)];
        return Build(
            ("hf", null, UnitKind.Enterprise, "p-ceo", 130, 110, S(70, 65)),
            ("hf-lg", "hf", UnitKind.LeadershipTeam, "p-ceo", 6, 6, S(80, 75)),
            ("med", "hf", UnitKind.Clinic, "p-med", 60, 52, S(68, 60)),
            ("med-lg", "med", UnitKind.LeadershipTeam, "p-med", 5, 5, S(82, 77)),
            ("med-a", "med", UnitKind.Department, "p-a", 25, 22, S(61, 55)),
            ("med-a1", "med-a", UnitKind.Section, "p-a1", 12, 10, S(58, 50)),
            ("med-b", "med", UnitKind.Department, "p-b", 25, 20, S(72, 66)),
            ("kir", "hf", UnitKind.Clinic, "p-kir", 60, 48, S(71, 70)),
            ("kir-a", "kir", UnitKind.Department, "p-ka", 30, 25, S(73, 71)),
            ("kir-b", "kir", UnitKind.Department, "p-kb", 20, 3, S(50, 40)),
            ("kir-c", "kir", UnitKind.Department, "p-kc", 9, null, []));
    }

    /// <summary>Random valid results: a tree of up to <paramref name="maxUnits"/> units, subtree sums, withheld units, names with CSV's special characters.</summary>
    public static SurveyResults Random(int seed, int maxUnits = 25)
    {
        var random = new Random(seed);
        var n = random.Next(1, maxUnits + 1);
        var parents = new int[n];
        var own = new int[n];
        for (var i = 0; i < n; i++)
        {
            parents[i] = i == 0 ? -1 : random.Next(0, i);
            own[i] = random.Next(0, 41);
        }

        var respondents = (int[])own.Clone();
        for (var i = n - 1; i > 0; i--)
        {
            respondents[parents[i]] += respondents[i];
        }

        string[] names = ["Akutt", "Hjerte, lunge", "Barn; ungdom", "\"Kirurgi\"", " Psykiatri", "Øre-nese-hals ", "Føde"];
        string[] indicators = ["engasjement", "samarbeidsklima", "arbeidsforhold", "sikkerhetsklima", "q1.2"];
        var units = new List<OrganisationUnit>();
        var results = new List<UnitResult>();
        for (var i = 0; i < n; i++)
        {
            var id = U("u" + i.ToString(CultureInfo.InvariantCulture));
            var kind = i == 0 ? UnitKind.Enterprise : (UnitKind)random.Next(1, 5);
            PersonId? leader = random.Next(3) == 0 ? null : new PersonId("p" + random.Next(0, 10).ToString(CultureInfo.InvariantCulture));
            units.Add(new OrganisationUnit(id, names[random.Next(names.Length)] + " " + i.ToString(CultureInfo.InvariantCulture), i == 0 ? null : U("u" + parents[i].ToString(CultureInfo.InvariantCulture)), kind, leader));
            var withheld = i > 0 && random.Next(8) == 0;
            var scores = withheld
                ? []
                : indicators.Where(_ => random.Next(4) > 0).Select(ind => new IndicatorScore(Ind(ind), Math.Round(random.NextDouble() * 100, random.Next(0, 3)), random.Next(2) == 0 ? null : random.Next(0, 101))).ToList();
            results.Add(new UnitResult(id, respondents[i] + random.Next(0, 10), withheld ? null : respondents[i], scores));
        }

        return SurveyResults.Create(Round, units, results);
    }

    public static IReadOnlyList<ResultsProblemKind> Kinds(Action act)
        => Assert.Throws<SurveyResultsException>(act).Problems.Select(p => p.Kind).ToList();
}

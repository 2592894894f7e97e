using System.Globalization;
using System.Text;
using ForBedring.Csv;
using ForBedring.Results;

namespace ForBedring.Samples.Console.SampleData;

/// <summary>
/// A deterministic synthetic hospital for the samples: an enterprise, five clinics, departments and sections, a
/// leadership team per clinic and one at the top, about 2,500 respondents, units below the threshold and one withheld
/// unit, in two rounds (2026 and 2027) with a re-organisation between them. The same seed always gives the same bytes.
/// </summary>
internal static class SampleHospital
{
    public const int Seed = 20260401;

    public const string Round2026File = "sample-results-2026.csv";
    public const string Round2027File = "sample-results-2027.csv";
    public const string MovesFile = "sample-reorganisation-2027.csv";

    private static readonly string[] Indicators = IndicatorCatalog.ForBedring.Indicators.Select(i => i.Id.Value).ToArray();

    private static readonly (string Id, string Name, string[] Departments)[] Clinics =
    [
        ("med", "Medisinsk klinikk", ["Hjerteavdelingen", "Lungeavdelingen", "Nyreavdelingen", "Infeksjonsavdelingen", "Geriatrisk avdeling", "Medisinsk poliklinikk"]),
        ("kir", "Kirurgisk klinikk", ["Ortopedisk avdeling", "Gastrokirurgisk avdeling", "Urologisk avdeling", "Operasjonsavdelingen", "Anestesiavdelingen"]),
        ("psy", "Klinikk psykisk helsevern", ["Akuttpsykiatrisk avdeling", "DPS Nord", "DPS Sør", "Rusbehandling"]),
        ("bup", "Barne- og ungdomsklinikken", ["Barneavdelingen", "Nyfødtintensiv", "BUP poliklinikk", "Habilitering"]),
        ("diag", "Klinikk for diagnostikk", ["Radiologisk avdeling", "Laboratoriemedisin", "Patologi", "Nukleærmedisin"]),
    ];

    /// <summary>One cell of people: the staff attached directly to one unit.</summary>
    private sealed class Node(string id, string name, string? parent, UnitKind kind, string leader, int own)
    {
        public string Id { get; } = id;

        public string Name { get; } = name;

        public string? Parent { get; set; } = parent;

        public UnitKind Kind { get; } = kind;

        public string Leader { get; } = leader;

        public int Own { get; set; } = own;

        public double Effect { get; set; }

        public bool Withheld { get; set; }
    }

    /// <summary>Generates the three files, as file name and bytes.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Generate()
    {
        var random = new Random(Seed);
        var nodes = Tree2026(random);
        var round2026 = Results(nodes, "ForBedring 2026", "2026", new Random(Seed + 1), previous: null);

        var (nodes2027, moves) = Reorganise(nodes, new Random(Seed + 2));
        var round2027 = Results(nodes2027, "ForBedring 2027", "2027", new Random(Seed + 3), previous: round2026);
        return
        [
            (Round2026File, Csv(round2026)),
            (Round2027File, Csv(round2027)),
            (MovesFile, Encoding.UTF8.GetBytes(MovesCsv(moves))),
        ];
    }

    private static List<Node> Tree2026(Random random)
    {
        var nodes = new List<Node>
        {
            new("hf", "Helse Fjordvik HF", null, UnitKind.Enterprise, "p-ceo", random.Next(30, 60)),
            new("hf-lg", "Toppledergruppen", "hf", UnitKind.LeadershipTeam, "p-ceo", 1 + Clinics.Length),
        };
        var leaders = 0;
        foreach (var (clinicId, clinicName, departments) in Clinics)
        {
            var clinicLeader = "p-" + clinicId;
            nodes.Add(new Node(clinicId, clinicName, "hf", UnitKind.Clinic, clinicLeader, random.Next(4, 25)));
            nodes.Add(new Node(clinicId + "-lg", "Ledergruppen, " + clinicName, clinicId, UnitKind.LeadershipTeam, clinicLeader, 1 + departments.Length));
            for (var d = 0; d < departments.Length; d++)
            {
                var deptId = $"{clinicId}-{d + 1}";
                var leader = "p-" + (++leaders).ToString("000", CultureInfo.InvariantCulture);
                var sections = random.Next(5) == 0 ? 2 : 0;

                // A few departments are very small: their figures fall below the threshold.
                var own = random.Next(10) == 0 ? random.Next(2, 5) : random.Next(60, 170);
                nodes.Add(new Node(deptId, departments[d], clinicId, UnitKind.Department, leader, sections > 0 ? random.Next(0, 6) : own));
                for (var s = 0; s < sections; s++)
                {
                    var sectionLeader = "p-" + (++leaders).ToString("000", CultureInfo.InvariantCulture);
                    var size = random.Next(8) == 0 ? random.Next(2, 5) : random.Next(25, 80);
                    nodes.Add(new Node($"{deptId}-{s + 1}", $"{departments[d]}, seksjon {s + 1}", deptId, UnitKind.Section, sectionLeader, size));
                }
            }
        }

        foreach (var node in nodes)
        {
            node.Effect = Normal(random) * 6;
        }

        // The vendor withholds one department's figures (for example a unit under investigation).
        nodes.First(n => n.Id == "psy-3").Withheld = true;
        return nodes;
    }

    private static (List<Node> Nodes, List<(string? From, string? To, int Respondents)> Moves) Reorganise(List<Node> before, Random random)
    {
        var moves = new List<(string? From, string? To, int Respondents)>();
        var after = new List<Node>();
        foreach (var node in before)
        {
            // Lungeavdelingen and Nyreavdelingen merge into a new department; the third section of the first
            // department with sections moves to the next department of its clinic.
            if (node.Id is "med-2" or "med-3")
            {
                moves.Add((node.Id, "med-7", node.Own));
                continue;
            }

            var copy = new Node(node.Id, node.Name, node.Parent, node.Kind, node.Leader, node.Own) { Effect = node.Effect + (Normal(random) * 2), Withheld = false };
            var left = node.Kind == UnitKind.LeadershipTeam ? 0 : random.Next(0, Math.Max(1, node.Own / 8));
            var joined = node.Kind == UnitKind.LeadershipTeam ? 0 : random.Next(0, Math.Max(1, node.Own / 8));
            moves.Add((node.Id, node.Id, node.Own - left));
            if (left > 0)
            {
                moves.Add((node.Id, null, left));
            }

            if (joined > 0)
            {
                moves.Add((null, node.Id, joined));
            }

            copy.Own = node.Own - left + joined;
            after.Add(copy);
        }

        var merged = before.Where(n => n.Id is "med-2" or "med-3").ToList();
        after.Insert(after.FindIndex(n => n.Id == "med-4"), new Node("med-7", "Lunge- og nyreavdelingen", "med", UnitKind.Department, merged[0].Leader, merged.Sum(n => n.Own)) { Effect = merged.Average(n => n.Effect) - 3 });
        var moved = after.FirstOrDefault(n => n.Kind == UnitKind.Section && n.Parent is { } p && after.Count(s => s.Parent == p && s.Kind == UnitKind.Section) >= 2);
        if (moved is not null)
        {
            var clinic = after.First(n => n.Id == moved.Parent).Parent;
            var target = after.First(n => n.Parent == clinic && n.Kind == UnitKind.Department && n.Id != moved.Parent && !after.Any(s => s.Parent == n.Id));
            moved.Parent = target.Id;
        }

        return (after, moves);
    }

    private static SurveyResults Results(List<Node> nodes, string name, string period, Random random, SurveyResults? previous)
    {
        // Each cell's mean per indicator; a unit's figures cover its own cell and everything below, weighted by respondents.
        var byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var means = nodes.ToDictionary(n => n.Id, n => Indicators.Select((_, i) => Math.Clamp(70 + (i * 1.5) - 5 + n.Effect + (Normal(random) * 4), 5, 98)).ToArray(), StringComparer.Ordinal);
        var rate = nodes.ToDictionary(n => n.Id, _ => 0.62 + (random.NextDouble() * 0.25), StringComparer.Ordinal);
        var respondents = new Dictionary<string, int>(StringComparer.Ordinal);
        var invited = new Dictionary<string, int>(StringComparer.Ordinal);
        var sums = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            respondents[node.Id] = 0;
            invited[node.Id] = 0;
            sums[node.Id] = new double[Indicators.Length];
        }

        foreach (var node in nodes)
        {
            var ownInvited = node.Kind == UnitKind.LeadershipTeam ? node.Own : (int)Math.Round(node.Own / rate[node.Id]);
            for (string? at = node.Id; at is not null; at = byId[at].Parent)
            {
                respondents[at] += node.Own;
                invited[at] += ownInvited;
                for (var i = 0; i < Indicators.Length; i++)
                {
                    sums[at][i] += means[node.Id][i] * node.Own;
                }
            }
        }

        var units = nodes.Select(n => new OrganisationUnit(new UnitId(n.Id), n.Name, n.Parent is null ? null : new UnitId(n.Parent), n.Kind, new PersonId(n.Leader))).ToList();
        var results = nodes.Select(n => new UnitResult(
            new UnitId(n.Id),
            invited[n.Id],
            n.Withheld ? null : respondents[n.Id],
            n.Withheld || respondents[n.Id] == 0
                ? []
                : Indicators.Select((ind, i) => new IndicatorScore(
                    new IndicatorId(ind),
                    Math.Round(sums[n.Id][i] / respondents[n.Id], 1),
                    previous?.ResultOf(new UnitId(n.Id))?.ScoreOf(new IndicatorId(ind))?.Score))
                    .ToList())).ToList();
        return SurveyResults.Create(new SurveyRound(name, period), units, results);
    }

    private static byte[] Csv(SurveyResults results)
    {
        using var stream = new MemoryStream();
        ResultsCsv.Write(results, stream);
        return stream.ToArray();
    }

    private static string MovesCsv(List<(string? From, string? To, int Respondents)> moves)
    {
        var text = new StringBuilder("from_unit_id,to_unit_id,respondents\n");
        foreach (var (from, to, count) in moves)
        {
            text.Append(from ?? string.Empty).Append(',').Append(to ?? string.Empty).Append(',').Append(count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A standard normal draw (Box–Muller), from the seeded generator only.</summary>
    private static double Normal(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}

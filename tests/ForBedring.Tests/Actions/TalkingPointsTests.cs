using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForBedring.Actions;
using ForBedring.Process;
using ForBedring.Results;
using ForBedring.Tests.Results;
using ForBedring.Tests.TestSupport;
using NodaTime;
using static ForBedring.Tests.Results.ResultsTestData;

namespace ForBedring.Tests.Actions;

public sealed partial class TalkingPointsTests
{
    private static readonly Release Hospital = ReleaseTests.Naive(ResultsTestData.Hospital());
    private static readonly PersonId Kir = new("p-kir");
    private static readonly PersonId Ka = new("p-ka");
    private static readonly PersonId Kb = new("p-kb");
    private static readonly PersonId X = new("p-x");
    private static readonly DateTimeZone Oslo = DateTimeZoneProviders.Tzdb["Europe/Oslo"];

    private static readonly LeadershipTeam Team = new(
        U("kir-lg"),
        "Kirurgisk ledergruppe",
        new TeamMember(Kir, "Kari Kirurg", U("kir"), "Kirurgisk klinikk"),
        [
            new TeamMember(Ka, "Anne A", U("kir-a"), "Avdeling A"),
            new TeamMember(Kb, "Bjørn B", U("kir-b"), "Avdeling B"),
            new TeamMember(new PersonId("p-kc"), "Cecilie C", U("kir-c"), "Avdeling C"),
            new TeamMember(X, "Xavier X", U("kir-x"), "Ny avdeling"),
        ]);

    private static readonly Instant Updated = new LocalDateTime(2027, 2, 10, 23, 30).InZoneLeniently(Oslo).ToInstant();

    private static readonly ActionPlan[] Plans =
    [
        new ActionPlan(
            null,
            Kir,
            [new FocusArea(new FocusAreaId("FS"), FocusAreaKind.Keep, "Samarbeid på tvers", [], [Ind("samarbeidsklima")])],
            [
                new PlannedAction(new ActionId("S1"), "Hospitering", new FocusAreaId("FS"), Ka, new LocalDate(2027, 5, 1), contributors: [Kb]),
                new PlannedAction(new ActionId("S2"), "Felles fagdag", new FocusAreaId("FS"), Kir, new LocalDate(2027, 6, 1)),
            ]),
        new ActionPlan(
            U("kir-a"),
            Ka,
            [
                new FocusArea(new FocusAreaId("FA1"), FocusAreaKind.Improve, "Engasjement", [], [Ind("engasjement")]),
                new FocusArea(new FocusAreaId("FA2"), FocusAreaKind.Keep, "Godt samarbeid", [new TopicAreaId("samarbeidsklima")], []),
            ],
            [
                new PlannedAction(
                    new ActionId("A1"),
                    "Turnus *med* [medvirkning](x)",
                    new FocusAreaId("FA1"),
                    Ka,
                    new LocalDate(2027, 4, 1),
                    updates: [new ActionUpdate(Updated, Ka, ActionStatus.InProgress, "Første møte holdt.")]),
                new PlannedAction(new ActionId("A2"), "Ny rutine", new FocusAreaId("FA2"), Kb, null, contributors: [Ka]),
            ]),
        new ActionPlan(
            U("kir-b"),
            Kb,
            [new FocusArea(new FocusAreaId("FB1"), FocusAreaKind.Improve, "Engasjement", [], [Ind("engasjement")])],
            [new PlannedAction(new ActionId("B1"), "Medarbeidermøter", new FocusAreaId("FB1"), Kb, new LocalDate(2027, 4, 15))]),
    ];

    private static AppraisalTalkingPoints Points(PersonId person, PersonId? leader = null)
        => AppraisalTalkingPoints.For(LeaderView.For(Hospital, leader ?? Kir), Team, Plans, person, Oslo);

    [Fact]
    public void For_Leader_TheirUnitsFiguresStrongestAndWeakest()
    {
        var points = Points(Kir);

        Assert.Equal([U("kir")], points.Units);
        var result = Assert.Single(points.Points, p => p.Kind == TalkingPointKind.UnitResult);
        Assert.Equal(48, result.Evidence.Respondents);
        Assert.Equal("kir: 48 respondents.", result.Text.English);
        Assert.Equal("Sterkest i kir: Engasjement (71,0).", Assert.Single(points.Points, p => p.Kind == TalkingPointKind.Strongest).Text.Bokmal);
        var weakest = Assert.Single(points.Points, p => p.Kind == TalkingPointKind.Weakest);
        Assert.Equal(70.0, Assert.Single(weakest.Evidence.Scores).Score);
        Assert.Equal(["S2"], points.Points.Where(p => p.Evidence.Action is not null).Select(p => p.Evidence.Action!.Value.Value));
    }

    [Fact]
    public void For_Member_UnitFiguresTheirPlanAndTheSharedPlanAndTheirActionsOnly()
    {
        var points = Points(Ka);

        Assert.Equal([U("kir-a")], points.Units);
        Assert.Equal(25, Assert.Single(points.Points, p => p.Kind == TalkingPointKind.UnitResult).Evidence.Respondents);
        Assert.Equal(["FS", "FA1", "FA2"], points.Points.Where(p => p.Evidence.FocusArea is not null).Select(p => p.Evidence.FocusArea!.Value.Value));
        var improve = Assert.Single(points.Points, p => p.Kind == TalkingPointKind.ImproveArea);
        Assert.Equal("Forbetringsområde «Engasjement» (planen for kir-a): Engasjement 73,0 i kir-a.", improve.Text.Nynorsk);
        Assert.Equal(73.0, Assert.Single(improve.Evidence.Scores).Score);
        Assert.Equal(
            [("S1", TalkingPointKind.OwnedAction), ("A1", TalkingPointKind.OwnedAction), ("A2", TalkingPointKind.ContributedAction)],
            points.Points.Where(p => p.Evidence.Action is not null).Select(p => (p.Evidence.Action!.Value.Value, p.Kind)));
        var a1 = Assert.Single(points.Points, p => p.Evidence.Action == new ActionId("A1"));
        Assert.Equal(new LocalDate(2027, 2, 10), a1.Evidence.LastUpdated);
        Assert.Equal("Owner of 'Turnus *med* [medvirkning](x)' (A1): in progress, due 2027-04-01; last updated 2027-02-10: Første møte holdt.", a1.Text.English);
        var a2 = Assert.Single(points.Points, p => p.Evidence.Action == new ActionId("A2"));
        Assert.Contains("frist ingen; ikke oppdatert ennå", a2.Text.Bokmal, StringComparison.Ordinal);
    }

    [Fact]
    public void For_MemberWithHiddenUnit_SaysHiddenAndCarriesNoFigure()
    {
        var points = Points(Kb);

        var hidden = Assert.Single(points.Points, p => p.Kind == TalkingPointKind.UnitHidden);
        Assert.Equal("kir-b: the figures are hidden (not shown: too few respondents).", hidden.Text.English);
        Assert.Equal(ReleaseStatus.BelowThreshold, hidden.Evidence.UnitStatus);
        Assert.Null(hidden.Evidence.Respondents);
        Assert.Empty(hidden.Evidence.Scores);
        Assert.DoesNotContain(points.Points, p => p.Kind is TalkingPointKind.UnitResult or TalkingPointKind.Strongest or TalkingPointKind.Weakest);
        var area = Assert.Single(points.Points, p => p.Evidence.FocusArea == new FocusAreaId("FB1"));
        Assert.Empty(area.Evidence.Scores);
        Assert.EndsWith("tallene for kir-b er skjult.", area.Text.Bokmal, StringComparison.Ordinal);
        var markdown = points.ToMarkdown(TextLanguage.English);
        Assert.DoesNotContain("50", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("40", markdown, StringComparison.Ordinal);
        Assert.Equal(["S1", "A2", "B1"], points.Points.Where(p => p.Evidence.Action is not null).Select(p => p.Evidence.Action!.Value.Value));
    }

    [Fact]
    public void For_MemberWhoseUnitIsNotInTheView_SaysSoWithoutFigures()
    {
        var points = Points(X).Points;
        Assert.Equal([TalkingPointKind.UnitNotInView, TalkingPointKind.KeepArea], points.Select(p => p.Kind));
        var point = points[0];
        Assert.Equal(U("kir-x"), point.Evidence.Unit);
        Assert.Null(point.Evidence.UnitStatus);
    }

    [Fact]
    public void For_UnitLeaderBelowWhoIsNotOnTheTeam_IsAllowedForTheLeaderAbove()
    {
        var points = Points(new PersonId("p-a1"), new PersonId("p-a"));
        Assert.Equal([U("med-a1")], points.Units);
        Assert.Equal(10, Assert.Single(points.Points, p => p.Kind == TalkingPointKind.UnitResult).Evidence.Respondents);
    }

    [Fact]
    public void For_PersonNotLed_ThrowsTypedErrorNamingBoth()
    {
        // p-ka leads kir-a only: the other members of the team are not theirs to appraise.
        var e = Assert.Throws<TalkingPointsException>(() => Points(Kb, Ka));
        Assert.Equal(Ka, e.Leader);
        Assert.Equal(Kb, e.Person);
        Assert.Equal(["talking-points.not-led"], e.Conditions.Select(c => c.Code));
        Assert.Throws<TalkingPointsException>(() => Points(new PersonId("p-med")));
    }

    [Fact]
    public void For_Process_LeaderNotInReleaseAndStranger_ListsBothProblems()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.ActionPlanning).Satisfy();
        var e = Assert.Throws<TalkingPointsException>(() => AppraisalTalkingPoints.For(d.Process, Hospital, SampleTeam.Stranger));
        Assert.Equal(["talking-points.leader-not-in-release", "talking-points.not-led"], e.Conditions.Select(c => c.Code));
        Assert.Contains("stranger", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_Process_UsesTheTeamLeaderThePlansAndTheTimeZone()
    {
        var d = new CycleDriver().WalkTo(ProcessStep.ActionPlanning).Satisfy();
        var id = d.Process.Actions[0].Id;
        FocusArea[] areas =
        [
            new(new FocusAreaId("F1"), FocusAreaKind.Keep, "Bevare", [], [Ind("engasjement")]),
            new(new FocusAreaId("F2"), FocusAreaKind.Improve, "Forbedre", [], [Ind("samarbeidsklima")]),
        ];
        d.Process.SetActionPlan(d.Leader, new ActionPlan(new UnitId("u1"), SampleTeam.Member(1), areas, [new PlannedAction(id, "Hospitering", areas[1].Id, SampleTeam.Member(1), d.Today.PlusDays(30))]));
        var release = ReleaseTests.Naive(Build(
            ("klinikk", null, UnitKind.Clinic, "leader", 60, 50, [("engasjement", 70, null), ("samarbeidsklima", 60, null)]),
            ("u1", "klinikk", UnitKind.Department, "m1", 30, 25, [("engasjement", 75, null), ("samarbeidsklima", 55, null)]),
            ("u2", "klinikk", UnitKind.Department, "m2", 30, 25, [("engasjement", 65, null), ("samarbeidsklima", 65, null)])));

        var points = AppraisalTalkingPoints.For(d.Process, release, SampleTeam.Member(1));

        Assert.Equal(d.Leader, points.Leader);
        Assert.Equal([U("u1")], points.Units);
        Assert.Equal("Forbedringsområde «Forbedre» (planen for u1): Samarbeidsklima 55,0 i u1.", Assert.Single(points.Points, p => p.Kind == TalkingPointKind.ImproveArea).Text.Bokmal);
        Assert.Equal(id, Assert.Single(points.Points, p => p.Kind == TalkingPointKind.OwnedAction).Evidence.Action);
    }

    [Fact]
    public void ToMarkdown_EscapesTypedTextAndHasTheThreeSections()
    {
        var points = Points(Ka);
        var markdown = points.ToMarkdown(TextLanguage.Bokmal);

        Assert.StartsWith("# Samtalepunkter for medarbeidersamtale: p\\-ka\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## Resultater (C4)\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## Fokusområder\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- Ansvarlig for «Turnus \\*med\\* \\[medvirkning\\]\\(x\\)» (A1): pågår", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("*med*", markdown, StringComparison.Ordinal);
        Assert.Equal(points.Points.Count, markdown.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
        Assert.Contains("\n## Tiltak\n\nIngen.\n", Points(X).ToMarkdown(TextLanguage.Bokmal), StringComparison.Ordinal);
        Assert.Contains("## Actions", Points(Ka).ToMarkdown(TextLanguage.English), StringComparison.Ordinal);
    }

    private static Gen<string> Hostile { get; } =
        Gen.Elements("<script>alert(1)</script>", "[lenke](http://x)", "![bilde](x.png)", "**fet** _kursiv_", "# Overskrift", "| a | b |", "`kode`",
                "- punkt", "1. liste", "> sitat", "<b>", "&amp;", "line\nbreak", "\\", "https://example.org", "*", "~~x~~", "---")
            .SelectMany(a => Gen.Elements("", " ", "x ", "\n").Select(b => b + a));

    [Property(MaxTest = 150)]
    public Property ToMarkdown_HostileTexts_GiveTheSameElementsAsPlainTexts()
        => Prop.ForAll((from a in Hostile from b in Hostile from c in Hostile select (a, b, c)).ToArbitrary(), t =>
        {
            foreach (var language in new[] { TextLanguage.Bokmal, TextLanguage.Nynorsk, TextLanguage.English })
            {
                Assert.Equal(Tags(HostileMarkdown(Plain(t.Item1), Plain(t.Item2), Plain(t.Item3), language)), Tags(HostileMarkdown(t.Item1, t.Item2, t.Item3, language)));
            }
        });

    [Property(MaxTest = 200)]
    public void For_AnyReleaseTeamAndPlans_NoHiddenFigureAndEachOwnActionExactlyOnce(int seed)
    {
        var release = ReleaseTests.Naive(Random(seed));
        var random = new Random(seed);
        var leaders = release.Units.Where(u => u.Leader is not null).Select(u => u.Leader!.Value).Distinct().ToList();
        if (leaders.Count == 0)
        {
            return;
        }

        var leader = leaders[random.Next(leaders.Count)];
        var view = LeaderView.For(release, leader);
        var below = view.OwnUnits.Where(u => u.Leader is { } l && l != leader).GroupBy(u => u.Leader!.Value).ToList();
        var outsider = new PersonId("p-out");
        var members = below.Select(g => new TeamMember(g.Key, "N " + g.Key.Value, g.First().Id, "E")).ToList();
        members.Add(new TeamMember(outsider, "Ute", U("nowhere"), "Ingen"));
        var team = new LeadershipTeam(U("lg"), "Ledergruppe", new TeamMember(leader, "Leder", view.OwnUnits[0].Id, "E"), members);
        var people = team.Everyone.Append(new PersonId("p-stranger")).ToList();
        string[] indicators = ["engasjement", "samarbeidsklima", "arbeidsforhold", "sikkerhetsklima", "q1.2"];
        var plans = new List<ActionPlan>();
        var n = 0;
        foreach (UnitId? unit in view.OwnUnits.Select(u => (UnitId?)u.Id).Prepend(null).Where(_ => random.Next(3) > 0))
        {
            var area = new FocusArea(new FocusAreaId("F"), (FocusAreaKind)random.Next(2), "Område", [], indicators.Where(_ => random.Next(2) == 0).DefaultIfEmpty("engasjement").Select(Ind));
            var actions = Enumerable.Range(0, random.Next(0, 5)).Select(_ =>
            {
                var owner = random.Next(5) == 0 ? (PersonId?)null : people[random.Next(people.Count)];
                var contributors = people.Where(p => p != owner && random.Next(4) == 0);
                return new PlannedAction(new ActionId("T" + (n++).ToString(CultureInfo.InvariantCulture)), "Tiltak", area.Id, owner, null, contributors: contributors);
            }).ToList();
            plans.Add(new ActionPlan(unit, leader, [area], actions));
        }

        foreach (var person in people)
        {
            if (person.Value == "p-stranger")
            {
                Assert.Throws<TalkingPointsException>(() => AppraisalTalkingPoints.For(view, team, plans, person, Oslo));
                continue;
            }

            var points = AppraisalTalkingPoints.For(view, team, plans, person, Oslo);
            foreach (var point in points.Points.Where(p => p.Evidence.Unit is not null))
            {
                var unit = release.Unit(point.Evidence.Unit!.Value);
                if (unit is null || !unit.IsReleased || !view.Units.Contains(unit))
                {
                    Assert.Null(point.Evidence.Respondents);
                    Assert.Empty(point.Evidence.Scores);
                    Assert.NotEqual(TalkingPointKind.UnitResult, point.Kind);
                }
                else
                {
                    Assert.Equal(unit.Respondents, point.Evidence.Respondents);
                    Assert.All(point.Evidence.Scores, s => Assert.Contains(s, unit.Scores));
                }
            }

            var expected = plans.SelectMany(p => p.Actions).Where(a => a.Owner == person || a.Contributors.Contains(person)).ToList();
            var actual = points.Points.Where(p => p.Evidence.Action is not null).ToList();
            Assert.Equal(expected.Select(a => a.Id), actual.Select(p => p.Evidence.Action!.Value));
            Assert.All(actual, p => Assert.Equal(expected.Single(a => a.Id == p.Evidence.Action).Owner == person ? TalkingPointKind.OwnedAction : TalkingPointKind.ContributedAction, p.Kind));
        }
    }

    private static string HostileMarkdown(string title, string happened, string area, TextLanguage language)
    {
        var areaId = new FocusAreaId("F");
        var action = new PlannedAction(new ActionId("T1"), title, areaId, Ka, new LocalDate(2027, 5, 1), updates: [new ActionUpdate(Updated, Ka, ActionStatus.InProgress, happened)]);
        var plan = new ActionPlan(U("kir-a"), Ka, [new FocusArea(areaId, FocusAreaKind.Improve, area, [], [Ind("engasjement")])], [action]);
        return AppraisalTalkingPoints.For(LeaderView.For(Hospital, Kir), Team, [plan], Ka, Oslo).ToMarkdown(language);
    }

    private static string Plain(string text) => new(text.Select(c => c == '\n' ? c : 'x').ToArray());

    private static List<string> Tags(string markdown)
        => TagPattern().Matches(Markdig.Markdown.ToHtml(markdown)).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<([a-z0-9]+)")]
    private static partial Regex TagPattern();
}

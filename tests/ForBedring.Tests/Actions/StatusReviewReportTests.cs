using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForBedring.Actions;
using ForBedring.Results;
using ForBedring.Tests.TestSupport;
using NodaTime;

namespace ForBedring.Tests.Actions;

/// <summary>The prepared status review lists exactly the actions that meet each definition.</summary>
public sealed class StatusReviewReportTests
{
    private static readonly LocalDate Base = new(2027, 3, 1);
    private static readonly FocusArea Area = new(new FocusAreaId("F1"), FocusAreaKind.Improve, "Forbedre", [new TopicAreaId("samarbeidsklima")], []);

    /// <summary>One generated action: due offset (or none), owner or not, and a history as (day offset, status) steps that the life cycle allows.</summary>
    public sealed record Spec(int? DueOffset, bool Owned, (int Day, ActionStatus Status, bool Help)[] History);

    private static Gen<Spec> SpecGen { get; } =
        from due in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(-60, 60).Select(d => (int?)d))
        from owned in Gen.Elements(true, true, false)
        from count in Gen.Choose(0, 4)
        from days in Gen.ArrayOf(Gen.Choose(-90, 10), count)
        from statuses in Gen.ArrayOf(Gen.Elements(ActionStatus.InProgress, ActionStatus.OnHold, ActionStatus.InProgress, ActionStatus.Done, ActionStatus.Cancelled), count)
        from helps in Gen.ArrayOf(Gen.Elements(true, false), count)
        select new Spec(due, owned, days.Order().Select((d, i) => (d, statuses[i], helps[i])).ToArray());

    private static Gen<(Spec[] Specs, int Previous, int DueSoon, int Stale)> Input { get; } =
        from n in Gen.Choose(0, 25)
        from specs in Gen.ArrayOf(SpecGen, n)
        from previous in Gen.Choose(-60, 0)
        from dueSoon in Gen.Choose(0, 30)
        from stale in Gen.Choose(1, 60)
        select (specs, previous, dueSoon, stale);

    /// <summary>C7: the named status reporter presents every action; without one, each owner presents their own in turn.</summary>
    [Property(MaxTest = 100)]
    public Property For_ReporterOrNone_EachLinePresentedByTheReporterOrElseItsOwner()
        => Prop.ForAll(Input.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (input, named) =>
        {
            var reporter = named ? SampleTeam.Member(3) : (PersonId?)null;

            var report = StatusReviewReport.For(Plans(input.Specs), Base, TestClock.Oslo, reporter: reporter);

            Assert.Equal(reporter, report.Reporter);
            Assert.All(report.Lines, l => Assert.Equal(reporter ?? l.Action.Owner, l.Presenter));
            var md = ActionsMarkdown.Review(report, TextLanguage.English);
            Assert.Contains(named ? "Status reporter (C7): " + SampleTeam.Member(3).Value + " presents" : "each owner presents their own actions in turn", md, StringComparison.Ordinal);
        });

    [Property(MaxTest = 300)]
    public Property For_AnyPlans_ListsExactlyTheActionsMeetingEachDefinition()
        => Prop.ForAll(Input.ToArbitrary(), input =>
        {
            var (specs, previousOffset, dueSoon, stale) = input;
            var plans = Plans(specs);
            var previous = previousOffset == 0 ? (LocalDate?)null : Base.PlusDays(previousOffset);
            var options = new StatusReviewOptions { DueSoonDays = dueSoon, StaleAfterDays = stale };

            var report = StatusReviewReport.For(plans, Base, TestClock.Oslo, previous, options);

            var all = plans.SelectMany(p => p.Actions).ToList();
            var open = all.Where(a => a.Status is ActionStatus.Planned or ActionStatus.InProgress or ActionStatus.OnHold).ToList();
            LocalDate Day(Instant i) => i.InZone(TestClock.Oslo).Date;
            Assert.Equal(open, report.Lines.Select(l => l.Action));
            Assert.Equal(open.Where(a => a.DueDate is { } d && d < Base), report.Overdue);
            Assert.Equal(open.Where(a => a.DueDate is { } d && Period.Between(Base, d, PeriodUnits.Days).Days is var k && k >= 0 && k <= dueSoon), report.DueSoon);
            Assert.Equal(open.Where(a => a.Updates.Count == 0 || Period.Between(Day(a.Updates[^1].At), Base, PeriodUnits.Days).Days >= stale), report.Stale);
            Assert.Equal(open.Where(a => a.Owner is null), report.Ownerless);
            Assert.Equal(open.Where(a => a.Updates.Count > 0 && a.Updates[^1].HelpNeeded), report.HelpNeeded);
            Assert.Equal(
                all.Where(a => a.Status is ActionStatus.Done or ActionStatus.Cancelled && Day(a.Updates[^1].At) <= Base && (previous is null || Day(a.Updates[^1].At) > previous)),
                report.Completed);
            Assert.All(report.Lines, l => Assert.Equal(l.Action.Updates.Where(u => previous is null || Day(u.At) > previous), l.SinceLastReview));
        });

    [Fact]
    public void For_OneActionOfEachKind_PutsEachInItsList()
    {
        var owner = new PersonId("a");
        var at = Base.PlusDays(-3).AtStartOfDayInZone(TestClock.Oslo).ToInstant();
        PlannedAction Make(string id, int? due, PersonId? who, params ActionUpdate[] updates)
            => new(new ActionId(id), "Tiltak " + id, Area.Id, who, due is { } d ? Base.PlusDays(d) : null, updates: updates);
        var plan = new ActionPlan(null, owner, [Area],
        [
            Make("T1", -1, owner, new ActionUpdate(at, owner, ActionStatus.InProgress, "i gang")),
            Make("T2", 3, owner, new ActionUpdate(at, owner, ActionStatus.InProgress, "i gang", nextStep: "neste", helpNeeded: true)),
            Make("T3", 60, null, new ActionUpdate(at, owner, ActionStatus.InProgress, "i gang")),
            Make("T4", 60, owner),
            Make("T5", 60, owner, new ActionUpdate(at, owner, ActionStatus.Done, "ferdig", note: "Halvert avvik.")),
        ]);

        var report = StatusReviewReport.For([plan], Base, TestClock.Oslo, Base.PlusDays(-28));

        Assert.Equal(["T1"], report.Overdue.Select(a => a.Id.Value));
        Assert.Equal(["T2"], report.DueSoon.Select(a => a.Id.Value));
        Assert.Equal(["T4"], report.Stale.Select(a => a.Id.Value));
        Assert.Equal(["T3"], report.Ownerless.Select(a => a.Id.Value));
        Assert.Equal(["T2"], report.HelpNeeded.Select(a => a.Id.Value));
        Assert.Equal("neste", report.Lines[1].NextStep);
        Assert.Equal("Halvert avvik.", Assert.Single(report.Completed).ClosingNote);
    }

    private static List<ActionPlan> Plans(Spec[] specs)
    {
        var person = new PersonId("p");
        var actions = new List<PlannedAction>();
        for (var i = 0; i < specs.Length; i++)
        {
            var spec = specs[i];
            var updates = new List<ActionUpdate>();
            var status = ActionStatus.Planned;
            foreach (var (day, next, help) in spec.History)
            {
                if (!ActionLifecycle.IsOpen(status) || !ActionLifecycle.IsAllowed(status, next))
                {
                    break;
                }

                var at = Base.PlusDays(day).At(new LocalTime(10, 0)).InZoneLeniently(TestClock.Oslo).ToInstant();
                updates.Add(new ActionUpdate(at, person, next, "skjedd", helpNeeded: help, note: "notat"));
                status = next;
            }

            actions.Add(new PlannedAction(new ActionId("T" + i), "Tiltak", Area.Id, spec.Owned ? person : null, spec.DueOffset is { } d ? Base.PlusDays(d) : null, updates: updates));
        }

        // Two plans, so that the order across plans is part of what is checked.
        var half = actions.Count / 2;
        return [new ActionPlan(null, person, [Area], actions.Take(half)), new ActionPlan(new UnitId("u1"), person, [Area], actions.Skip(half))];
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForBedring.Actions;
using ForBedring.Tests.TestSupport;
using NodaTime;

namespace ForBedring.Tests.Actions;

/// <summary>
/// The action life cycle, model-based: random sequences of updates, valid and invalid, run against
/// <see cref="PlannedAction.Record"/> and an independent reference model; every verdict, every rejection's codes and
/// every state after an accepted update must agree, and a rejected update must leave the action as it was.
/// </summary>
public sealed class ActionLifecycleTests
{
    private static readonly PersonId Owner = new("owner");

    /// <summary>The reference table, written out by hand from docs/actions.md: the allowed moves between different statuses.</summary>
    private static readonly HashSet<(ActionStatus From, ActionStatus To)> ModelMoves =
    [
        (ActionStatus.Planned, ActionStatus.InProgress),
        (ActionStatus.Planned, ActionStatus.OnHold),
        (ActionStatus.Planned, ActionStatus.Done),
        (ActionStatus.Planned, ActionStatus.Cancelled),
        (ActionStatus.InProgress, ActionStatus.OnHold),
        (ActionStatus.InProgress, ActionStatus.Done),
        (ActionStatus.InProgress, ActionStatus.Cancelled),
        (ActionStatus.OnHold, ActionStatus.InProgress),
        (ActionStatus.OnHold, ActionStatus.Done),
        (ActionStatus.OnHold, ActionStatus.Cancelled),
    ];

    /// <summary>One generated update: the status asked for, whether a note is given, minutes after the previous update (negative: before).</summary>
    public sealed record UpdateStep(ActionStatus To, bool WithNote, int Minutes, int? Progress);

    private static Gen<UpdateStep> StepGen { get; } =
        from to in Gen.Elements(ActionStatus.Planned, ActionStatus.InProgress, ActionStatus.OnHold, ActionStatus.Done, ActionStatus.Cancelled)
        from note in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from minutes in Gen.Frequency((8, Gen.Choose(0, 60 * 24 * 30)), (1, Gen.Choose(-600, -1)))
        from progress in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 100).Select(p => (int?)p))
        select new UpdateStep(to, note, minutes, progress);

    private static Gen<UpdateStep[]> Runs { get; } = Gen.Choose(1, 30).SelectMany(n => Gen.ArrayOf(StepGen, n));

    [Property(MaxTest = 1000)]
    public Property Record_RandomUpdateSequences_AgreeWithReferenceModel()
        => Prop.ForAll(Runs.ToArbitrary(), steps => { _ = Run(steps); });

    [Fact]
    public void Record_GeneratedRuns_ReachEveryStatusAndExerciseEveryRejection()
    {
        var codes = new HashSet<string>();
        var statuses = new HashSet<ActionStatus>();
        foreach (var steps in Runs.Sample(400))
        {
            var (reached, rejected) = Run(steps);
            statuses.UnionWith(reached);
            codes.UnionWith(rejected);
        }

        Assert.Equal(Enum.GetValues<ActionStatus>().ToHashSet(), statuses);
        Assert.Superset(
            new HashSet<string>
            {
                ConditionCodes.ActionStatusClosed, ConditionCodes.ActionStatusNotAllowed, ConditionCodes.ActionStatusOutcomeMissing,
                ConditionCodes.ActionStatusReasonMissing, ConditionCodes.ActionStatusBeforeLast,
            },
            codes);
    }

    [Fact]
    public void IsAllowed_EveryPair_MatchesTheDocumentedTable()
    {
        foreach (var from in Enum.GetValues<ActionStatus>())
        {
            foreach (var to in Enum.GetValues<ActionStatus>())
            {
                var expected = from == to ? from is not (ActionStatus.Done or ActionStatus.Cancelled) : ModelMoves.Contains((from, to));
                Assert.Equal(expected, ActionLifecycle.IsAllowed(from, to));
                Assert.Equal(ModelMoves.Contains((from, to)), ActionLifecycle.NextStatuses(from).Contains(to));
            }
        }
    }

    [Fact]
    public void Record_BackToPlannedAndCancelledWithoutReason_ListsEveryProblemAndChangesNothing()
    {
        var action = NewAction().Record(new ActionUpdate(TestClock.Start, Owner, ActionStatus.InProgress, "Startet."));
        var update = new ActionUpdate(TestClock.Start, Owner, ActionStatus.Planned, "Tilbake.");
        var e1 = Assert.Throws<ActionRuleException>(() => action.Record(update));
        Assert.Equal([ConditionCodes.ActionStatusNotAllowed], e1.Conditions.Select(c => c.Code));

        update = new ActionUpdate(TestClock.Start - Duration.FromMinutes(1), Owner, ActionStatus.Cancelled, "Stopp.");

        var e = Assert.Throws<ActionRuleException>(() => action.Record(update));

        Assert.Equal([ConditionCodes.ActionStatusReasonMissing, ConditionCodes.ActionStatusBeforeLast], e.Conditions.Select(c => c.Code));
        Assert.Equal(ActionStatus.InProgress, e.From);
        Assert.Equal(ActionStatus.Cancelled, e.To);
        Assert.Single(action.Updates);
    }

    [Fact]
    public void Constructor_HistoryThatBreaksTheLifeCycle_Throws()
    {
        var updates = new[]
        {
            new ActionUpdate(TestClock.Start, Owner, ActionStatus.Done, "x", note: "y"),
            new ActionUpdate(TestClock.Start, Owner, ActionStatus.InProgress, "z"),
        };

        Assert.Throws<ArgumentException>(() => NewAction().WithUpdates(updates));
    }

    private static PlannedAction NewAction() => new(new ActionId("T1"), "Faste tavlemøter", new FocusAreaId("F1"), Owner, new LocalDate(2027, 6, 1));

    private static (HashSet<ActionStatus> Reached, HashSet<string> Rejected) Run(IReadOnlyList<UpdateStep> steps)
    {
        var action = NewAction();
        var modelStatus = ActionStatus.Planned;
        var modelCount = 0;
        Instant? modelLast = null;
        var at = TestClock.Start;
        var reached = new HashSet<ActionStatus> { modelStatus };
        var rejected = new HashSet<string>();
        var trace = new List<string>();
        foreach (var step in steps)
        {
            at += Duration.FromMinutes(step.Minutes);
            trace.Add(step.ToString());
            var update = new ActionUpdate(at, Owner, step.To, "Skjedd.", step.Progress, note: step.WithNote ? "Notat." : null);

            var expected = new List<string>();
            var open = modelStatus is ActionStatus.Planned or ActionStatus.InProgress or ActionStatus.OnHold;
            if (!open)
            {
                expected.Add(ConditionCodes.ActionStatusClosed);
            }
            else if (step.To != modelStatus && !ModelMoves.Contains((modelStatus, step.To)))
            {
                expected.Add(ConditionCodes.ActionStatusNotAllowed);
            }

            if (step.To == ActionStatus.Done && !step.WithNote)
            {
                expected.Add(ConditionCodes.ActionStatusOutcomeMissing);
            }

            if (step.To == ActionStatus.Cancelled && !step.WithNote)
            {
                expected.Add(ConditionCodes.ActionStatusReasonMissing);
            }

            if (modelLast is { } last && at < last)
            {
                expected.Add(ConditionCodes.ActionStatusBeforeLast);
            }

            Assert.Equal(expected, ActionLifecycle.Check(action, update).Select(c => c.Code));
            if (expected.Count == 0)
            {
                action = action.Record(update);
                modelStatus = step.To;
                modelCount++;
                modelLast = at;
                reached.Add(modelStatus);
            }
            else
            {
                var before = action;
                var e = Assert.Throws<ActionRuleException>(() => action.Record(update));
                Assert.Equal(expected, e.Conditions.Select(c => c.Code));
                Assert.Equal(before, action);
                rejected.UnionWith(expected);
            }

            var context = string.Join(" > ", trace);
            Assert.True(modelStatus == action.Status, context);
            Assert.True(modelCount == action.Updates.Count, context);
            Assert.Equal(modelStatus is not (ActionStatus.Done or ActionStatus.Cancelled), action.IsOpen);
            Assert.Equal(action.IsOpen ? null : "Notat.", action.ClosingNote);
            Assert.Equal(action, action.WithUpdates(action.Updates));
        }

        return (reached, rejected);
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using ForBedring.Process;
using ForBedring.Tests.TestSupport;
using NodaTime;
using NodaTime.Testing;

namespace ForBedring.Tests.Process.Model;

/// <summary>What one or more runs did: the steps reached and how often each action was accepted and rejected.</summary>
internal sealed class RunStatistics
{
    public ConcurrentDictionary<ProcessStep, int> RunsReaching { get; } = new();

    public ConcurrentDictionary<ProcessAction, int> Accepted { get; } = new();

    public ConcurrentDictionary<ProcessAction, int> Rejected { get; } = new();

    public int Runs;

    public int Commands;

    public string Table()
    {
        var b = new StringBuilder();
        b.AppendLine(CultureInfo.InvariantCulture, $"{Runs} runs, {Commands} commands");
        foreach (var step in ProcessSteps.All)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"  reached {step,-20} in {RunsReaching.GetValueOrDefault(step),6} runs");
        }

        foreach (var action in ProcessActions.All)
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"  {action,-30} accepted {Accepted.GetValueOrDefault(action),7}  rejected {Rejected.GetValueOrDefault(action),7}");
        }

        return b.ToString();
    }
}

/// <summary>A discrepancy between the model and the process, with the commands that led to it.</summary>
internal sealed class ModelMismatchException(string message) : Exception(message);

/// <summary>
/// Runs a <see cref="Scenario"/> against the real process and the <see cref="ProcessModel"/> side by side and checks,
/// for every command: the model's verdict against the process's (accept, or reject with exactly the predicted
/// condition codes and nothing else thrown), the state after an accepted command, that a rejected one leaves the state
/// object and the saved bytes as they were, and <c>CanPerform</c> and <c>AvailableActions</c> against the model.
/// </summary>
internal static class ModelHarness
{
    public static readonly LeadershipTeam Team = SampleTeam.Create(4);

    /// <summary>Runs a scenario.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="statistics">Where to count what the run did, or null.</param>
    /// <param name="reload">Whether to save and load the process after every command, as a portal does per request,
    /// and go on with the loaded copy (when the library has a serializer).</param>
    public static void Run(Scenario scenario, RunStatistics? statistics = null, bool reload = false)
    {
        var clock = TestClock.Create();
        var process = FollowUpProcess.Start(new ProcessId("p-model"), "ForBedring 2026", Team, Team.Leader.Id, clock);
        var model = new ProcessModel(Team, clock.GetCurrentInstant);
        var serialize = ProcessBytes.For(clock);
        var roundTrip = reload ? ProcessBytes.RoundTripFor(clock) : null;
        var trace = new List<string>();
        var reached = new HashSet<ProcessStep> { process.Step };

        void Step(Command command)
        {
            clock.Advance(Duration.FromMinutes(1));
            trace.Add(command.ToString());
            Check(process, model, command, serialize, trace, statistics);
            reached.Add(process.Step);
            if (roundTrip is not null)
            {
                var loaded = roundTrip(process);
                if (Describe.Process(loaded) != Describe.Process(process)
                    || !loaded.AvailableActions.SequenceEqual(process.AvailableActions)
                    || !serialize(loaded).AsSpan().SequenceEqual(serialize(process)))
                {
                    throw new ModelMismatchException($"Save and load changed the process after {command}.\n--- before ---\n{Describe.Process(process)}--- loaded ---\n{Describe.Process(loaded)}Commands:\n  " + string.Join("\n  ", trace));
                }

                process = loaded;
            }
        }

        var prefix = new Random(scenario.PrefixSeed);
        for (var i = 0; model.Step != scenario.Start; i++)
        {
            if (i > 400)
            {
                throw new ModelMismatchException($"The happy path did not reach {scenario.Start}; stuck at {model.Step}.\n" + string.Join("\n", trace));
            }

            Step(CommandGenerator.Happy(model, prefix));
        }

        trace.Add("-- prefix done --");
        foreach (var seed in scenario.Seeds)
        {
            Step(CommandGenerator.Next(model, seed, scenario.HappyPercent));
        }

        if (statistics is not null)
        {
            Interlocked.Increment(ref statistics.Runs);
            foreach (var step in reached)
            {
                statistics.RunsReaching.AddOrUpdate(step, 1, (_, n) => n + 1);
            }
        }
    }

    [ThreadStatic]
    private static (object? State, byte[]? Bytes) lastSaved;

    private static void Check(FollowUpProcess p, ProcessModel m, Command c, Func<FollowUpProcess, byte[]> serialize, List<string> trace, RunStatistics? statistics)
    {
        void Fail(string what) => throw new ModelMismatchException(what + "\nCommands:\n  " + string.Join("\n  ", trace));

        // CanPerform, before the command, with and without the actor.
        var withActor = p.CanPerform(c.Action, c.Actor, out var reasons);
        ExpectCodes(m.CanPerformCodes(c.Action, c.Actor), reasons, $"CanPerform({c.Action}, {c.Actor.Value})", Fail);
        if (withActor != (reasons.Count == 0))
        {
            Fail("CanPerform's result disagrees with its reasons.");
        }

        p.CanPerform(c.Action, out var stepReasons);
        ExpectCodes(m.CanPerformCodes(c.Action, null), stepReasons, $"CanPerform({c.Action})", Fail);

        var expected = m.Predict(c);
        var before = p.State;
        byte[]? bytesBefore = null;
        if (expected.Count > 0)
        {
            // The saved form of an unchanged state is computed once: rejected commands in a row share it.
            bytesBefore = ReferenceEquals(lastSaved.State, before) ? lastSaved.Bytes : serialize(p);
            lastSaved = (before, bytesBefore);
        }

        var history = p.History;
        Exception? thrown = null;
        ForBedring.Actions.ActionId? added = null;
        try
        {
            added = c.RunOn(p);
        }
        catch (Exception e)
        {
            thrown = e;
        }

        if (expected.Count == 0)
        {
            if (thrown is not null)
            {
                Fail($"The model accepts {c}, the process threw {thrown.GetType().Name}: {thrown.Message}");
            }

            statistics?.Accepted.AddOrUpdate(c.Action, 1, (_, n) => n + 1);
            var predictedId = m.Apply(c);
            if (added != predictedId)
            {
                Fail($"AddAction returned {added}, the model expected {predictedId}.");
            }

            var actual = Describe.Process(p);
            var wanted = m.Snapshot();
            if (actual != wanted)
            {
                Fail($"State after {c} differs.\n--- model ---\n{wanted}--- process ---\n{actual}");
            }

            for (var i = 0; i < history.Count; i++)
            {
                if (!ReferenceEquals(history[i], p.History[i]))
                {
                    Fail($"History entry {i} changed after {c}.");
                }
            }

            var available = p.AvailableActions;
            var availableWanted = m.Available();
            if (!available.SequenceEqual(availableWanted))
            {
                Fail($"AvailableActions at {p.Step}: process [{string.Join(", ", available)}], model [{string.Join(", ", availableWanted)}]");
            }
        }
        else
        {
            statistics?.Rejected.AddOrUpdate(c.Action, 1, (_, n) => n + 1);
            if (thrown is not ProcessRuleException rule)
            {
                Fail($"The model rejects {c} with [{string.Join(", ", expected)}]; the process "
                     + (thrown is null ? "accepted it." : $"threw {thrown.GetType().Name}: {thrown.Message}"));
                return;
            }

            if (rule.Step != m.Step || rule.Action != c.Action || rule.Actor != c.Actor)
            {
                Fail($"The exception names step {rule.Step}, action {rule.Action}, actor {rule.Actor}; expected {m.Step}, {c.Action}, {c.Actor}.");
            }

            if (rule.Conditions.Count == 0 || rule.Conditions.Any(x => string.IsNullOrWhiteSpace(x.Text.Bokmal) || string.IsNullOrWhiteSpace(x.Text.Nynorsk) || string.IsNullOrWhiteSpace(x.Text.English)))
            {
                Fail("The exception has no conditions, or a condition without its text.");
            }

            ExpectCodes(expected, rule.Conditions, c.ToString(), Fail);
            if (!ReferenceEquals(before, p.State))
            {
                Fail($"The rejected {c} changed the process's state.");
            }

            if (bytesBefore is not null && !bytesBefore.AsSpan().SequenceEqual(serialize(p)))
            {
                Fail($"The rejected {c} changed the saved document.");
            }
        }

        if (statistics is not null)
        {
            Interlocked.Increment(ref statistics.Commands);
        }
    }

    private static void ExpectCodes(List<string> expected, IReadOnlyList<UnmetCondition> actual, string what, Action<string> fail)
    {
        var want = expected.Order(StringComparer.Ordinal).ToList();
        var got = actual.Select(x => x.Code).Order(StringComparer.Ordinal).ToList();
        if (!want.SequenceEqual(got))
        {
            fail($"{what}: the model expects [{string.Join(", ", want)}], the process gave [{string.Join(", ", got)}]");
        }
    }
}

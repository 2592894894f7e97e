using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using ForBedring.Process;
using ForBedring.Tests.Process.Model;

namespace ForBedring.Tests.Process;

/// <summary>The model-based properties: random command sequences against an independent reference model.</summary>
public sealed partial class FollowUpProcessTests
{
    /// <summary>1,000 runs of up to 50 commands of all 38 actions, valid and invalid, starting at any step.</summary>
    [Property(MaxTest = 1000, Arbitrary = [typeof(ScenarioArbitrary)])]
    public void Commands_RandomSequencesFromAnyStep_AgreeWithReferenceModel(Scenario scenario)
        => ModelHarness.Run(scenario);

    /// <summary>Longer runs from the very start, so that whole cycles (and the closed step) are reached by random walks too.</summary>
    [Property(MaxTest = 120)]
    public Property Commands_LongSequencesFromStart_AgreeWithReferenceModel()
        => Prop.ForAll(Scenarios.Create(maxLength: 250, anyStart: false), scenario => ModelHarness.Run(scenario));

    /// <summary>
    /// The generator's coverage: the runs reach every step, and every action is both accepted and rejected. These runs
    /// also save and load the process after every command and go on with the loaded copy, as a portal does per request.
    /// </summary>
    [Fact]
    public void Commands_GeneratedRunsWithSaveAndLoadBetweenCommands_ReachEveryStepAndExerciseEveryAction()
    {
        var statistics = new RunStatistics();
        foreach (var scenario in Scenarios.Create(maxLength: 50, anyStart: true).Generator.Sample(120))
        {
            ModelHarness.Run(scenario, statistics, reload: true);
        }

        foreach (var scenario in Scenarios.Create(maxLength: 250, anyStart: false).Generator.Sample(15))
        {
            ModelHarness.Run(scenario, statistics, reload: true);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(statistics.Table());
        var table = statistics.Table();
        Assert.All(ProcessSteps.All, step => Assert.True(statistics.RunsReaching.GetValueOrDefault(step) > 0, $"No run reached {step}.\n{table}"));
        Assert.True(statistics.RunsReaching.GetValueOrDefault(ProcessStep.Closed) >= 10, $"Too few runs reached Closed.\n{table}");
        Assert.All(ProcessActions.All, action =>
        {
            Assert.True(statistics.Accepted.GetValueOrDefault(action) > 0, $"{action} was never accepted.\n{table}");
            Assert.True(statistics.Rejected.GetValueOrDefault(action) > 0, $"{action} was never rejected.\n{table}");
        });
    }
}

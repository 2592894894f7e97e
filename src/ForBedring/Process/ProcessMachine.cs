using ForBedring.Prompts;
using Stateless;

namespace ForBedring.Process;

/// <summary>The states of the Stateless machine: the steps, and the phases as their superstates.</summary>
internal enum MachineState
{
    SelfReflection = ProcessStep.SelfReflection,
    StrategicFocus = ProcessStep.StrategicFocus,
    MeetingPlanning = ProcessStep.MeetingPlanning,
    ReportDistribution = ProcessStep.ReportDistribution,
    Homework = ProcessStep.Homework,
    ReadyForMeeting = ProcessStep.ReadyForMeeting,
    Introduction = ProcessStep.Introduction,
    LeaderReflections = ProcessStep.LeaderReflections,
    MembersSharing = ProcessStep.MembersSharing,
    GroupDialogue = ProcessStep.GroupDialogue,
    PlenaryRound = ProcessStep.PlenaryRound,
    ActionKickoff = ProcessStep.ActionKickoff,
    Summary = ProcessStep.Summary,
    WayForward = ProcessStep.WayForward,
    ActionPlanning = ProcessStep.ActionPlanning,
    StatusReviews = ProcessStep.StatusReviews,
    TeamDevelopment = ProcessStep.TeamDevelopment,
    Closed = ProcessStep.Closed,
    Preparation = 100 + ProcessPhase.Preparation,
    Meeting = 100 + ProcessPhase.Meeting,
    ActionDevelopment = 100 + ProcessPhase.ActionDevelopment,
    LeadershipTeamDevelopment = 100 + ProcessPhase.TeamDevelopment,
}

/// <summary>Builds the Stateless machine from <see cref="ProcessDefinition"/>. Stateless stays inside: no type of it is public.</summary>
internal static class ProcessMachine
{
    public static StateMachine<MachineState, ProcessAction> Create(
        Func<ProcessStep> currentStep,
        Action<ProcessStep> setStep,
        Func<ProcessAction, bool> guardHolds,
        PromptCatalog prompts,
        bool includeInternal = true)
    {
        var machine = new StateMachine<MachineState, ProcessAction>(
            () => (MachineState)currentStep(),
            s => setStep((ProcessStep)s),
            FiringMode.Immediate);

        foreach (var step in ProcessSteps.All)
        {
            var phase = ProcessSteps.PhaseOf(step);
            var config = machine.Configure((MachineState)step);
            if (phase != ProcessPhase.Closed)
            {
                config.SubstateOf((MachineState)(100 + (int)phase));
            }

            foreach (var definition in ProcessDefinition.Actions)
            {
                if (!ProcessDefinition.IsAllowed(definition.Action, step, prompts))
                {
                    continue;
                }

                if (definition.Target is { } target && definition.Guard is { } guard)
                {
                    var action = definition.Action;
                    config.PermitIf(action, (MachineState)target, () => guardHolds(action), guard);
                }
                else if (definition.Target is { } unguarded)
                {
                    config.Permit(definition.Action, (MachineState)unguarded);
                }
                else if (includeInternal)
                {
                    config.InternalTransition(definition.Action, static _ => { });
                }
            }
        }

        return machine;
    }
}

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

/// <summary>
/// Builds the Stateless machine from <see cref="ProcessDefinition"/>. Stateless stays inside: no type of it is public.
/// </summary>
/// <remarks>
/// Configuring the machine costs far more than using it (tens of microseconds against one), and a portal loads a
/// process per request. So each thread keeps one machine per prompt catalogue, and its state accessor, mutator and
/// guards reach the process bound for the duration of one synchronous call (<see cref="Enter"/>).
/// </remarks>
internal static class ProcessMachine
{
    [ThreadStatic]
    private static Binding? t_binding;

    /// <summary>Binds a process to this thread's machine for one synchronous call.</summary>
    public static Scope Enter(FollowUpProcess process)
    {
        var binding = t_binding;
        if (binding is null || !ReferenceEquals(binding.Prompts, process.Prompts))
        {
            binding = new Binding(process.Prompts);
            t_binding = binding;
        }

        var previous = binding.Current;
        binding.Current = process;
        return new Scope(binding, previous);
    }

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

    /// <summary>The process bound to a thread's machine for one call.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly Binding _binding;
        private readonly FollowUpProcess? _previous;

        public Scope(Binding binding, FollowUpProcess? previous)
        {
            _binding = binding;
            _previous = previous;
        }

        public StateMachine<MachineState, ProcessAction> Machine => _binding.Machine;

        public void Dispose() => _binding.Current = _previous;
    }

    /// <summary>One thread's machine for one prompt catalogue, and the process it serves now.</summary>
    public sealed class Binding
    {
        public Binding(PromptCatalog prompts)
        {
            Prompts = prompts;
            Machine = Create(
                () => Current?.Step ?? ProcessStep.SelfReflection, // Stateless reads the state once when it is built.
                s => Bound.OnMachineFired(s),
                a => Bound.GuardHolds(a),
                prompts);
        }

        public PromptCatalog Prompts { get; }

        public StateMachine<MachineState, ProcessAction> Machine { get; }

        public FollowUpProcess? Current { get; set; }

        private FollowUpProcess Bound => Current ?? throw new InvalidOperationException("No follow-up process is bound to the state machine.");
    }
}

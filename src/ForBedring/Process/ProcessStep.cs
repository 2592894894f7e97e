namespace ForBedring.Process;

/// <summary>Where a follow-up process stands: one step for each thing the leader or the team does, in the guide's order.</summary>
/// <remarks><see cref="ProcessSteps.PhaseOf(ProcessStep)"/> gives a step's phase; <c>docs/traceability.md</c> maps every guide item to it.</remarks>
public enum ProcessStep
{
    /// <summary>A1: the leader's initial self-reflection (A1.1–A1.3).</summary>
    SelfReflection = 0,

    /// <summary>A2: the leader's strategic focus (A2.1).</summary>
    StrategicFocus = 1,

    /// <summary>A3: planning how the meeting will be run: parts, goals, time plan, roles, groups, presentation (A3.1–A3.6).</summary>
    MeetingPlanning = 2,

    /// <summary>A4: sending out the common report and each leader's report for their own area.</summary>
    ReportDistribution = 3,

    /// <summary>A5: homework out to each member and collected (A5.1–A5.4).</summary>
    Homework = 4,

    /// <summary>Preparation is done; the meeting can start when its plan is still complete.</summary>
    ReadyForMeeting = 5,

    /// <summary>B1: the leader's introduction and the purpose of the read-back meeting.</summary>
    Introduction = 6,

    /// <summary>B2: the leader shares reflections and priorities, open and curious.</summary>
    LeaderReflections = 7,

    /// <summary>B3: each member shares their reflections from the homework.</summary>
    MembersSharing = 8,

    /// <summary>B4: dialogue in groups (B4.1–B4.3).</summary>
    GroupDialogue = 9,

    /// <summary>B4: the round around the table in plenary after the groups.</summary>
    PlenaryRound = 10,

    /// <summary>B5: actions started, especially those that cut across areas of responsibility.</summary>
    ActionKickoff = 11,

    /// <summary>B6: summary, what the team agreed on.</summary>
    Summary = 12,

    /// <summary>B7: the way forward: who does what before the next meeting, and when ForBedring is next on the agenda.</summary>
    WayForward = 13,

    /// <summary>C1, C4–C7: the action plan drawn up, made concrete, owners assigned, resources reviewed, a status reporter chosen or not.</summary>
    ActionPlanning = 14,

    /// <summary>C2, C3: status of the action work reviewed at the leadership meetings in a fixed structure.</summary>
    StatusReviews = 15,

    /// <summary>D1–D5: leadership-team development, while the status reviews go on.</summary>
    TeamDevelopment = 16,

    /// <summary>The cycle is closed.</summary>
    Closed = 17,
}

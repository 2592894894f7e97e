namespace ForBedring.Prompts;

/// <summary>The ids of the built-in prompts that the process's rules read.</summary>
internal static class BuiltInPromptIds
{
    /// <summary>A3.5: will the leader split the team into groups in advance?</summary>
    public static readonly PromptId GroupsInAdvance = new("A3.5");

    /// <summary>C7: should someone report status continuously?</summary>
    public static readonly PromptId StatusReporter = new("C7");
}

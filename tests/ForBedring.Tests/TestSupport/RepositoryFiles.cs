namespace ForBedring.Tests.TestSupport;

/// <summary>
/// Files of the repository that tests check against the code (the README's diagram, the docs' tables): found by walking
/// up from the test assembly to the folder with <c>ForBedring.sln</c>, so they work in any clone.
/// </summary>
public static class RepositoryFiles
{
    /// <summary>Set this environment variable to <c>1</c> to have the generated sections written instead of only checked.</summary>
    public const string UpdateVariable = "FORBEDRING_UPDATE_GENERATED";

    /// <summary>Gets the repository's root folder.</summary>
    /// <exception cref="DirectoryNotFoundException">No folder above the test assembly holds ForBedring.sln.</exception>
    public static string Root { get; } = FindRoot();

    /// <summary>Gets whether generated sections are to be rewritten (see <see cref="UpdateVariable"/>).</summary>
    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>Gets a file's full path from its path relative to the root.</summary>
    /// <param name="relativePath">The path, with forward slashes.</param>
    /// <returns>The full path.</returns>
    public static string PathOf(string relativePath) => Path.Combine([Root, .. relativePath.Split('/')]);

    /// <summary>Reads the text between <c>&lt;!-- generated:NAME:start --&gt;</c> and <c>&lt;!-- generated:NAME:end --&gt;</c>.</summary>
    /// <param name="relativePath">The file.</param>
    /// <param name="name">The section's name.</param>
    /// <returns>The text between the markers without the line breaks next to them, with \n line ends; null when the markers are missing.</returns>
    public static string? ReadGenerated(string relativePath, string name)
    {
        var path = PathOf(relativePath);
        if (!File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var (start, end) = Markers(name);
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        return from < 0 || to < from ? null : text[(from + start.Length)..to].Trim('\n');
    }

    /// <summary>Writes the text between a section's markers, which must exist.</summary>
    /// <param name="relativePath">The file.</param>
    /// <param name="name">The section's name.</param>
    /// <param name="content">The new content, without the markers.</param>
    /// <exception cref="InvalidOperationException">The markers are missing.</exception>
    public static void WriteGenerated(string relativePath, string name, string content)
    {
        var path = PathOf(relativePath);
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var (start, end) = Markers(name);
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        if (from < 0 || to < from)
        {
            throw new InvalidOperationException($"{relativePath} has no markers for '{name}'.");
        }

        File.WriteAllText(path, text[..(from + start.Length)] + "\n" + content + "\n" + text[to..]);
    }

    /// <summary>Gets a section's start and end markers.</summary>
    /// <param name="name">The section's name.</param>
    /// <returns>The two markers.</returns>
    public static (string Start, string End) Markers(string name) => ($"<!-- generated:{name}:start -->", $"<!-- generated:{name}:end -->");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ForBedring.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("No folder above " + AppContext.BaseDirectory + " holds ForBedring.sln.");
    }
}

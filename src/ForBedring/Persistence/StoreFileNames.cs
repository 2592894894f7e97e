using System.Text;

namespace ForBedring.Persistence;

/// <summary>
/// The file names of a process in a file store: the document, its lock and its temporary files. A process id is a safe
/// file name on Linux already; the names are escaped further so that two ids never share a file on a case-insensitive
/// file system (Windows, macOS) and ':' (an alternate data stream on NTFS) or a device name (<c>con</c>, <c>nul</c>)
/// never reaches Windows.
/// </summary>
internal sealed class StoreFileNames
{
    private const string TempSuffix = ".tmp";

    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "conin$", "conout$",
        "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    public StoreFileNames(string directory, ProcessId id)
    {
        var name = Escape(id.Value);
        Document = Within(directory, name + ".json");
        Lock = Within(directory, name + ".lock");
        TempPrefix = name + ".json.";
    }

    /// <summary>Gets the document's full path.</summary>
    public string Document { get; }

    /// <summary>Gets the lock file's full path.</summary>
    public string Lock { get; }

    /// <summary>Gets how this process's temporary files' names start: <c>name.json.</c>, then 32 hex digits and <c>.tmp</c>.</summary>
    public string TempPrefix { get; }

    /// <summary>Gets a new temporary file's full path, in the document's directory so that a rename can replace the document.</summary>
    public string NewTemp() => Within(Path.GetDirectoryName(Document)!, TempPrefix + Guid.NewGuid().ToString("N") + TempSuffix);

    /// <summary>Tells whether a file name (without directory) is one of this process's temporary files.</summary>
    public bool IsTemp(string fileName)
    {
        if (!fileName.StartsWith(TempPrefix, StringComparison.Ordinal) || !fileName.EndsWith(TempSuffix, StringComparison.Ordinal)
            || fileName.Length != TempPrefix.Length + 32 + TempSuffix.Length)
        {
            return false;
        }

        // Another id can start with this one's name (a.json.b), so the middle must be exactly the 32 hex digits we write.
        for (var i = TempPrefix.Length; i < TempPrefix.Length + 32; i++)
        {
            if (fileName[i] is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Escapes an id: lower-case letters, digits, '-' and '.' stay; every other character becomes '_' and two hex digits.</summary>
    internal static string Escape(string id)
    {
        var name = new StringBuilder(id.Length + 8);
        foreach (var c in id)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.')
            {
                name.Append(c);
            }
            else
            {
                AppendEscaped(name, c);
            }
        }

        var dot = name.ToString().IndexOf('.');
        var stem = dot < 0 ? name.ToString() : name.ToString(0, dot);
        if (DeviceNames.Contains(stem))
        {
            var first = name[0];
            name.Remove(0, 1);
            name.Insert(0, "_" + ((int)first).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return name.ToString();
    }

    private static void AppendEscaped(StringBuilder name, char c)
        => name.Append('_').Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));

    private static string Within(string directory, string fileName)
    {
        var path = Path.GetFullPath(Path.Combine(directory, fileName));
        if (!string.Equals(Path.GetDirectoryName(path), directory, StringComparison.Ordinal))
        {
            // Cannot happen with escaped ids; checked so that no id can ever reach outside the store's directory.
            throw new ArgumentException($"The file name '{fileName}' would leave the store's directory.", nameof(fileName));
        }

        return path;
    }
}

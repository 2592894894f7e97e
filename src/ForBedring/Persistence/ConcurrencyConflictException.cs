using System.Globalization;

namespace ForBedring.Persistence;

/// <summary>
/// A save found another version stored than the one the caller loaded: someone else saved the process in between (or
/// created it, or the caller expected one that does not exist). Nothing was saved; load the process again and decide again.
/// </summary>
public sealed class ConcurrencyConflictException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="processId">The process.</param>
    /// <param name="expectedVersion">The version the caller expected to be stored; null when it expected none.</param>
    /// <param name="actualVersion">The version stored; null when none is.</param>
    public ConcurrencyConflictException(ProcessId processId, long? expectedVersion, long? actualVersion)
        : base(Describe(processId, expectedVersion, actualVersion))
    {
        ProcessId = processId;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    /// <summary>Gets the process.</summary>
    public ProcessId ProcessId { get; }

    /// <summary>Gets the version the caller expected to be stored, or null when it expected the process to be new.</summary>
    public long? ExpectedVersion { get; }

    /// <summary>Gets the version stored, or null when the process is not stored.</summary>
    public long? ActualVersion { get; }

    private static string Describe(ProcessId id, long? expected, long? actual)
    {
        var wanted = expected is null ? "expected it to be new" : string.Format(CultureInfo.InvariantCulture, "expected version {0}", expected);
        var found = actual is null ? "it is not stored" : string.Format(CultureInfo.InvariantCulture, "version {0} is stored", actual);
        return $"The process '{id}' was not saved: the caller {wanted}, but {found}. Load it again and retry.";
    }
}

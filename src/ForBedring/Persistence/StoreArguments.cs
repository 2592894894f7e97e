using System.Globalization;
using ForBedring.Process;

namespace ForBedring.Persistence;

/// <summary>The argument checks every store makes before it saves.</summary>
internal static class StoreArguments
{
    /// <summary>Checks that the expected version is one the process can be saved over.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The expected version is negative, or newer than the process: saving an older process over a newer one would undo
    /// the commands in between, even though the versions match.
    /// </exception>
    public static void CheckExpectedVersion(FollowUpProcess process, long? expectedVersion)
    {
        if (expectedVersion < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(expectedVersion), expectedVersion, "A version is never negative.");
        }

        if (expectedVersion > process.Version)
        {
            throw new ArgumentOutOfRangeException(
                nameof(expectedVersion),
                expectedVersion,
                string.Format(CultureInfo.InvariantCulture, "The process '{0}' is at version {1}, older than the version {2} it would be saved over; that would undo the commands in between. Load it again and repeat the command.", process.Id, process.Version, expectedVersion));
        }
    }
}

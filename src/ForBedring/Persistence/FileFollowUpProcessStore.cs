using System.Diagnostics;
using System.Globalization;
using ForBedring.Internal;
using ForBedring.Process;

namespace ForBedring.Persistence;

/// <summary>
/// A store that keeps each process as one JSON file, <c>&lt;id&gt;.json</c>, in a directory: for single-server hosts,
/// samples and tools. Saves are atomic, and the version check holds across threads and processes.
/// </summary>
/// <remarks>
/// <para>
/// <b>Atomic.</b> A save writes the whole document to a temporary file in the same directory
/// (<c>&lt;id&gt;.json.&lt;32 hex digits&gt;.tmp</c>), flushes it to the disk, and then renames it over the document in one
/// step. A reader therefore sees the old document or the new one, never a torn or empty file, and a crash at any
/// moment leaves the last saved document in place. A temporary file left by a crash is never read and is deleted by the
/// next save of that process. The directory itself is not flushed, so after a power cut a file system may bring back
/// the previous version of a document saved just before it (whole, never torn); a host that needs more keeps its
/// documents in a database.
/// </para>
/// <para>
/// <b>Exclusive.</b> The version check and the write run while the save holds <c>&lt;id&gt;.lock</c>, a file opened
/// exclusively (<see cref="FileShare.None"/>), which excludes other threads and other processes on the same machine (and
/// on file systems whose locks span machines). A save waits for the lock with a growing back-off, up to the lock timeout
/// (30 seconds unless given), and honours its cancellation token while it waits. Lock files stay in the directory,
/// one per process: deleting them while a save waits would break the exclusion. Loads take no lock.
/// </para>
/// <para>
/// <b>File names.</b> Lower-case letters, digits, '-' and '.' of an id are kept; every other character (upper-case
/// letters, '_', ':') is written as '_' and two hex digits, so ids that differ only in case never share a file on a
/// case-insensitive file system and no name is reserved on Windows. The directory is created at the first save.
/// </para>
/// </remarks>
public sealed class FileFollowUpProcessStore : IFollowUpProcessStore
{
    private static readonly TimeSpan DefaultLockTimeout = TimeSpan.FromSeconds(30);

    // Saves in this process queue here first, so threads do not spin on the file lock; 64 stripes keep memory fixed.
    private static readonly SemaphoreSlim[] Stripes = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    private readonly string _directory;
    private readonly FollowUpProcessSerializer _serializer;
    private readonly TimeSpan _lockTimeout;

    /// <summary>Creates a store over a directory, with a lock timeout of 30 seconds.</summary>
    /// <param name="directory">The directory of the files; created at the first save if missing.</param>
    /// <param name="serializer">Writes and reads the documents.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty or not a valid path.</exception>
    public FileFollowUpProcessStore(string directory, FollowUpProcessSerializer serializer)
        : this(directory, serializer, DefaultLockTimeout)
    {
    }

    /// <summary>Creates a store over a directory.</summary>
    /// <param name="directory">The directory of the files; created at the first save if missing.</param>
    /// <param name="serializer">Writes and reads the documents.</param>
    /// <param name="lockTimeout">How long a save waits for another save of the same process to finish.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty or not a valid path.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lockTimeout"/> is not positive.</exception>
    public FileFollowUpProcessStore(string directory, FollowUpProcessSerializer serializer, TimeSpan lockTimeout)
    {
        Guard.NotNull(directory, nameof(directory));
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new ArgumentException("The store needs a directory.", nameof(directory));
        }

        if (lockTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lockTimeout), lockTimeout, "The lock timeout must be positive.");
        }

        // Normalised the way file paths' directories are, so that each file can be checked to lie inside it.
        _directory = Path.GetDirectoryName(Path.GetFullPath(Path.Combine(directory, "x")))!;
        _serializer = Guard.NotNull(serializer, nameof(serializer));
        _lockTimeout = lockTimeout;
    }

    /// <summary>Gets the full path of the store's directory.</summary>
    public string Directory => _directory;

    /// <summary>Runs after a save's temporary file is written and flushed, before it replaces the document; tests use it to simulate a crash.</summary>
    internal Func<string, Task>? BeforeReplace { get; set; }

    /// <inheritdoc/>
    /// <exception cref="IOException">The file could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public async Task<FollowUpProcess?> LoadAsync(ProcessId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var names = new StoreFileNames(_directory, id);
        var document = await ReadAsync(names.Document, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        var process = _serializer.Deserialize(document.Value.AsSpan());
        if (process.Id != id)
        {
            throw new DocumentFormatException($"The file {Path.GetFileName(names.Document)} holds the process '{process.Id}', not '{id}'.", "$.id");
        }

        return process;
    }

    /// <inheritdoc/>
    /// <exception cref="IOException">The file could not be written, or another save held the lock longer than the lock timeout.</exception>
    /// <exception cref="UnauthorizedAccessException">The directory may not be written.</exception>
    /// <exception cref="DocumentFormatException">The stored document's version cannot be read.</exception>
    /// <exception cref="InvalidOperationException">The process is too large for the serializer's limit.</exception>
    public async Task SaveAsync(FollowUpProcess process, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(process, nameof(process));
        StoreArguments.CheckExpectedVersion(process, expectedVersion);

        cancellationToken.ThrowIfCancellationRequested();
        var bytes = _serializer.Serialize(process);
        var names = new StoreFileNames(_directory, process.Id);
        System.IO.Directory.CreateDirectory(_directory);

        var clock = Stopwatch.StartNew();
        var stripe = Stripes[(StringComparer.Ordinal.GetHashCode(names.Document) & int.MaxValue) % Stripes.Length];
        if (!await stripe.WaitAsync(_lockTimeout, cancellationToken).ConfigureAwait(false))
        {
            throw LockTimeout(names);
        }

        try
        {
            using var fileLock = await LockAsync(names, clock, cancellationToken).ConfigureAwait(false);
            RemoveStrayTemps(names);
            var stored = await ReadAsync(names.Document, cancellationToken).ConfigureAwait(false);
            long? actual = stored is null ? null : FollowUpProcessSerializer.ReadVersion(stored.Value.AsSpan());
            if (actual != expectedVersion)
            {
                throw new ConcurrencyConflictException(process.Id, expectedVersion, actual);
            }

            await WriteAsync(names, bytes, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            stripe.Release();
        }
    }

    private static IOException LockTimeout(StoreFileNames names)
        => new(string.Format(CultureInfo.InvariantCulture, "Another save held {0} for too long; nothing was saved.", names.Lock));

    private static void RemoveStrayTemps(StoreFileNames names)
    {
        // Only this process's own leftovers, and only while its lock is held, so no save in flight loses its file.
        foreach (var path in System.IO.Directory.EnumerateFiles(Path.GetDirectoryName(names.Document)!, names.TempPrefix + "*"))
        {
            if (names.IsTemp(Path.GetFileName(path)))
            {
                TryDelete(path);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left for the next save to remove; a temporary file is never read.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private static void Replace(string temp, string target)
    {
#if NET
        File.Move(temp, target, overwrite: true);
#else
        // File.Replace renames over the target in one step (rename(2) on Unix, ReplaceFile on Windows); File.Move is
        // only used when there is no target yet, which the lock guarantees stays so.
        if (File.Exists(target))
        {
            File.Replace(temp, target, null, ignoreMetadataErrors: true);
        }
        else
        {
            File.Move(temp, target);
        }
#endif
    }

    private async Task<ArraySegment<byte>?> ReadAsync(string path, CancellationToken cancellationToken)
    {
        FileStream stream;
        try
        {
            // Delete sharing lets a save rename over the file while it is read (on Windows); the reader keeps the old one.
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        using (stream)
        {
            return await _serializer.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<FileStream> LockAsync(StoreFileNames names, Stopwatch clock, CancellationToken cancellationToken)
    {
        var delay = 1;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return new FileStream(names.Lock, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException e) when (e is not (DirectoryNotFoundException or FileNotFoundException or PathTooLongException))
            {
                // Held by a save in another process; wait and try again.
                if (clock.Elapsed >= _lockTimeout)
                {
                    throw LockTimeout(names);
                }
            }

            // Exponential back-off to 50 ms, with a little jitter so that waiting processes do not retry in step.
            var jitter = (int)(Stopwatch.GetTimestamp() % 3);
            await Task.Delay(delay + jitter, cancellationToken).ConfigureAwait(false);
            delay = Math.Min(delay * 2, 50);
        }
    }

    private async Task WriteAsync(StoreFileNames names, byte[] bytes, CancellationToken cancellationToken)
    {
        var temp = names.NewTemp();
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
#if NET
                await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
#else
                await stream.WriteAsync(bytes, 0, bytes.Length, cancellationToken).ConfigureAwait(false);
#endif
                stream.Flush(flushToDisk: true);
            }

            if (BeforeReplace is { } hook)
            {
                await hook(temp).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            await ReplaceWithRetryAsync(temp, names.Document).ConfigureAwait(false);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static async Task ReplaceWithRetryAsync(string temp, string target)
    {
        // On Windows a reader without delete sharing (a virus scanner, an editor) can block the rename for a moment.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Replace(temp, target);
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                await Task.Delay(10 * attempt, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }
}

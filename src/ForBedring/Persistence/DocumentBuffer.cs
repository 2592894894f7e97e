using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ForBedring.Persistence;

/// <summary>
/// A growable byte buffer that a thread keeps between saves, so that writing a document allocates only its final
/// array, together with the <see cref="Utf8JsonWriter"/> that writes into it. Not thread-safe: each thread has its own
/// (<see cref="Rent"/>), and a buffer that grew unusually large is dropped.
/// </summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The writer writes only into this buffer, where disposing it would only flush; both live as long as their thread.")]
internal sealed class DocumentBuffer : IBufferWriter<byte>
{
    private const int KeepUpTo = 256 * 1024;

    [ThreadStatic]
    private static DocumentBuffer? _cached;

    private byte[] _buffer = new byte[16 * 1024];
    private int _written;
    private Utf8JsonWriter? _writer;

    public int WrittenCount => _written;

    public ReadOnlySpan<byte> WrittenSpan => new(_buffer, 0, _written);

    /// <summary>Takes this thread's buffer, empty; give it back with <see cref="Return"/>.</summary>
    public static DocumentBuffer Rent()
    {
        var buffer = _cached ?? new DocumentBuffer();
        _cached = null;
        buffer._written = 0;
        return buffer;
    }

    public static void Return(DocumentBuffer buffer)
    {
        if (buffer._buffer.Length <= KeepUpTo)
        {
            _cached = buffer;
        }
    }

    /// <summary>Gets this buffer's writer, reset to write from the start of the (empty) buffer.</summary>
    /// <param name="options">The options of a new writer; a buffer is only ever written with one set.</param>
    public Utf8JsonWriter Writer(JsonWriterOptions options)
    {
        if (_writer is null)
        {
            _writer = new Utf8JsonWriter(this, options);
        }
        else
        {
            _writer.Reset(this);
        }

        return _writer;
    }

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    private void Ensure(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(needed, _buffer.Length * 2));
        }
    }
}

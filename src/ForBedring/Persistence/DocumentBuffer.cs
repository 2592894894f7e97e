using System.Buffers;

namespace ForBedring.Persistence;

/// <summary>
/// A growable byte buffer that a thread keeps between saves, so that writing a document allocates only its final
/// array. Not thread-safe: each thread has its own (<see cref="Rent"/>), and a buffer that grew unusually large is dropped.
/// </summary>
internal sealed class DocumentBuffer : IBufferWriter<byte>
{
    private const int KeepUpTo = 256 * 1024;

    [ThreadStatic]
    private static DocumentBuffer? _cached;

    private byte[] _buffer = new byte[16 * 1024];
    private int _written;

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

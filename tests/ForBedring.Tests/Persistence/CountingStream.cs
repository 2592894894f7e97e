namespace ForBedring.Tests.Persistence;

/// <summary>Wraps a stream and counts the bytes read from it; can hide that the inner stream seeks.</summary>
/// <param name="inner">The stream read.</param>
/// <param name="seekable">Whether to show the inner stream's length and position.</param>
public sealed class CountingStream(Stream inner, bool seekable) : Stream
{
    /// <summary>Gets how many bytes were read.</summary>
    public long BytesRead { get; private set; }

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => seekable && inner.CanSeek;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => CanSeek ? inner.Length : throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => CanSeek ? inner.Position : throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        BytesRead += read;
        return read;
    }

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

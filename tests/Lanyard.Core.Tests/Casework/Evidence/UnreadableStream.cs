namespace Lanyard.Core.Tests.Casework.Evidence;

/// <summary>A stream that fails the test if anything reads, seeks or measures it.</summary>
internal sealed class UnreadableStream : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw Touched();

    public override long Position { get => throw Touched(); set => throw Touched(); }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw Touched();

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw Touched();

    public override long Seek(long offset, SeekOrigin origin) => throw Touched();

    public override void SetLength(long value) => throw Touched();

    public override void Write(byte[] buffer, int offset, int count) => throw Touched();

    private static InvalidOperationException Touched() => new("The upload was read: bytes of a refused file must never be touched.");
}

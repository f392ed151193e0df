namespace Lce.Serialization.FlatBuffers;

/// <summary>
/// The only exception the FlatBuffers reader and verifier throw for bad bytes (an offset or a length
/// outside the buffer, a misaligned scalar, a malformed vtable, a string without its terminator, a
/// missing file identifier) and the builder throws when a buffer would exceed FlatBuffers' 2 GB
/// limit. <see cref="Offset"/> is the byte position where the problem was found (-1 if none).
/// </summary>
public sealed class FlatBufferException : Exception
{
    public FlatBufferException(long offset, string message)
        : base(offset >= 0 ? $"malformed FlatBuffer at byte {offset}: {message}" : message) => Offset = offset;

    public long Offset { get; }
}

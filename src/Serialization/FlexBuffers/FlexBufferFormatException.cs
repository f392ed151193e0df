namespace Lce.Serialization.FlexBuffers;

/// <summary>
/// The only exception the reader throws for bad bytes: a read outside the buffer, an offset that
/// does not point backwards into it, a child that does not end before the slot referring to it,
/// an impossible width, or a map whose key and value counts differ. <see cref="Offset"/> is the
/// byte position where the problem was found.
/// </summary>
public sealed class FlexBufferFormatException : Exception
{
    public FlexBufferFormatException(long offset, string message)
        : base($"malformed FlexBuffer at byte {offset}: {message}") => Offset = offset;

    public long Offset { get; }
}

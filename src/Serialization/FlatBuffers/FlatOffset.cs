namespace Lce.Serialization.FlatBuffers;

/// <summary>
/// A reference to an object already written by a <see cref="FlatBufferBuilder"/>: its distance
/// from the end of the buffer (the builder writes back to front, so this never changes as the
/// buffer grows). <see cref="Null"/> (0) means "absent"; table fields given it are not written.
/// </summary>
public readonly record struct FlatOffset(int Value)
{
    public static FlatOffset Null => default;
    public bool IsNull => Value == 0;
}

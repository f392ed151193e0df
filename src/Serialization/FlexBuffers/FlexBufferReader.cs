namespace Lce.Serialization.FlexBuffers;

/// <summary>
/// Entry points for reading a FlexBuffer. Reading is lazy: <see cref="GetRoot"/> only decodes the
/// trailer, and each access checks what it touches. Every offset must point backwards and every
/// child must end before the slot that refers to it (always true of builder output), so positions
/// strictly decrease on the way down and any walk terminates. Bad bytes raise
/// <see cref="FlexBufferFormatException"/> and nothing else.
/// </summary>
public static class FlexBufferReader
{
    /// <summary>
    /// The root value: the last byte is the root slot's width, the one before it the root's
    /// packed type, and the slot precedes them.
    /// </summary>
    public static FlexReference GetRoot(ReadOnlyMemory<byte> buffer)
    {
        var view = new FlexBufferView(buffer);
        int n = buffer.Length;
        if (n < 3) throw new FlexBufferFormatException(0, $"{n} bytes cannot hold a root (width, type and a slot)");
        var span = buffer.Span;
        int rootWidth = span[n - 1];
        if (rootWidth is not (1 or 2 or 4 or 8))
            throw new FlexBufferFormatException(n - 1, $"root width {rootWidth} is not 1, 2, 4 or 8");
        long slot = n - 2 - rootWidth;
        if (slot < 0) throw new FlexBufferFormatException(n - 1, $"a {rootWidth}-byte root slot does not fit in {n} bytes");
        return FlexReference.FromPacked(view, slot, rootWidth, span[n - 2]);
    }

    /// <summary>
    /// Reads every value reachable from the root (like the C++ <c>flexbuffers::VerifyBuffer</c>) and
    /// throws on the first problem: anything <see cref="GetRoot"/> and the accessors would reject,
    /// an unknown type code, containers nested deeper than <paramref name="maxDepth"/>, or more
    /// container elements than the buffer has bytes. A buffer that passes can be read with any
    /// accessor without an exception. The number of values visited is linear in the buffer size.
    /// </summary>
    public static void Validate(ReadOnlyMemory<byte> buffer, int maxDepth = 64) =>
        new FlexBufferValidator(buffer.Length, maxDepth).Walk(GetRoot(buffer));

    /// <summary><see cref="Validate"/> returning false (and the problem) instead of throwing.</summary>
    public static bool TryValidate(ReadOnlyMemory<byte> buffer, out FlexBufferFormatException? error, int maxDepth = 64)
    {
        try
        {
            Validate(buffer, maxDepth);
            error = null;
            return true;
        }
        catch (FlexBufferFormatException e)
        {
            error = e;
            return false;
        }
    }
}

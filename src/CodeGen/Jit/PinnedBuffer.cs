namespace Lce.CodeGen.Jit;

/// <summary>
/// An int buffer on the pinned object heap, 64-byte aligned, so emitted code can hold its address
/// (weights, offsets, constants, padded input, accumulator rows). It lives as long as its owner.
/// </summary>
public sealed unsafe class PinnedBuffer
{
    private readonly int[] _storage;
    private readonly int _start;

    public PinnedBuffer(int length)
    {
        if (length < 0) throw new ArgumentOutOfRangeException(nameof(length));
        _storage = GC.AllocateArray<int>(length + 16, pinned: true);
        fixed (int* p = _storage) _start = (int)((64 - ((nint)p & 63)) & 63) / sizeof(int);
        Length = length;
    }

    public int Length { get; }

    public Span<int> Span => _storage.AsSpan(_start, Length);

    /// <summary>The aligned start address (stable: the array is pinned).</summary>
    public nint Address
    {
        get
        {
            fixed (int* p = _storage) return (nint)(p + _start);
        }
    }
}

using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Lce.CodeGen.Jit;

/// <summary>
/// The input side of <see cref="AccumulationScheme.NibblePlanes"/>: every word w becomes the pair
/// (w &amp; 0x0f0f0f0f, (w &gt;&gt; 4) &amp; 0x0f0f0f0f), so the kernel broadcasts both planes of an
/// activation instead of splitting it for every step of every pixel. (The weights get the same
/// split once, in <see cref="WeightPacker"/>.)
/// </summary>
internal static class NibblePlanes
{
    private const uint Low4 = 0x0f0f0f0f;

    /// <summary>Writes words.Length pairs to <paramref name="planes"/> (twice as long).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Split(ReadOnlySpan<int> words, Span<int> planes)
    {
        if (planes.Length != 2 * words.Length) throw new ArgumentException("the planes need two words per input word");
        int i = 0;
        if (Sse2.IsSupported)
        {
            var mask = Vector128.Create(Low4);
            var src = System.Runtime.InteropServices.MemoryMarshal.Cast<int, uint>(words);
            var dst = System.Runtime.InteropServices.MemoryMarshal.Cast<int, uint>(planes);
            for (; i + 4 <= words.Length; i += 4)
            {
                var v = Vector128.Create(src.Slice(i, 4));
                var low = v & mask;
                var high = Vector128.ShiftRightLogical(v, 4) & mask;
                // [l0 h0 l1 h1] [l2 h2 l3 h3]
                Sse2.UnpackLow(low, high).CopyTo(dst.Slice(2 * i, 4));
                Sse2.UnpackHigh(low, high).CopyTo(dst.Slice(2 * i + 4, 4));
            }
        }
        for (; i < words.Length; i++)
        {
            uint w = (uint)words[i];
            planes[2 * i] = (int)(w & Low4);
            planes[2 * i + 1] = (int)((w >> 4) & Low4);
        }
    }
}

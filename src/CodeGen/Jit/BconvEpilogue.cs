using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Lce.CodeGen.Reference;

namespace Lce.CodeGen.Jit;

/// <summary>
/// The output stage of one row: accumulators ([pixel][padded slot]) to float (clamp of 2·accum,
/// multiply, then add — the reference's order, no FMA), int8 (the same float, rounded and
/// saturated) or bitpacked words (accum &gt; threshold). The float path is vectorized when channel
/// c sits in slot c (one group).
/// </summary>
internal static class BconvEpilogue
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Float(ReadOnlySpan<int> acc, int paddedChannels, int[] slots, bool identitySlots,
        Bconv2dOutputTransform t, Span<float> output)
    {
        int channels = slots.Length, pixels = output.Length / Math.Max(channels, 1);
        int vector = Vector<int>.Count;
        var lo = new Vector<int>(t.ClampMin);
        var hi = new Vector<int>(t.ClampMax);
        ref float mult = ref MemoryMarshal.GetArrayDataReference(t.Multipliers);
        ref float bias = ref MemoryMarshal.GetArrayDataReference(t.Biases);
        for (int p = 0; p < pixels; p++)
        {
            var a = acc.Slice(p * paddedChannels, paddedChannels);
            var o = output.Slice(p * channels, channels);
            int c = 0;
            if (identitySlots)
            {
                ref int ra = ref MemoryMarshal.GetReference(a);
                ref float ro = ref MemoryMarshal.GetReference(o);
                if (Vector512.IsHardwareAccelerated)
                {
                    var lo512 = Vector512.Create(t.ClampMin);
                    var hi512 = Vector512.Create(t.ClampMax);
                    for (; c + 16 <= channels; c += 16)
                    {
                        var x = Vector512.Max(Vector512.Min(Vector512.ShiftLeft(Vector512.LoadUnsafe(ref ra, (nuint)c), 1), hi512), lo512);
                        var product = Vector512.ConvertToSingle(x) * Vector512.LoadUnsafe(ref mult, (nuint)c);
                        (product + Vector512.LoadUnsafe(ref bias, (nuint)c)).StoreUnsafe(ref ro, (nuint)c);
                    }
                }
                for (; c + vector <= channels; c += vector)
                {
                    var x = Vector.Max(Vector.Min(Vector.ShiftLeft(Vector.LoadUnsafe(ref ra, (nuint)c), 1), hi), lo);
                    var product = Vector.ConvertToSingle(x) * Vector.LoadUnsafe(ref mult, (nuint)c);
                    (product + Vector.LoadUnsafe(ref bias, (nuint)c)).StoreUnsafe(ref ro, (nuint)c);
                }
            }
            for (; c < channels; c++) o[c] = t.Float(a[slots[c]], c);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Int8(ReadOnlySpan<int> acc, int paddedChannels, int[] slots, Bconv2dOutputTransform t, Span<sbyte> output)
    {
        int channels = slots.Length, pixels = output.Length / Math.Max(channels, 1);
        for (int p = 0; p < pixels; p++)
            for (int c = 0; c < channels; c++)
                output[p * channels + c] = t.Int8(acc[p * paddedChannels + slots[c]], c);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Bitpacked(ReadOnlySpan<int> acc, int paddedChannels, int[] slots, ReadOnlySpan<int> thresholds, Span<int> output)
    {
        int channels = slots.Length, words = (channels + 31) / 32;
        int pixels = output.Length / Math.Max(words, 1);
        output.Clear();
        for (int p = 0; p < pixels; p++)
            for (int c = 0; c < channels; c++)
                if (acc[p * paddedChannels + slots[c]] > thresholds[c]) output[p * words + c / 32] |= 1 << (c % 32);
    }

    /// <summary>Raw accumulators, [pixel][channel] (for tests and tools).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Raw(ReadOnlySpan<int> acc, int paddedChannels, int[] slots, Span<int> output)
    {
        int channels = slots.Length, pixels = output.Length / Math.Max(channels, 1);
        for (int p = 0; p < pixels; p++)
            for (int c = 0; c < channels; c++)
                output[p * channels + c] = acc[p * paddedChannels + slots[c]];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsIdentity(int[] slots)
    {
        for (int c = 0; c < slots.Length; c++) if (slots[c] != c) return false;
        return true;
    }
}

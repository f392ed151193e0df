using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Intrinsics;

namespace Lce.CodeGen.Jit;

/// <summary>
/// Packs rows of <c>channels</c> float32 values into words (bit = x &lt; 0, so −0.0 and NaN are +1).
/// <paramref name="input"/>/<paramref name="output"/> are addresses; <paramref name="rows"/> the row count.
/// </summary>
public delegate void QuantizeKernel(nint input, nint output, int rows);

/// <summary>
/// Emits lq.Quantize's float bitpacking specialized to the channel count: per full word, 32/L
/// vector compares against zero (Vector512 on AVX-512, Vector256 on AVX2) whose lane masks
/// (vpmovmskps-style ExtractMostSignificantBits) are shifted into place; the last partial word
/// unrolled with scalar compares (IL <c>clt</c>: false for NaN). Other back ends get the scalar
/// form for every word.
/// </summary>
public static class QuantizeEmitter
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(int, JitIsa), QuantizeKernel> Cache = new();

    public static QuantizeKernel Get(int channels, JitIsa isa)
    {
        if (Cache.TryGetValue((channels, isa), out var kernel)) { KernelCache.Hit(); return kernel; }
        return Cache.GetOrAdd((channels, isa), k => KernelCache.Timed(() => Emit(k.Item1, k.Item2)));
    }

    private static QuantizeKernel Emit(int channels, JitIsa isa)
    {
        var method = new DynamicMethod($"quantize_{channels}_{JitIsas.Name(isa)}", typeof(void), [typeof(nint), typeof(nint), typeof(int)],
            typeof(QuantizeEmitter).Module, skipVisibility: true);
        var il = method.GetILGenerator();
        var src = il.DeclareLocal(typeof(nint));
        var dst = il.DeclareLocal(typeof(nint));
        var row = il.DeclareLocal(typeof(int));
        var word = il.DeclareLocal(typeof(int));
        var bits = il.DeclareLocal(typeof(uint));
        var end = il.DefineLabel();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Stloc, src);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Stloc, dst);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Ble, end);
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Stloc, row);
        var rowLoop = il.DefineLabel();
        il.MarkLabel(rowLoop);

        var vector = isa switch { JitIsa.Avx512BW => Vector(typeof(Vector512), typeof(Vector512<float>), 16), JitIsa.Avx2 => Vector(typeof(Vector256), typeof(Vector256<float>), 8), _ => default };
        int full = channels / 32;
        if (full > 0)
        {
            il.Emit(OpCodes.Ldc_I4_0);
            il.Emit(OpCodes.Stloc, word);
            var wordLoop = il.DefineLabel();
            il.MarkLabel(wordLoop);
            if (vector.Lanes > 0) VectorWord(il, vector, src, bits);
            else ScalarWord(il, src, bits, 32);
            StoreWord(il, dst, bits, 32 * 4, src);
            BconvKernelEmitter.EmitIncrementAndLoop(il, word, full, wordLoop);
        }
        if (channels % 32 != 0)
        {
            ScalarWord(il, src, bits, channels % 32);
            StoreWord(il, dst, bits, channels % 32 * 4, src);
        }
        BconvKernelEmitter.EmitIncrementAndLoop(il, row, 0, rowLoop, countArg: 2);
        il.MarkLabel(end);
        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<QuantizeKernel>();
    }

    private readonly record struct VectorMethods(int Lanes, MethodInfo Load, MethodInfo LessThan, MethodInfo Mask, MethodInfo Zero);

    private static VectorMethods Vector(Type cls, Type vec, int lanes) => new(lanes,
        IntrinsicTable.Generic(cls, "Load", 1, typeof(float)),
        IntrinsicTable.Generic(cls, "LessThan", 2, typeof(float)),
        IntrinsicTable.Generic(cls, "ExtractMostSignificantBits", 1, typeof(float)),
        vec.GetProperty("Zero")!.GetMethod!);

    /// <summary>bits = Σ_v mask(src[v·L .. v·L+L) &lt; 0) &lt;&lt; v·L.</summary>
    private static void VectorWord(ILGenerator il, VectorMethods v, LocalBuilder src, LocalBuilder bits)
    {
        for (int k = 0; k < 32 / v.Lanes; k++)
        {
            il.Emit(OpCodes.Ldloc, src);
            if (k > 0)
            {
                il.Emit(OpCodes.Ldc_I4, k * v.Lanes * 4);
                il.Emit(OpCodes.Conv_I);
                il.Emit(OpCodes.Add);
            }
            il.Emit(OpCodes.Call, v.Load);
            il.Emit(OpCodes.Call, v.Zero);
            il.Emit(OpCodes.Call, v.LessThan);
            il.Emit(OpCodes.Call, v.Mask);
            if (v.Mask.ReturnType == typeof(ulong)) il.Emit(OpCodes.Conv_U4);
            if (k > 0)
            {
                il.Emit(OpCodes.Ldc_I4, k * v.Lanes);
                il.Emit(OpCodes.Shl);
                il.Emit(OpCodes.Ldloc, bits);
                il.Emit(OpCodes.Or);
            }
            il.Emit(OpCodes.Stloc, bits);
        }
    }

    /// <summary>bits = Σ_i (src[i] &lt; 0) &lt;&lt; i for i &lt; count, unrolled.</summary>
    private static void ScalarWord(ILGenerator il, LocalBuilder src, LocalBuilder bits, int count)
    {
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Stloc, bits);
        for (int i = 0; i < count; i++)
        {
            il.Emit(OpCodes.Ldloc, bits);
            il.Emit(OpCodes.Ldloc, src);
            if (i > 0)
            {
                il.Emit(OpCodes.Ldc_I4, i * 4);
                il.Emit(OpCodes.Conv_I);
                il.Emit(OpCodes.Add);
            }
            il.Emit(OpCodes.Ldind_R4);
            il.Emit(OpCodes.Ldc_R4, 0f);
            il.Emit(OpCodes.Clt);
            if (i > 0)
            {
                il.Emit(OpCodes.Ldc_I4, i);
                il.Emit(OpCodes.Shl);
            }
            il.Emit(OpCodes.Or);
            il.Emit(OpCodes.Stloc, bits);
        }
    }

    /// <summary>*dst = bits; dst += 4; src += srcBytes.</summary>
    private static void StoreWord(ILGenerator il, LocalBuilder dst, LocalBuilder bits, int srcBytes, LocalBuilder src)
    {
        il.Emit(OpCodes.Ldloc, dst);
        il.Emit(OpCodes.Ldloc, bits);
        il.Emit(OpCodes.Stind_I4);
        foreach (var (p, n) in new[] { (dst, 4), (src, srcBytes) })
        {
            il.Emit(OpCodes.Ldloc, p);
            il.Emit(OpCodes.Ldc_I4, n);
            il.Emit(OpCodes.Conv_I);
            il.Emit(OpCodes.Add);
            il.Emit(OpCodes.Stloc, p);
        }
    }
}

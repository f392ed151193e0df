using System.Reflection;
using System.Reflection.Emit;
using Lce.CodeGen.Reference;

namespace Lce.CodeGen.Jit;

/// <summary>Binary max-pool over a whole bitpacked NHWC tensor (addresses of input and output).</summary>
public delegate void BMaxPoolKernel(nint input, nint output);

/// <summary>
/// Emits lq.BMaxPool2d specialized to its shapes, window, strides and padding: every loop bound
/// and stride is a constant, the window is clipped to the image with Math.Max/Min as the reference
/// does, and the per-pixel AND over the channel words is unrolled (output words start at all ones;
/// an empty window leaves −1, as in the reference).
/// </summary>
public static class BMaxPoolEmitter
{
    private static readonly MethodInfo Max = IntrinsicTable.Method(typeof(Math), nameof(Math.Max), typeof(int), typeof(int));
    private static readonly MethodInfo Min = IntrinsicTable.Method(typeof(Math), nameof(Math.Min), typeof(int), typeof(int));

    public static BMaxPoolKernel Emit(BMaxPool2dParams p, int[] inputShape)
    {
        var outShape = BMaxPool2d.OutputShape(p, inputShape);
        int batches = inputShape[0], h = inputShape[1], w = inputShape[2], words = inputShape[3];
        int padTop = PaddedDimension.Compute(h, p.FilterHeight, p.StrideHeight, 1, p.Padding).PadBefore;
        int padLeft = PaddedDimension.Compute(w, p.FilterWidth, p.StrideWidth, 1, p.Padding).PadBefore;
        var method = new DynamicMethod($"bmaxpool_{h}x{w}x{words}", typeof(void), [typeof(nint), typeof(nint)], typeof(BMaxPoolEmitter).Module, skipVisibility: true);
        var il = method.GetILGenerator();
        int pixels = outShape[0] * outShape[1] * outShape[2];
        if (pixels > 0 && words > 0)
        {
            var (n, oy, ox, y, x, yEnd, xEnd, xStart) = (Int(il), Int(il), Int(il), Int(il), Int(il), Int(il), Int(il), Int(il));
            var dst = il.DeclareLocal(typeof(nint));
            var src = il.DeclareLocal(typeof(nint));
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Stloc, dst);
            Loop(il, n, batches, () =>
            Loop(il, oy, outShape[1], () =>
            Loop(il, ox, outShape[2], () =>
            {
                for (int k = 0; k < words; k++) Store(il, dst, k, () => il.Emit(OpCodes.Ldc_I4_M1));
                // y = max(0, oy·sh − padTop), yEnd = min(H, oy·sh − padTop + fh); the same for x
                Clip(il, oy, p.StrideHeight, padTop, p.FilterHeight, h, y, yEnd);
                Clip(il, ox, p.StrideWidth, padLeft, p.FilterWidth, w, xStart, xEnd);
                While(il, y, yEnd, () =>
                {
                    il.Emit(OpCodes.Ldloc, xStart);
                    il.Emit(OpCodes.Stloc, x);
                    While(il, x, xEnd, () =>
                    {
                        // src = input + ((n·H + y)·W + x)·words·4
                        il.Emit(OpCodes.Ldarg_0);
                        il.Emit(OpCodes.Ldloc, n);
                        il.Emit(OpCodes.Ldc_I4, h);
                        il.Emit(OpCodes.Mul);
                        il.Emit(OpCodes.Ldloc, y);
                        il.Emit(OpCodes.Add);
                        il.Emit(OpCodes.Ldc_I4, w);
                        il.Emit(OpCodes.Mul);
                        il.Emit(OpCodes.Ldloc, x);
                        il.Emit(OpCodes.Add);
                        il.Emit(OpCodes.Conv_I);
                        il.Emit(OpCodes.Ldc_I4, words * 4);
                        il.Emit(OpCodes.Conv_I);
                        il.Emit(OpCodes.Mul);
                        il.Emit(OpCodes.Add);
                        il.Emit(OpCodes.Stloc, src);
                        for (int k = 0; k < words; k++)
                            Store(il, dst, k, () =>
                            {
                                Load(il, dst, k);
                                Load(il, src, k);
                                il.Emit(OpCodes.And);
                            });
                    });
                });
                il.Emit(OpCodes.Ldloc, dst);
                il.Emit(OpCodes.Ldc_I4, words * 4);
                il.Emit(OpCodes.Conv_I);
                il.Emit(OpCodes.Add);
                il.Emit(OpCodes.Stloc, dst);
            })));
        }
        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<BMaxPoolKernel>();
    }

    private static LocalBuilder Int(ILGenerator il) => il.DeclareLocal(typeof(int));

    private static void Clip(ILGenerator il, LocalBuilder o, int stride, int pad, int filter, int size, LocalBuilder start, LocalBuilder end)
    {
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Ldloc, o);
        il.Emit(OpCodes.Ldc_I4, stride);
        il.Emit(OpCodes.Mul);
        il.Emit(OpCodes.Ldc_I4, pad);
        il.Emit(OpCodes.Sub);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, end);
        il.Emit(OpCodes.Call, Max);
        il.Emit(OpCodes.Stloc, start);
        il.Emit(OpCodes.Ldc_I4, size);
        il.Emit(OpCodes.Ldloc, end);
        il.Emit(OpCodes.Ldc_I4, filter);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Call, Min);
        il.Emit(OpCodes.Stloc, end);
    }

    private static void Load(ILGenerator il, LocalBuilder pointer, int word)
    {
        il.Emit(OpCodes.Ldloc, pointer);
        if (word > 0)
        {
            il.Emit(OpCodes.Ldc_I4, word * 4);
            il.Emit(OpCodes.Add);
        }
        il.Emit(OpCodes.Ldind_I4);
    }

    private static void Store(ILGenerator il, LocalBuilder pointer, int word, Action value)
    {
        il.Emit(OpCodes.Ldloc, pointer);
        if (word > 0)
        {
            il.Emit(OpCodes.Ldc_I4, word * 4);
            il.Emit(OpCodes.Add);
        }
        value();
        il.Emit(OpCodes.Stind_I4);
    }

    /// <summary>for (counter = 0; counter &lt; count; counter++) body (count &gt; 0).</summary>
    private static void Loop(ILGenerator il, LocalBuilder counter, int count, Action body)
    {
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Stloc, counter);
        var top = il.DefineLabel();
        il.MarkLabel(top);
        body();
        BconvKernelEmitter.EmitIncrementAndLoop(il, counter, count, top);
    }

    /// <summary>while (counter &lt; end) { body; counter++; } — counter set by the caller.</summary>
    private static void While(ILGenerator il, LocalBuilder counter, LocalBuilder end, Action body)
    {
        var test = il.DefineLabel();
        var top = il.DefineLabel();
        il.Emit(OpCodes.Br, test);
        il.MarkLabel(top);
        body();
        il.Emit(OpCodes.Ldloc, counter);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Stloc, counter);
        il.MarkLabel(test);
        il.Emit(OpCodes.Ldloc, counter);
        il.Emit(OpCodes.Ldloc, end);
        il.Emit(OpCodes.Blt, top);
    }
}

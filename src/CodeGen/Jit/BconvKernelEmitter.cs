using System.Reflection.Emit;

namespace Lce.CodeGen.Jit;

/// <summary>
/// An emitted row kernel: accumulators of one output row. <paramref name="input"/> is the
/// zero-bordered input at the row's first tap row; <paramref name="weights"/> the packed weights;
/// <paramref name="offsets"/> the byte offset of each word step from a pixel's first tap;
/// <paramref name="accumulators"/> receives [pixel][padded channel] int32 popcount sums.
/// </summary>
public delegate void BconvRowKernel(nint input, nint weights, nint offsets, nint accumulators);

/// <summary>
/// Emits a <see cref="BconvRowKernel"/> with <see cref="DynamicMethod"/>, specialized to a
/// <see cref="BconvKernelShape"/>: loops over channel blocks and pixels; per tile PixelsPerTile pixels ×
/// VectorsPerTile accumulator vectors (a shorter tile for the row's leftover pixels); the word steps in unrolled groups of 8 (one activation
/// broadcast per step shared by the tile's vectors), a constant-count loop over groups, and the
/// remaining steps unrolled. The accumulation itself is <see cref="TileAccumulator"/>.
/// </summary>
internal static class BconvKernelEmitter
{
    public const int StepsPerGroup = 8;

    public static BconvRowKernel Emit(BconvKernelShape shape, SimdEmitter simd)
    {
        var method = new DynamicMethod($"bconv_{JitIsas.Name(shape.Isa)}_{shape.Steps}x{shape.BlockChannels}", typeof(void),
            [typeof(nint), typeof(nint), typeof(nint), typeof(nint)], typeof(BconvKernelEmitter).Module, skipVisibility: true);
        var il = method.GetILGenerator();
        if (shape.Pixels > 0 && shape.Blocks > 0) EmitBody(il, shape, simd);
        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<BconvRowKernel>();
    }

    private static void EmitBody(ILGenerator il, BconvKernelShape s, SimdEmitter simd)
    {
        simd.EmitPrologue(il);
        var block = il.DeclareLocal(typeof(int));
        var pixel = il.DeclareLocal(typeof(int));
        var groupInput = il.DeclareLocal(typeof(nint));
        var blockWeights = il.DeclareLocal(typeof(nint));
        var blockAcc = il.DeclareLocal(typeof(nint));
        var pix = il.DeclareLocal(typeof(nint));
        var pixAcc = il.DeclareLocal(typeof(nint));
        int tiles = s.Pixels / s.PixelsPerTile, leftover = s.Pixels % s.PixelsPerTile;
        var tile = new TileAccumulator(il, simd, s, s.PixelsPerTile);
        var last = leftover > 0 ? new TileAccumulator(il, simd, s, leftover) : null;

        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Stloc, block);
        var blockLoop = il.DefineLabel();
        il.MarkLabel(blockLoop);
        // groupInput = input + (block / blocksPerGroup) * groupStride
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldloc, block);
        il.Emit(OpCodes.Ldc_I4, s.BlocksPerGroup);
        il.Emit(OpCodes.Div);
        il.Emit(OpCodes.Ldc_I4, s.GroupStrideBytes);
        il.Emit(OpCodes.Mul);
        il.Emit(OpCodes.Conv_I);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Stloc, groupInput);
        EmitScaledAdd(il, 1, block, (long)s.Steps * s.BlockChannels * 4, blockWeights);
        EmitScaledAdd(il, 3, block, (long)s.BlockChannels * 4, blockAcc);

        // pixel counts tiles; the tile's first pixel is pixel · PixelsPerTile
        if (tiles > 0)
        {
            il.Emit(OpCodes.Ldc_I4_0);
            il.Emit(OpCodes.Stloc, pixel);
            var pixelLoop = il.DefineLabel();
            il.MarkLabel(pixelLoop);
            EmitScaledAdd(il, groupInput, pixel, (long)s.PixelStrideBytes * s.PixelsPerTile, pix);
            EmitScaledAdd(il, blockAcc, pixel, (long)s.PaddedChannels * 4 * s.PixelsPerTile, pixAcc);
            tile.Emit(pix, blockWeights, pixAcc);
            EmitIncrementAndLoop(il, pixel, tiles, pixelLoop);
        }
        if (last is not null)
        {
            il.Emit(OpCodes.Ldc_I4, tiles);
            il.Emit(OpCodes.Stloc, pixel);
            EmitScaledAdd(il, groupInput, pixel, (long)s.PixelStrideBytes * s.PixelsPerTile, pix);
            EmitScaledAdd(il, blockAcc, pixel, (long)s.PaddedChannels * 4 * s.PixelsPerTile, pixAcc);
            last.Emit(pix, blockWeights, pixAcc);
        }
        EmitIncrementAndLoop(il, block, s.Blocks, blockLoop);
    }

    /// <summary>dest = argument[arg] + index * scale (native int arithmetic).</summary>
    private static void EmitScaledAdd(ILGenerator il, short arg, LocalBuilder index, long scale, LocalBuilder dest)
    {
        il.Emit(OpCodes.Ldarg, arg);
        EmitIndexTimes(il, index, scale);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Stloc, dest);
    }

    /// <summary>dest = baseLocal + index * scale.</summary>
    private static void EmitScaledAdd(ILGenerator il, LocalBuilder baseLocal, LocalBuilder index, long scale, LocalBuilder dest)
    {
        il.Emit(OpCodes.Ldloc, baseLocal);
        EmitIndexTimes(il, index, scale);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Stloc, dest);
    }

    private static void EmitIndexTimes(ILGenerator il, LocalBuilder index, long scale)
    {
        il.Emit(OpCodes.Ldloc, index);
        il.Emit(OpCodes.Conv_I);
        il.Emit(OpCodes.Ldc_I8, scale);
        il.Emit(OpCodes.Conv_I);
        il.Emit(OpCodes.Mul);
    }

    /// <summary>counter++; if (counter &lt; count) goto loop (count a constant, or argument <paramref name="countArg"/> when given).</summary>
    internal static void EmitIncrementAndLoop(ILGenerator il, LocalBuilder counter, int count, Label loop, short countArg = -1)
    {
        il.Emit(OpCodes.Ldloc, counter);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Dup);
        il.Emit(OpCodes.Stloc, counter);
        if (countArg >= 0) il.Emit(OpCodes.Ldarg, countArg);
        else il.Emit(OpCodes.Ldc_I4, count);
        il.Emit(OpCodes.Blt, loop);
    }
}

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
        var groupInput = il.DeclareLocal(typeof(nint));
        var blockWeights = il.DeclareLocal(typeof(nint));
        var blockAcc = il.DeclareLocal(typeof(nint));
        var chunkWeights = il.DeclareLocal(typeof(nint));
        var chunkOffsets = il.DeclareLocal(typeof(nint));
        var chunk = il.DeclareLocal(typeof(int));
        var pixels = new PixelLoop(il, s, simd);

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
        EmitScaledAdd(il, 1, block, (long)s.Steps * s.StepWeightBytes, blockWeights);
        EmitScaledAdd(il, 3, block, (long)s.BlockChannels * 4, blockAcc);
        il.Emit(OpCodes.Ldloc, blockWeights);
        il.Emit(OpCodes.Stloc, chunkWeights);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Stloc, chunkOffsets);

        if (s.ChunkSteps == 0) pixels.Emit(groupInput, chunkWeights, blockAcc, chunkOffsets, s.Steps, accumulate: false);
        else
        {
            // the first chunk writes the accumulators, the others add to them; the last may be shorter
            int full = s.Steps / s.ChunkSteps, rest = s.Steps % s.ChunkSteps;
            pixels.Emit(groupInput, chunkWeights, blockAcc, chunkOffsets, s.ChunkSteps, accumulate: false);
            AdvanceChunk(il, s, s.ChunkSteps, chunkWeights, chunkOffsets);
            if (full > 1)
            {
                il.Emit(OpCodes.Ldc_I4_1);
                il.Emit(OpCodes.Stloc, chunk);
                var chunkLoop = il.DefineLabel();
                il.MarkLabel(chunkLoop);
                pixels.Emit(groupInput, chunkWeights, blockAcc, chunkOffsets, s.ChunkSteps, accumulate: true);
                AdvanceChunk(il, s, s.ChunkSteps, chunkWeights, chunkOffsets);
                EmitIncrementAndLoop(il, chunk, full, chunkLoop);
            }
            if (rest > 0) pixels.Emit(groupInput, chunkWeights, blockAcc, chunkOffsets, rest, accumulate: true);
        }
        EmitIncrementAndLoop(il, block, s.Blocks, blockLoop);
    }

    private static void AdvanceChunk(ILGenerator il, BconvKernelShape s, int steps, LocalBuilder weights, LocalBuilder offsets)
    {
        foreach (var (local, bytes) in new[] { (weights, (long)steps * s.StepWeightBytes), (offsets, steps * 4L) })
        {
            il.Emit(OpCodes.Ldloc, local);
            il.Emit(OpCodes.Ldc_I8, bytes);
            il.Emit(OpCodes.Conv_I);
            il.Emit(OpCodes.Add);
            il.Emit(OpCodes.Stloc, local);
        }
    }

    /// <summary>The pixels of a row for one block and one run of steps: full tiles in a loop, then the leftover pixels' tile.</summary>
    private sealed class PixelLoop
    {
        private readonly ILGenerator _il;
        private readonly BconvKernelShape _s;
        private readonly TileAccumulator _tile;
        private readonly TileAccumulator? _last;
        private readonly LocalBuilder _pixel, _pix, _pixAcc;
        private readonly int _tiles;

        public PixelLoop(ILGenerator il, BconvKernelShape s, SimdEmitter simd)
        {
            (_il, _s) = (il, s);
            _tiles = s.Pixels / s.PixelsPerTile;
            int leftover = s.Pixels % s.PixelsPerTile;
            _tile = new TileAccumulator(il, simd, s, s.PixelsPerTile);
            _last = leftover > 0 ? new TileAccumulator(il, simd, s, leftover) : null;
            _pixel = il.DeclareLocal(typeof(int));
            _pix = il.DeclareLocal(typeof(nint));
            _pixAcc = il.DeclareLocal(typeof(nint));
        }

        // pixel counts tiles; the tile's first pixel is pixel · PixelsPerTile
        public void Emit(LocalBuilder groupInput, LocalBuilder weights, LocalBuilder blockAcc, LocalBuilder offsets, int steps, bool accumulate)
        {
            if (_tiles > 0)
            {
                _il.Emit(OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Stloc, _pixel);
                var pixelLoop = _il.DefineLabel();
                _il.MarkLabel(pixelLoop);
                Tile(_tile, groupInput, weights, blockAcc, offsets, steps, accumulate);
                EmitIncrementAndLoop(_il, _pixel, _tiles, pixelLoop);
            }
            if (_last is not null)
            {
                _il.Emit(OpCodes.Ldc_I4, _tiles);
                _il.Emit(OpCodes.Stloc, _pixel);
                Tile(_last, groupInput, weights, blockAcc, offsets, steps, accumulate);
            }
        }

        private void Tile(TileAccumulator tile, LocalBuilder groupInput, LocalBuilder weights, LocalBuilder blockAcc, LocalBuilder offsets,
            int steps, bool accumulate)
        {
            EmitScaledAdd(_il, groupInput, _pixel, (long)_s.PixelStrideBytes * _s.PixelsPerTile, _pix);
            EmitScaledAdd(_il, blockAcc, _pixel, (long)_s.PaddedChannels * 4 * _s.PixelsPerTile, _pixAcc);
            tile.Emit(_pix, weights, _pixAcc, offsets, steps, accumulate);
        }
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

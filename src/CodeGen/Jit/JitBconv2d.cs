using System.Runtime.CompilerServices;
using Lce.CodeGen.Reference;

namespace Lce.CodeGen.Jit;

/// <summary>
/// One lq.Bconv2d layer on the JIT path: weights packed once, the emitted row kernel from
/// <see cref="KernelCache"/>, and per call: the input copied into a zero-bordered buffer, output
/// rows handed out to <see cref="Threads"/> workers (each with its own accumulator row), each row
/// run through the kernel, the same-zero correction and the output stage. Not re-entrant (one
/// call at a time per layer, like the executor's arena).
/// </summary>
public sealed unsafe class JitBconv2d
{
    private readonly Bconv2dGeometry _g;
    private readonly BconvKernelShape _shape;
    private readonly BconvRowKernel _kernel;
    private readonly PinnedBuffer _weights, _offsets, _padded;
    private readonly PinnedBuffer[] _rows;
    private readonly int[] _slots;
    private readonly bool _identitySlots;
    private readonly SameZeroCorrection? _correction;
    private readonly int _paddedHeight, _paddedWidth;

    public JitBconv2d(Bconv2dGeometry g, ReadOnlySpan<int> filter, JitBackend backend, int threads = 1)
    {
        if (filter.Length != (long)g.OutputChannels * g.FilterHeight * g.FilterWidth * g.GroupWords)
            throw new ArgumentException("the filter size does not match the geometry");
        _g = g;
        Threads = Math.Max(1, threads);
        Backend = backend;
        _shape = BconvKernelShape.For(g, backend.Isa, backend.Lanes, backend.Scheme, backend.MaxVectorsPerTile, backend.Emulated, backend.PixelsPerTile,
            backend.WeightChunkBytes);
        // Every tap of every output pixel lands inside the bordered buffer; the border is the 0 word.
        _paddedHeight = Math.Max(g.PadTop + g.InputHeight, (g.OutputHeight - 1) * g.StrideHeight + (g.FilterHeight - 1) * g.DilationHeight + 1);
        _paddedWidth = Math.Max(g.PadLeft + g.InputWidth, (g.OutputWidth - 1) * g.StrideWidth + (g.FilterWidth - 1) * g.DilationWidth + 1);
        _weights = WeightPacker.Pack(g, filter, _shape);
        _offsets = WeightPacker.Offsets(g, _paddedWidth, _shape.InputPlanes);
        _slots = WeightPacker.Slots(g, _shape);
        _identitySlots = BconvEpilogue.IsIdentity(_slots);
        _correction = SameZeroCorrection.For(g, filter);
        _padded = new PinnedBuffer(checked(g.Batches * _paddedHeight * _paddedWidth * g.InputWords * _shape.InputPlanes));
        _rows = [.. Enumerable.Range(0, Threads).Select(_ => new PinnedBuffer(checked(g.OutputWidth * _shape.PaddedChannels)))];
        _kernel = KernelCache.Get(_shape, backend);
    }

    public JitBackend Backend { get; }

    public int Threads { get; }

    public BconvKernelShape Shape => _shape;

    public void Float(ReadOnlySpan<int> input, Bconv2dOutputTransform t, Span<float> output)
    {
        CheckOutput(output.Length, _g.OutputChannels);
        fixed (float* o = output)
        {
            nint address = (nint)o;
            Run(input, (acc, first, count) => BconvEpilogue.Float(acc, _shape.PaddedChannels, _slots, _identitySlots, t,
                new Span<float>((float*)address + (long)first * _g.OutputChannels, count * _g.OutputChannels)));
        }
    }

    public void Int8(ReadOnlySpan<int> input, Bconv2dOutputTransform t, Span<sbyte> output)
    {
        CheckOutput(output.Length, _g.OutputChannels);
        fixed (sbyte* o = output)
        {
            nint address = (nint)o;
            Run(input, (acc, first, count) => BconvEpilogue.Int8(acc, _shape.PaddedChannels, _slots, t,
                new Span<sbyte>((sbyte*)address + (long)first * _g.OutputChannels, count * _g.OutputChannels)));
        }
    }

    public void Bitpacked(ReadOnlySpan<int> input, int[] thresholds, Span<int> output)
    {
        if (thresholds.Length != _g.OutputChannels) throw new ArgumentException($"{thresholds.Length} thresholds for {_g.OutputChannels} output channels");
        int words = (_g.OutputChannels + 31) / 32;
        CheckOutput(output.Length, words);
        fixed (int* o = output)
        {
            nint address = (nint)o;
            Run(input, (acc, first, count) => BconvEpilogue.Bitpacked(acc, _shape.PaddedChannels, _slots, thresholds,
                new Span<int>((int*)address + (long)first * words, count * words)));
        }
    }

    /// <summary>The raw accumulators [N, Ho, Wo, Cout], as <see cref="Reference.Bconv2d.Accumulate"/> gives them.</summary>
    public void Accumulate(ReadOnlySpan<int> input, Span<int> output)
    {
        CheckOutput(output.Length, _g.OutputChannels);
        fixed (int* o = output)
        {
            nint address = (nint)o;
            Run(input, (acc, first, count) => BconvEpilogue.Raw(acc, _shape.PaddedChannels, _slots,
                new Span<int>((int*)address + (long)first * _g.OutputChannels, count * _g.OutputChannels)));
        }
    }

    /// <summary>Writes one row's outputs: accumulators, first output pixel index, pixel count.</summary>
    private delegate void RowSink(ReadOnlySpan<int> accumulators, int firstPixel, int pixels);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Run(ReadOnlySpan<int> input, RowSink sink)
    {
        var g = _g;
        if (input.Length != (long)g.Batches * g.InputHeight * g.InputWidth * g.InputWords)
            throw new ArgumentException($"the input has {input.Length} words, not {(long)g.Batches * g.InputHeight * g.InputWidth * g.InputWords}");
        CopyBordered(input);
        int rows = g.Batches * g.OutputHeight;
        if (rows == 0 || g.OutputWidth == 0) return;
        int workers = Math.Min(Threads, rows);
        if (workers == 1)
        {
            for (int r = 0; r < rows; r++) Row(r, 0, sink);
            return;
        }
        // Rows go one at a time to the caller and the persistent helpers (RowWorkers: spin-then-block
        // hand-off, dynamic row counter, so a late helper only takes fewer rows).
        RowWorkers.For(workers - 1).Run(rows, (r, worker) => Row(r, worker, sink));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Row(int r, int worker, RowSink sink)
    {
        var g = _g;
        int n = r / g.OutputHeight, oy = r % g.OutputHeight;
        long firstWord = ((long)(n * _paddedHeight + oy * g.StrideHeight) * _paddedWidth) * g.InputWords * _shape.InputPlanes;
        var acc = _rows[worker];
        _kernel(_padded.Address + (nint)(firstWord * 4), _weights.Address, _offsets.Address, acc.Address);
        _correction?.Apply(oy, acc.Span, _shape.PaddedChannels, _slots);
        sink(acc.Span, r * g.OutputWidth, g.OutputWidth);
    }

    /// <summary>The input at (PadTop, PadLeft) of the bordered buffer; the border stays 0 from allocation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CopyBordered(ReadOnlySpan<int> input)
    {
        var g = _g;
        var dst = _padded.Span;
        int rowWords = g.InputWidth * g.InputWords;
        for (int n = 0; n < g.Batches; n++)
            for (int y = 0; y < g.InputHeight; y++)
            {
                int from = (n * g.InputHeight + y) * rowWords;
                int to = ((n * _paddedHeight + y + g.PadTop) * _paddedWidth + g.PadLeft) * g.InputWords;
                if (_shape.InputPlanes == 1) input.Slice(from, rowWords).CopyTo(dst.Slice(to, rowWords));
                else NibblePlanes.Split(input.Slice(from, rowWords), dst.Slice(2 * to, 2 * rowWords));
            }
    }

    private void CheckOutput(int length, int perPixel)
    {
        long expected = (long)_g.Batches * _g.OutputHeight * _g.OutputWidth * perPixel;
        if (length != expected) throw new ArgumentException($"the output has {length} elements, not {expected}");
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Lce.CodeGen.Jit;

/// <summary>
/// The float32 baseline the binary kernels are compared with: a stride-1 SAME convolution with
/// zero padding as implicit im2col + GEMM — the padded NHWC input is the A matrix read in place
/// (row = pixel, its K columns = the taps' contiguous channel runs, so no im2col copy), B = the
/// weights packed once as [64-channel block][tap][Cin][64], and a 4-pixel × 64-channel Vector512 FMA micro-kernel
/// (16 accumulators; broadcast activation, four weight loads per k). Channels past a multiple of
/// 64, or machines without Vector512, take a scalar loop (correct, not fast).
/// </summary>
public sealed unsafe class Float32Conv
{
    private const int Mr = 4, Nr = 64;
    private readonly int _h, _w, _cin, _cout, _fh, _fw, _padTop, _padLeft, _hp, _wp;
    private readonly float[] _weights, _bias, _padded;
    private readonly int _weightsStart, _paddedStart;

    /// <summary>A pinned array and the index where 64-byte alignment starts (unaligned zmm loads split cache lines).</summary>
    private static (float[] Array, int Start) Aligned(int length)
    {
        var a = GC.AllocateArray<float>(length + 16, pinned: true);
        fixed (float* p = a) return (a, (int)((64 - ((nint)p & 63)) & 63) / sizeof(float));
    }

    /// <param name="filter">OHWI weights.</param>
    public Float32Conv(int height, int width, int channelsIn, int channelsOut, int filterHeight, int filterWidth,
        ReadOnlySpan<float> filter, ReadOnlySpan<float> bias)
    {
        (_h, _w, _cin, _cout, _fh, _fw) = (height, width, channelsIn, channelsOut, filterHeight, filterWidth);
        (_padTop, _padLeft) = ((filterHeight - 1) / 2, (filterWidth - 1) / 2);
        (_hp, _wp) = (height + filterHeight - 1, width + filterWidth - 1);
        int taps = filterHeight * filterWidth, blocks = (channelsOut + Nr - 1) / Nr;
        (_weights, _weightsStart) = Aligned(blocks * taps * channelsIn * Nr);
        for (int o = 0; o < channelsOut; o++)
            for (int t = 0; t < taps; t++)
                for (int i = 0; i < channelsIn; i++)
                    _weights[_weightsStart + WeightIndex(o, t, i)] = filter[(o * taps + t) * channelsIn + i];
        _bias = bias.ToArray();
        (_padded, _paddedStart) = Aligned(_hp * _wp * channelsIn);
    }

    /// <summary>
    /// B is packed per block of 64 output channels, [block][tap][Cin][64]: a block's panel is contiguous
    /// (a [K][Cout] matrix would spread it over Cout-float strides that alias in the caches).
    /// </summary>
    private int WeightIndex(int o, int tap, int i) => ((o / Nr * _fh * _fw + tap) * _cin + i) * Nr + o % Nr;

    /// <summary>output[y, x, o] = bias[o] + Σ input · filter (NHWC, batch 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run(ReadOnlySpan<float> input, Span<float> output)
    {
        for (int y = 0; y < _h; y++)
            input.Slice(y * _w * _cin, _w * _cin).CopyTo(_padded.AsSpan(_paddedStart + ((y + _padTop) * _wp + _padLeft) * _cin, _w * _cin));
        int vectorChannels = Vector512.IsHardwareAccelerated && _w >= Mr ? _cout / Nr * Nr : 0;
        // Taps per pass: the weight panel of one pass (taps × Cin × 64 floats) stays within ~256 KB of L2.
        int taps = _fh * _fw, tapsPerPass = Math.Clamp(256 * 1024 / (_cin * Nr * sizeof(float)), 1, taps);
        fixed (float* a0 = _padded, b0 = _weights, c = output, bias = _bias)
        {
            float* a = a0 + _paddedStart, b = b0 + _weightsStart;
            for (int n0 = 0; n0 < vectorChannels; n0 += Nr)
                for (int t0 = 0; t0 < taps; t0 += tapsPerPass)
                    for (int y = 0; y < _h; y++)
                    {
                        int x = 0;
                        for (; x + Mr <= _w; x += Mr) Tile(a, b, c, bias, y, x, n0, t0, Math.Min(taps, t0 + tapsPerPass));
                        // Leftover pixels: one more tile ending at the last pixel (its first pixels are recomputed from
                        // the same partial sums, so they come out the same).
                        if (x < _w) Tile(a, b, c, bias, y, _w - Mr, n0, t0, Math.Min(taps, t0 + tapsPerPass), overlap: x - (_w - Mr));
                    }
            for (int y = 0; y < _h; y++)
                for (int x = 0; x < _w && vectorChannels < _cout; x++) Scalar(a, b, c, bias, y, x, vectorChannels, _cout);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Tile(float* a, float* b, float* c, float* bias, int y, int x, int n0, int tapFrom, int tapTo, int overlap = 0)
    {
        // The first pass starts from the bias, later passes from the partial sums in the output.
        float* o = c + (y * _w + x) * _cout + n0;
        int cout0 = _cout;
        Vector512<float> c00, c01, c02, c03, c10, c11, c12, c13, c20, c21, c22, c23, c30, c31, c32, c33;
        if (tapFrom == 0)
        {
            var b0 = Vector512.Load(bias + n0);
            var b1 = Vector512.Load(bias + n0 + 16);
            var b2 = Vector512.Load(bias + n0 + 32);
            var b3 = Vector512.Load(bias + n0 + 48);
            (c00, c01, c02, c03, c10, c11, c12, c13) = (b0, b1, b2, b3, b0, b1, b2, b3);
            (c20, c21, c22, c23, c30, c31, c32, c33) = (b0, b1, b2, b3, b0, b1, b2, b3);
        }
        else
        {
            (c00, c01, c02, c03) = (Vector512.Load(o), Vector512.Load(o + 16), Vector512.Load(o + 32), Vector512.Load(o + 48));
            float* o1 = o + cout0, o2 = o + 2 * cout0, o3 = o + 3 * cout0;
            (c10, c11, c12, c13) = (Vector512.Load(o1), Vector512.Load(o1 + 16), Vector512.Load(o1 + 32), Vector512.Load(o1 + 48));
            (c20, c21, c22, c23) = (Vector512.Load(o2), Vector512.Load(o2 + 16), Vector512.Load(o2 + 32), Vector512.Load(o2 + 48));
            (c30, c31, c32, c33) = (Vector512.Load(o3), Vector512.Load(o3 + 16), Vector512.Load(o3 + 32), Vector512.Load(o3 + 48));
        }
        int cin = _cin, cout = _cout;
        for (int tap = tapFrom; tap < tapTo; tap++)
            {
                int fy = tap / _fw, fx = tap % _fw;
                float* a0 = a + ((y + fy) * _wp + x + fx) * cin;
                float* w = b + WeightIndex(n0, tap, 0);
                for (int k = 0; k < cin; k++, w += Nr)
                {
                    var w0 = Vector512.Load(w);
                    var w1 = Vector512.Load(w + 16);
                    var w2 = Vector512.Load(w + 32);
                    var w3 = Vector512.Load(w + 48);
                    var s = Vector512.Create(a0[k]);
                    c00 = Vector512.FusedMultiplyAdd(s, w0, c00); c01 = Vector512.FusedMultiplyAdd(s, w1, c01);
                    c02 = Vector512.FusedMultiplyAdd(s, w2, c02); c03 = Vector512.FusedMultiplyAdd(s, w3, c03);
                    s = Vector512.Create(a0[k + cin]);
                    c10 = Vector512.FusedMultiplyAdd(s, w0, c10); c11 = Vector512.FusedMultiplyAdd(s, w1, c11);
                    c12 = Vector512.FusedMultiplyAdd(s, w2, c12); c13 = Vector512.FusedMultiplyAdd(s, w3, c13);
                    s = Vector512.Create(a0[k + 2 * cin]);
                    c20 = Vector512.FusedMultiplyAdd(s, w0, c20); c21 = Vector512.FusedMultiplyAdd(s, w1, c21);
                    c22 = Vector512.FusedMultiplyAdd(s, w2, c22); c23 = Vector512.FusedMultiplyAdd(s, w3, c23);
                    s = Vector512.Create(a0[k + 3 * cin]);
                    c30 = Vector512.FusedMultiplyAdd(s, w0, c30); c31 = Vector512.FusedMultiplyAdd(s, w1, c31);
                    c32 = Vector512.FusedMultiplyAdd(s, w2, c32); c33 = Vector512.FusedMultiplyAdd(s, w3, c33);
                }
            }
        // With overlap k, the tile's first k pixels were finished by the previous tile: leave them.
        if (overlap < 1) Store(o, c00, c01, c02, c03);
        if (overlap < 2) Store(o + cout, c10, c11, c12, c13);
        if (overlap < 3) Store(o + 2 * cout, c20, c21, c22, c23);
        Store(o + 3 * cout, c30, c31, c32, c33);
    }

    private static void Store(float* o, Vector512<float> v0, Vector512<float> v1, Vector512<float> v2, Vector512<float> v3)
    {
        v0.Store(o);
        v1.Store(o + 16);
        v2.Store(o + 32);
        v3.Store(o + 48);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Scalar(float* a, float* b, float* c, float* bias, int y, int x, int from, int to)
    {
        for (int n = from; n < to; n++)
        {
            float sum = bias[n];
            for (int fy = 0; fy < _fh; fy++)
                for (int fx = 0; fx < _fw; fx++)
                {
                    float* a0 = a + ((y + fy) * _wp + x + fx) * _cin;
                    float* w = b + WeightIndex(n, fy * _fw + fx, 0);
                    for (int k = 0; k < _cin; k++) sum += a0[k] * w[k * Nr];
                }
            c[(y * _w + x) * _cout + n] = sum;
        }
    }
}

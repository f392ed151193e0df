using System.Reflection.Emit;

namespace Lce.CodeGen.Jit;

/// <summary>
/// Emits one tile — <c>pixels</c> output pixels × VectorsPerTile vectors of output channels — over
/// all word steps with the shape's <see cref="AccumulationScheme"/>. The counting schemes load each
/// weight vector once per step and use it for every pixel of the tile (register blocking over
/// channels × pixels); the carry-save tree runs per pixel. Byte counters stay below 256:
/// ByteCounters and NibblePlanes widen every 3 groups (≤ 24 steps × 8); CarrySave adds at most 8 per group to its
/// carry counter and widens it every 31 groups, and its final byte sum is
/// ones + 2·twos + 4·fours + ≤ 7 leftover steps ≤ 112.
/// </summary>
internal sealed class TileAccumulator
{
    private const int G = BconvKernelEmitter.StepsPerGroup;
    private readonly ILGenerator _il;
    private readonly SimdEmitter _simd;
    private readonly BconvKernelShape _s;
    private readonly int _pixels, _vectors;
    // per (pixel i, vector p) at index i·P + p
    private readonly LocalBuilder[] _acc, _bytes, _ones, _twos, _fours, _top;
    private readonly LocalBuilder[] _a, _aHigh, _pix, _w;
    private readonly LocalBuilder _x0, _x1, _t2a, _t2b, _f4a, _f4b, _carry, _zeroAcc, _wp, _op, _chunk, _group, _address;

    public TileAccumulator(ILGenerator il, SimdEmitter simd, BconvKernelShape shape, int pixels)
    {
        (_il, _simd, _s, _pixels, _vectors) = (il, simd, shape, pixels, shape.VectorsPerTile);
        int n = pixels * _vectors;
        LocalBuilder[] Locals(int count, Type t) => [.. Enumerable.Range(0, count).Select(_ => il.DeclareLocal(t))];
        LocalBuilder Vector() => il.DeclareLocal(simd.Vector);
        _acc = Locals(n, simd.Accumulator);
        bool csa = shape.Scheme == AccumulationScheme.CarrySave;
        _a = Locals(csa ? G : pixels, simd.Vector);
        _aHigh = Locals(shape.Scheme == AccumulationScheme.NibblePlanes ? pixels : 0, simd.Vector);
        _w = Locals(csa ? 0 : _vectors, simd.Vector);
        _pix = Locals(pixels, typeof(nint));
        _bytes = shape.Scheme == AccumulationScheme.Direct ? [] : Locals(n, simd.Vector);
        (_ones, _twos, _fours, _top) = csa ? (Locals(n, simd.Vector), Locals(n, simd.Vector), Locals(n, simd.Vector), Locals(n, simd.Vector)) : ([], [], [], []);
        (_x0, _x1, _t2a, _t2b, _f4a, _f4b, _carry) = (Vector(), Vector(), Vector(), Vector(), Vector(), Vector(), Vector());
        _zeroAcc = il.DeclareLocal(simd.Accumulator);
        _wp = il.DeclareLocal(typeof(nint));
        _address = il.DeclareLocal(typeof(nint));
        _op = il.DeclareLocal(typeof(nint));
        _chunk = il.DeclareLocal(typeof(int));
        _group = il.DeclareLocal(typeof(int));
    }

    private int FlushEvery => _s.Scheme switch
    {
        AccumulationScheme.CarrySave => 31,
        AccumulationScheme.ByteCounters or AccumulationScheme.NibblePlanes => 3,
        _ => int.MaxValue,
    };

    /// <summary>
    /// The tile at input <paramref name="pix"/> (first pixel) over <paramref name="steps"/> steps whose
    /// weights start at <paramref name="weights"/> and offsets at <paramref name="offsets"/>, writing
    /// accumulators at <paramref name="pixAcc"/> — added to what is there when <paramref name="accumulate"/>
    /// (a later weight chunk), else replacing it.
    /// </summary>
    public void Emit(LocalBuilder pix, LocalBuilder weights, LocalBuilder pixAcc, LocalBuilder offsets, int steps, bool accumulate)
    {
        foreach (var l in _acc.Concat(_bytes).Concat(_ones).Concat(_twos).Concat(_fours).Concat(_top)) _simd.Zero(_il, l);
        _simd.Zero(_il, _zeroAcc);
        for (int i = 0; i < _pixels; i++) Offset(pix, (long)i * _s.PixelStrideBytes, _pix[i]);
        _il.Emit(OpCodes.Ldloc, weights);
        _il.Emit(OpCodes.Stloc, _wp);
        _il.Emit(OpCodes.Ldloc, offsets);
        _il.Emit(OpCodes.Stloc, _op);

        int groups = steps / G, every = FlushEvery;
        int chunks = groups / every, rest = groups % every;
        if (chunks > 0)
            Loop(_chunk, chunks, () =>
            {
                Loop(_group, every, Group);
                Flush();
            });
        if (rest > 0)
        {
            Loop(_group, rest, Group);
            Flush();
        }
        for (int u = 0; u < steps % G; u++) Step(u);
        for (int i = 0; i < _pixels; i++)
            for (int p = 0; p < _vectors; p++) Final(i, p, pixAcc, accumulate);
    }

    private void Loop(LocalBuilder counter, int count, Action body)
    {
        _il.Emit(OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Stloc, counter);
        var top = _il.DefineLabel();
        _il.MarkLabel(top);
        body();
        BconvKernelEmitter.EmitIncrementAndLoop(_il, counter, count, top);
    }

    /// <summary>
    /// Eight steps, pointers advanced after. The carry-save tree needs a pixel's eight activations
    /// at once (32 zmm registers hold them); the counting schemes go one step at a time so the
    /// tile's counters, the step's weights and activations and the popcount constants fit in AVX2's
    /// 16 ymm registers.
    /// </summary>
    private void Group()
    {
        if (_s.Scheme == AccumulationScheme.CarrySave)
            for (int i = 0; i < _pixels; i++)
            {
                for (int u = 0; u < G; u++)
                {
                    BroadcastActivation(i, u);
                    _il.Emit(OpCodes.Stloc, _a[u]);
                }
                for (int p = 0; p < _vectors; p++) CarrySaveGroup(i * _vectors + p, p);
            }
        else
            for (int u = 0; u < G; u++) Step(u);
        Advance(_wp, G * _s.StepWeightBytes);
        Advance(_op, G * 4);
    }

    /// <summary>Harley–Seal over 8 steps: ones/twos/fours bit planes, the ×8 carry counted into top.</summary>
    private void CarrySaveGroup(int k, int p)
    {
        Csa(_ones[k], _t2a, p, 0);
        Csa(_ones[k], _t2b, p, 2);
        Csa(_twos[k], _f4a, _t2a, _t2b);
        Csa(_ones[k], _t2a, p, 4);
        Csa(_ones[k], _t2b, p, 6);
        Csa(_twos[k], _f4b, _t2a, _t2b);
        Csa(_fours[k], _carry, _f4a, _f4b);
        _il.Emit(OpCodes.Ldloc, _top[k]);
        _il.Emit(OpCodes.Ldloc, _carry);
        _simd.PopCountBytes(_il, 1);
        _simd.AddBytes(_il);
        _il.Emit(OpCodes.Stloc, _top[k]);
    }

    /// <summary>Full adder of sum with the XOR words of steps u and u+1 (activations in _a).</summary>
    private void Csa(LocalBuilder sum, LocalBuilder carry, int p, int u)
    {
        _il.Emit(OpCodes.Ldloc, _a[u]);
        LoadWeights(p, u);
        _simd.Xor(_il);
        _il.Emit(OpCodes.Stloc, _x0);
        _il.Emit(OpCodes.Ldloc, _a[u + 1]);
        LoadWeights(p, u + 1);
        _simd.Xor(_il);
        _il.Emit(OpCodes.Stloc, _x1);
        Csa(sum, carry, _x0, _x1);
    }

    /// <summary>(sum, carry) = (sum ^ b ^ c, majority(sum, b, c)).</summary>
    private void Csa(LocalBuilder sum, LocalBuilder carry, LocalBuilder b, LocalBuilder c)
    {
        _simd.Majority(_il, sum, b, c);
        _il.Emit(OpCodes.Stloc, carry);
        _simd.Xor3(_il, sum, b, c);
        _il.Emit(OpCodes.Stloc, sum);
    }

    private void Flush()
    {
        for (int k = 0; k < _acc.Length; k++)
        {
            if (_s.Scheme is AccumulationScheme.ByteCounters or AccumulationScheme.NibblePlanes)
            {
                _il.Emit(OpCodes.Ldloc, _acc[k]);
                _il.Emit(OpCodes.Ldloc, _bytes[k]);
                _simd.WidenAdd(_il);
                _il.Emit(OpCodes.Stloc, _acc[k]);
                _simd.Zero(_il, _bytes[k]);
            }
            else if (_s.Scheme == AccumulationScheme.CarrySave)
            {
                _il.Emit(OpCodes.Ldloc, _acc[k]);
                _il.Emit(OpCodes.Ldloc, _zeroAcc);
                _il.Emit(OpCodes.Ldloc, _top[k]);
                _simd.WidenAdd(_il);
                _simd.ShiftLeftAccumulators(_il, 3);
                _simd.AddAccumulators(_il);
                _il.Emit(OpCodes.Stloc, _acc[k]);
                _simd.Zero(_il, _top[k]);
            }
        }
    }

    /// <summary>
    /// One counted step (every step of the counting schemes, the leftover steps of carry-save):
    /// each pixel's activation at op + 4u, each weight vector loaded once and used for every pixel.
    /// </summary>
    private void Step(int u)
    {
        if (_s.Scheme == AccumulationScheme.NibblePlanes) { NibbleStep(u); return; }
        for (int i = 0; i < _pixels; i++)
        {
            BroadcastActivation(i, u);
            _il.Emit(OpCodes.Stloc, _a[i]);
        }
        for (int p = 0; p < _vectors; p++)
        {
            LoadWeights(p, u);
            _il.Emit(OpCodes.Stloc, _w.Length > 0 ? _w[p] : _x1);
            var w = _w.Length > 0 ? _w[p] : _x1;
            for (int i = 0; i < _pixels; i++)
            {
                int k = i * _vectors + p;
                if (_s.Scheme == AccumulationScheme.Direct)
                {
                    _il.Emit(OpCodes.Ldloc, _acc[k]);
                    XorOf(_a[i], w);
                    ((ScalarSimdEmitter)_simd).PopCountWord(_il);
                    _il.Emit(OpCodes.Add);
                    _il.Emit(OpCodes.Stloc, _acc[k]);
                }
                else
                {
                    _il.Emit(OpCodes.Ldloc, _bytes[k]);
                    XorOf(_a[i], w);
                    _simd.PopCountBytes(_il, 1);
                    _simd.AddBytes(_il);
                    _il.Emit(OpCodes.Stloc, _bytes[k]);
                }
            }
        }
    }

    /// <summary>
    /// One step of <see cref="AccumulationScheme.NibblePlanes"/>: each pixel's two activation planes
    /// broadcast (the input holds every word as its low and high nibble planes), then per vector and
    /// plane one weight load shared by the pixels and per pixel xor + table lookup + byte add (the
    /// planes' nibbles index the table unmasked).
    /// </summary>
    private void NibbleStep(int u)
    {
        for (int i = 0; i < _pixels; i++)
        {
            BroadcastActivation(i, u);
            _il.Emit(OpCodes.Stloc, _a[i]);
            BroadcastActivation(i, u, 4);
            _il.Emit(OpCodes.Stloc, _aHigh[i]);
        }
        for (int p = 0; p < _vectors; p++)
            for (int plane = 0; plane < 2; plane++)
            {
                LoadWeights(p, u, plane);
                _il.Emit(OpCodes.Stloc, _w[p]);
                for (int i = 0; i < _pixels; i++)
                {
                    int k = i * _vectors + p;
                    _il.Emit(OpCodes.Ldloc, _bytes[k]);
                    XorOf(plane == 0 ? _a[i] : _aHigh[i], _w[p]);
                    _simd.NibblePopCount(_il);
                    _simd.AddBytes(_il);
                    _il.Emit(OpCodes.Stloc, _bytes[k]);
                }
            }
    }

    private void XorOf(LocalBuilder a, LocalBuilder w)
    {
        _il.Emit(OpCodes.Ldloc, a);
        _il.Emit(OpCodes.Ldloc, w);
        _simd.Xor(_il);
    }

    private void Final(int i, int p, LocalBuilder pixAcc, bool accumulate)
    {
        int k = i * _vectors + p;
        if (_s.Scheme == AccumulationScheme.CarrySave)
        {
            // bytes (leftover steps) + ones + 2·twos + 4·fours, then widened into the accumulator
            _il.Emit(OpCodes.Ldloc, _bytes[k]);
            PopScaled(_ones[k], 1);
            PopScaled(_twos[k], 2);
            PopScaled(_fours[k], 4);
            _il.Emit(OpCodes.Stloc, _bytes[k]);
        }
        if (_s.Scheme != AccumulationScheme.Direct)
        {
            _il.Emit(OpCodes.Ldloc, _acc[k]);
            _il.Emit(OpCodes.Ldloc, _bytes[k]);
            _simd.WidenAdd(_il);
            _il.Emit(OpCodes.Stloc, _acc[k]);
        }
        _il.Emit(OpCodes.Ldloc, pixAcc);
        long offset = (long)i * _s.PaddedChannels * 4 + p * _s.Lanes * 4;
        if (offset != 0)
        {
            _il.Emit(OpCodes.Ldc_I8, offset);
            _il.Emit(OpCodes.Conv_I);
            _il.Emit(OpCodes.Add);
        }
        _il.Emit(OpCodes.Stloc, _address);
        if (accumulate)
        {
            _il.Emit(OpCodes.Ldloc, _acc[k]);
            _il.Emit(OpCodes.Ldloc, _address);
            _simd.LoadAccumulators(_il);
            _simd.AddAccumulators(_il);
            _il.Emit(OpCodes.Stloc, _acc[k]);
        }
        _il.Emit(OpCodes.Ldloc, _address);
        _il.Emit(OpCodes.Ldloc, _acc[k]);
        _simd.StoreAccumulators(_il);
    }

    /// <summary>[bytes] → bytes + scale·popcount(plane).</summary>
    private void PopScaled(LocalBuilder plane, int scale)
    {
        _il.Emit(OpCodes.Ldloc, plane);
        _simd.PopCountBytes(_il, scale);
        _simd.AddBytes(_il);
    }

    /// <summary>Pushes the weights of step u of this group, vector p (of weight plane <paramref name="plane"/>).</summary>
    private void LoadWeights(int p, int u, int plane = 0)
    {
        _il.Emit(OpCodes.Ldloc, _wp);
        int offset = u * _s.StepWeightBytes + (plane * _s.BlockChannels + p * _s.Lanes) * 4;
        if (offset != 0)
        {
            _il.Emit(OpCodes.Ldc_I4, offset);
            _il.Emit(OpCodes.Conv_I);
            _il.Emit(OpCodes.Add);
        }
        _simd.Load(_il);
    }

    /// <summary>Pushes the broadcast of pixel i's input word at pix_i + offsets[u] + extra (op points at the group's first offset).</summary>
    private void BroadcastActivation(int i, int u, int extra = 0)
    {
        _il.Emit(OpCodes.Ldloc, _pix[i]);
        _il.Emit(OpCodes.Ldloc, _op);
        if (u > 0)
        {
            _il.Emit(OpCodes.Ldc_I4, u * 4);
            _il.Emit(OpCodes.Conv_I);
            _il.Emit(OpCodes.Add);
        }
        _il.Emit(OpCodes.Ldind_I4);
        _il.Emit(OpCodes.Conv_I);
        _il.Emit(OpCodes.Add);
        if (extra != 0)
        {
            _il.Emit(OpCodes.Ldc_I4, extra);
            _il.Emit(OpCodes.Conv_I);
            _il.Emit(OpCodes.Add);
        }
        _simd.Broadcast(_il);
    }

    private void Offset(LocalBuilder pointer, long bytes, LocalBuilder dest)
    {
        _il.Emit(OpCodes.Ldloc, pointer);
        if (bytes != 0)
        {
            _il.Emit(OpCodes.Ldc_I8, bytes);
            _il.Emit(OpCodes.Conv_I);
            _il.Emit(OpCodes.Add);
        }
        _il.Emit(OpCodes.Stloc, dest);
    }

    private void Advance(LocalBuilder pointer, int bytes)
    {
        _il.Emit(OpCodes.Ldloc, pointer);
        _il.Emit(OpCodes.Ldc_I4, bytes);
        _il.Emit(OpCodes.Conv_I);
        _il.Emit(OpCodes.Add);
        _il.Emit(OpCodes.Stloc, pointer);
    }
}

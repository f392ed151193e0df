using System.Reflection.Emit;

namespace Lce.CodeGen.Jit;

/// <summary>
/// Emits one pixel × VectorsPerTile accumulator tile over all word steps with the shape's
/// <see cref="AccumulationScheme"/>. Byte counters stay below 256: ByteCounters widens every 3
/// groups (≤ 24 steps × 8); CarrySave adds at most 8 per group to its carry counter and widens it
/// every 31 groups, and its final byte sum is ones + 2·twos + 4·fours + ≤ 7 tail steps ≤ 112.
/// </summary>
internal sealed class TileAccumulator
{
    private const int G = BconvKernelEmitter.StepsPerGroup;
    private readonly ILGenerator _il;
    private readonly SimdEmitter _simd;
    private readonly BconvKernelShape _s;
    private readonly LocalBuilder[] _acc, _a, _bytes, _ones, _twos, _fours, _top;
    private readonly LocalBuilder _x0, _x1, _t2a, _t2b, _f4a, _f4b, _carry, _zeroAcc, _wp, _op, _chunk, _group;

    public TileAccumulator(ILGenerator il, SimdEmitter simd, BconvKernelShape shape)
    {
        (_il, _simd, _s) = (il, simd, shape);
        int p = shape.VectorsPerTile;
        LocalBuilder[] Vectors(int n) => [.. Enumerable.Range(0, n).Select(_ => il.DeclareLocal(simd.Vector))];
        LocalBuilder Vector() => il.DeclareLocal(simd.Vector);
        _acc = [.. Enumerable.Range(0, p).Select(_ => il.DeclareLocal(simd.Accumulator))];
        _a = Vectors(G);
        bool csa = shape.Scheme == AccumulationScheme.CarrySave;
        _bytes = shape.Scheme == AccumulationScheme.Direct ? [] : Vectors(p);
        (_ones, _twos, _fours, _top) = csa ? (Vectors(p), Vectors(p), Vectors(p), Vectors(p)) : ([], [], [], []);
        (_x0, _x1, _t2a, _t2b, _f4a, _f4b, _carry) = (Vector(), Vector(), Vector(), Vector(), Vector(), Vector(), Vector());
        _zeroAcc = il.DeclareLocal(simd.Accumulator);
        _wp = il.DeclareLocal(typeof(nint));
        _op = il.DeclareLocal(typeof(nint));
        _chunk = il.DeclareLocal(typeof(int));
        _group = il.DeclareLocal(typeof(int));
    }

    private int FlushEvery => _s.Scheme switch
    {
        AccumulationScheme.CarrySave => 31,
        AccumulationScheme.ByteCounters => 3,
        _ => int.MaxValue,
    };

    public void Emit(LocalBuilder pix, LocalBuilder blockWeights, LocalBuilder pixAcc)
    {
        foreach (var l in _acc.Concat(_bytes).Concat(_ones).Concat(_twos).Concat(_fours).Concat(_top)) _simd.Zero(_il, l);
        _simd.Zero(_il, _zeroAcc);
        _il.Emit(OpCodes.Ldloc, blockWeights);
        _il.Emit(OpCodes.Stloc, _wp);
        _il.Emit(OpCodes.Ldarg_2);
        _il.Emit(OpCodes.Stloc, _op);

        int groups = _s.Steps / G, every = FlushEvery;
        int chunks = groups / every, rest = groups % every;
        if (chunks > 0)
            Loop(_chunk, chunks, () =>
            {
                Loop(_group, every, () => Group(pix));
                Flush();
            });
        if (rest > 0)
        {
            Loop(_group, rest, () => Group(pix));
            Flush();
        }
        for (int u = 0; u < _s.Steps % G; u++) Step(pix, u);
        for (int p = 0; p < _s.VectorsPerTile; p++) Final(p, pixAcc);
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
    /// Eight steps, pointers advanced after. The carry-save tree needs all eight activations at
    /// once (broadcast up front, 32 zmm registers hold them); the counting schemes broadcast one
    /// step at a time so that the tile's counters, the step's activation and the popcount constants
    /// fit in AVX2's 16 ymm registers.
    /// </summary>
    private void Group(LocalBuilder pix)
    {
        if (_s.Scheme == AccumulationScheme.CarrySave)
        {
            for (int u = 0; u < G; u++)
            {
                BroadcastActivation(pix, u);
                _il.Emit(OpCodes.Stloc, _a[u]);
            }
            for (int p = 0; p < _s.VectorsPerTile; p++) CarrySaveGroup(p);
        }
        else
            for (int u = 0; u < G; u++) Step(pix, u);
        Advance(_wp, G * _s.BlockChannels * 4);
        Advance(_op, G * 4);
    }

    /// <summary>Harley–Seal over 8 steps: ones/twos/fours bit planes, the ×8 carry counted into top.</summary>
    private void CarrySaveGroup(int p)
    {
        Csa(_ones[p], _t2a, p, 0);
        Csa(_ones[p], _t2b, p, 2);
        Csa(_twos[p], _f4a, _t2a, _t2b);
        Csa(_ones[p], _t2a, p, 4);
        Csa(_ones[p], _t2b, p, 6);
        Csa(_twos[p], _f4b, _t2a, _t2b);
        Csa(_fours[p], _carry, _f4a, _f4b);
        _il.Emit(OpCodes.Ldloc, _top[p]);
        _il.Emit(OpCodes.Ldloc, _carry);
        _simd.PopCountBytes(_il, 1);
        _simd.AddBytes(_il);
        _il.Emit(OpCodes.Stloc, _top[p]);
    }

    /// <summary>Full adder of sum with the XOR words of steps u and u+1.</summary>
    private void Csa(LocalBuilder sum, LocalBuilder carry, int p, int u)
    {
        Xor(() => _il.Emit(OpCodes.Ldloc, _a[u]), p, u);
        _il.Emit(OpCodes.Stloc, _x0);
        Xor(() => _il.Emit(OpCodes.Ldloc, _a[u + 1]), p, u + 1);
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
        for (int p = 0; p < _s.VectorsPerTile; p++)
        {
            if (_s.Scheme == AccumulationScheme.ByteCounters)
            {
                _il.Emit(OpCodes.Ldloc, _acc[p]);
                _il.Emit(OpCodes.Ldloc, _bytes[p]);
                _simd.WidenAdd(_il);
                _il.Emit(OpCodes.Stloc, _acc[p]);
                _simd.Zero(_il, _bytes[p]);
            }
            else if (_s.Scheme == AccumulationScheme.CarrySave)
            {
                _il.Emit(OpCodes.Ldloc, _acc[p]);
                _il.Emit(OpCodes.Ldloc, _zeroAcc);
                _il.Emit(OpCodes.Ldloc, _top[p]);
                _simd.WidenAdd(_il);
                _simd.ShiftLeftAccumulators(_il, 3);
                _simd.AddAccumulators(_il);
                _il.Emit(OpCodes.Stloc, _acc[p]);
                _simd.Zero(_il, _top[p]);
            }
        }
    }

    /// <summary>One step of the counting schemes (and a leftover step of every scheme): read at op + 4u, weights at wp + u·block.</summary>
    private void Step(LocalBuilder pix, int u)
    {
        var a = _a[0];
        BroadcastActivation(pix, u);
        _il.Emit(OpCodes.Stloc, a);
        for (int p = 0; p < _s.VectorsPerTile; p++)
        {
            if (_s.Scheme == AccumulationScheme.Direct) DirectStep(p, () => _il.Emit(OpCodes.Ldloc, a), u);
            else ByteStep(p, () => _il.Emit(OpCodes.Ldloc, a), u);
        }
    }

    private void Final(int p, LocalBuilder pixAcc)
    {
        if (_s.Scheme == AccumulationScheme.CarrySave)
        {
            // bytes (tail steps) + ones + 2·twos + 4·fours, then widened into the accumulator
            _il.Emit(OpCodes.Ldloc, _bytes[p]);
            PopScaled(_ones[p], 1);
            PopScaled(_twos[p], 2);
            PopScaled(_fours[p], 4);
            _il.Emit(OpCodes.Stloc, _bytes[p]);
        }
        if (_s.Scheme != AccumulationScheme.Direct)
        {
            _il.Emit(OpCodes.Ldloc, _acc[p]);
            _il.Emit(OpCodes.Ldloc, _bytes[p]);
            _simd.WidenAdd(_il);
            _il.Emit(OpCodes.Stloc, _acc[p]);
        }
        _il.Emit(OpCodes.Ldloc, pixAcc);
        if (p > 0)
        {
            _il.Emit(OpCodes.Ldc_I4, p * _s.Lanes * 4);
            _il.Emit(OpCodes.Conv_I);
            _il.Emit(OpCodes.Add);
        }
        _il.Emit(OpCodes.Ldloc, _acc[p]);
        _simd.StoreAccumulators(_il);
    }

    /// <summary>[bytes] → bytes + scale·popcount(plane).</summary>
    private void PopScaled(LocalBuilder plane, int scale)
    {
        _il.Emit(OpCodes.Ldloc, plane);
        _simd.PopCountBytes(_il, scale);
        _simd.AddBytes(_il);
    }

    private void DirectStep(int p, Action activation, int u)
    {
        _il.Emit(OpCodes.Ldloc, _acc[p]);
        Xor(activation, p, u);
        ((ScalarSimdEmitter)_simd).PopCountWord(_il);
        _il.Emit(OpCodes.Add);
        _il.Emit(OpCodes.Stloc, _acc[p]);
    }

    private void ByteStep(int p, Action activation, int u)
    {
        _il.Emit(OpCodes.Ldloc, _bytes[p]);
        Xor(activation, p, u);
        _simd.PopCountBytes(_il, 1);
        _simd.AddBytes(_il);
        _il.Emit(OpCodes.Stloc, _bytes[p]);
    }

    /// <summary>Pushes activation ^ weights[step u of this group, vector p].</summary>
    private void Xor(Action activation, int p, int u)
    {
        activation();
        _il.Emit(OpCodes.Ldloc, _wp);
        int offset = (u * _s.BlockChannels + p * _s.Lanes) * 4;
        if (offset != 0)
        {
            _il.Emit(OpCodes.Ldc_I4, offset);
            _il.Emit(OpCodes.Conv_I);
            _il.Emit(OpCodes.Add);
        }
        _simd.Load(_il);
        _simd.Xor(_il);
    }

    /// <summary>Pushes the broadcast of the input word at pix + offsets[u] (op points at the group's first offset).</summary>
    private void BroadcastActivation(LocalBuilder pix, int u)
    {
        _il.Emit(OpCodes.Ldloc, pix);
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
        _simd.Broadcast(_il);
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

using System.Reflection.Emit;
using System.Runtime.Intrinsics;

namespace Lce.CodeGen.Jit;

/// <summary>
/// AVX2 (ymm) and AVX-512BW (zmm) primitives: nibble-table popcount with vpshufb, widening of byte
/// counts to 32-bit lanes with vpmaddubsw + vpmaddwd against ones, and on AVX-512 the carry-save
/// adder's xor3/majority as single vpternlog instructions.
/// </summary>
internal sealed class X86SimdEmitter : SimdEmitter
{
    private readonly int _bytes;
    private readonly bool _ternary;
    private readonly Type _vectorClass;
    private LocalBuilder? _low4, _ones8, _ones16, _popTemp;
    private readonly LocalBuilder?[] _luts = new LocalBuilder?[5];

    public X86SimdEmitter(IntrinsicTable table, int bytes, bool ternaryLogic) : base(table)
    {
        _bytes = bytes;
        _ternary = ternaryLogic;
        _vectorClass = bytes == 64 ? typeof(Vector512) : typeof(Vector256);
        Vector = bytes == 64 ? typeof(Vector512<byte>) : typeof(Vector256<byte>);
        Accumulator = bytes == 64 ? typeof(Vector512<int>) : typeof(Vector256<int>);
    }

    public override Type Vector { get; }

    public override Type Accumulator { get; }

    public override int Lanes => _bytes / 4;

    public override AccumulationScheme DefaultScheme => _ternary ? AccumulationScheme.CarrySave : AccumulationScheme.NibblePlanes;

    /// <summary>Constant vectors, 64 bytes each: popcount tables ×1, ×2, ×4, the 0x0f mask, bytes 1, shorts 1.</summary>
    private static readonly Lazy<PinnedBuffer> Constants = new(() =>
    {
        var b = new PinnedBuffer(6 * 16);
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(b.Span);
        for (int i = 0; i < 64; i++)
        {
            int nibblePop = System.Numerics.BitOperations.PopCount((uint)(i & 15));
            bytes[i] = (byte)nibblePop;
            bytes[64 + i] = (byte)(2 * nibblePop);
            bytes[128 + i] = (byte)(4 * nibblePop);
            bytes[192 + i] = 0x0f;
            bytes[256 + i] = 1;
            bytes[320 + i] = (byte)(i % 2 == 0 ? 1 : 0);
        }
        return b;
    });

    public override void EmitPrologue(ILGenerator il)
    {
        nint pool = Constants.Value.Address;
        LocalBuilder Const(int index, Type? asType = null, string? asMethod = null)
        {
            Address(il, pool + index * 64);
            Load(il);
            if (asType is not null) il.Emit(OpCodes.Call, IntrinsicTable.Generic(_vectorClass, asMethod!, 1, typeof(byte)));
            var local = il.DeclareLocal(asType ?? Vector);
            il.Emit(OpCodes.Stloc, local);
            return local;
        }
        _luts[1] = Const(0);
        _luts[2] = Const(1);
        _luts[4] = Const(2);
        _low4 = Const(3);
        _ones8 = Const(4, bytes(typeof(sbyte)), "AsSByte");
        _ones16 = Const(5, bytes(typeof(short)), "AsInt16");
        _popTemp = il.DeclareLocal(Vector);
        Type bytes(Type element) => (_bytes == 64 ? typeof(Vector512<>) : typeof(Vector256<>)).MakeGenericType(element);
    }

    public override void PopCountBytes(ILGenerator il, int scale)
    {
        var lut = _luts[scale] ?? throw new ArgumentOutOfRangeException(nameof(scale));
        il.Emit(OpCodes.Stloc, _popTemp!);
        // table[x & 15] + table[(x >> 4) & 15] per byte (the 32-bit shift leaks bits across bytes; the mask drops them)
        il.Emit(OpCodes.Ldloc, lut);
        il.Emit(OpCodes.Ldloc, _popTemp!);
        il.Emit(OpCodes.Ldloc, _low4!);
        And(il);
        Call(il, SimdOp.Shuffle);
        il.Emit(OpCodes.Ldloc, lut);
        il.Emit(OpCodes.Ldloc, _popTemp!);
        Call(il, SimdOp.AsUInt32);
        il.Emit(OpCodes.Ldc_I4_4);
        Call(il, SimdOp.ShiftRightUInt32);
        Call(il, SimdOp.AsBytes);
        il.Emit(OpCodes.Ldloc, _low4!);
        And(il);
        Call(il, SimdOp.Shuffle);
        AddBytes(il);
    }

    public override bool HasNibbleTable => true;

    public override bool CanLoadAccumulators => true;

    public override void LoadAccumulators(ILGenerator il)
    {
        Load(il);
        il.Emit(OpCodes.Call, IntrinsicTable.Generic(_vectorClass, "AsInt32", 1, typeof(byte)));
    }

    public override void NibblePopCount(ILGenerator il)
    {
        il.Emit(OpCodes.Stloc, _popTemp!);
        il.Emit(OpCodes.Ldloc, _luts[1]!);
        il.Emit(OpCodes.Ldloc, _popTemp!);
        Call(il, SimdOp.Shuffle);
    }

    public override void WidenAdd(ILGenerator il)
    {
        il.Emit(OpCodes.Ldloc, _ones8!);
        Call(il, SimdOp.MultiplyAddBytes);
        il.Emit(OpCodes.Ldloc, _ones16!);
        Call(il, SimdOp.MultiplyAddShorts);
        AddAccumulators(il);
    }

    public override void Xor3(ILGenerator il, LocalBuilder a, LocalBuilder b, LocalBuilder c)
    {
        if (!_ternary) { base.Xor3(il, a, b, c); return; }
        Ternary(il, a, b, c, 0x96);
    }

    public override void Majority(ILGenerator il, LocalBuilder a, LocalBuilder b, LocalBuilder c)
    {
        if (!_ternary) { base.Majority(il, a, b, c); return; }
        Ternary(il, a, b, c, 0xE8);
    }

    private void Ternary(ILGenerator il, LocalBuilder a, LocalBuilder b, LocalBuilder c, int control)
    {
        il.Emit(OpCodes.Ldloc, a);
        il.Emit(OpCodes.Ldloc, b);
        il.Emit(OpCodes.Ldloc, c);
        il.Emit(OpCodes.Ldc_I4, control);
        Call(il, SimdOp.TernaryLogic);
    }
}

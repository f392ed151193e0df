using System.Numerics;
using System.Reflection;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Lce.CodeGen.Jit;

/// <summary>The intrinsic tables of the x86 back ends (AVX-512 F+BW on zmm, AVX2 on ymm) and the scalar one.</summary>
public static class X86Tables
{
    public static IntrinsicTable ForAvx512BW()
    {
        Type vb = typeof(Vector512<byte>), vu = typeof(Vector512<uint>), vi = typeof(Vector512<int>);
        var m = new Dictionary<SimdOp, MethodInfo>
        {
            [SimdOp.Load] = IntrinsicTable.Method(typeof(Avx512F), nameof(Avx512F.LoadVector512), typeof(byte*)),
            [SimdOp.Broadcast] = IntrinsicTable.Method(typeof(Vector512), nameof(Vector512.Create), typeof(uint)),
            [SimdOp.AsBytes] = IntrinsicTable.Generic(typeof(Vector512), nameof(Vector512.AsByte), 1, typeof(uint)),
            [SimdOp.AsUInt32] = IntrinsicTable.Generic(typeof(Vector512), nameof(Vector512.AsUInt32), 1, typeof(byte)),
            [SimdOp.Xor] = IntrinsicTable.Method(typeof(Avx512F), nameof(Avx512F.Xor), vb, vb),
            [SimdOp.And] = IntrinsicTable.Method(typeof(Avx512F), nameof(Avx512F.And), vb, vb),
            [SimdOp.Or] = IntrinsicTable.Method(typeof(Avx512F), nameof(Avx512F.Or), vb, vb),
            [SimdOp.AddBytes] = IntrinsicTable.Method(typeof(Avx512BW), nameof(Avx512BW.Add), vb, vb),
            [SimdOp.Shuffle] = IntrinsicTable.Method(typeof(Avx512BW), nameof(Avx512BW.Shuffle), vb, vb),
            [SimdOp.ShiftRightUInt32] = IntrinsicTable.Method(typeof(Avx512F), nameof(Avx512F.ShiftRightLogical), vu, typeof(byte)),
            [SimdOp.TernaryLogic] = IntrinsicTable.Method(typeof(Avx512F), nameof(Avx512F.TernaryLogic), vb, vb, vb, typeof(byte)),
            [SimdOp.MultiplyAddBytes] = IntrinsicTable.Method(typeof(Avx512BW), nameof(Avx512BW.MultiplyAddAdjacent), vb, typeof(Vector512<sbyte>)),
            [SimdOp.MultiplyAddShorts] = IntrinsicTable.Method(typeof(Avx512BW), nameof(Avx512BW.MultiplyAddAdjacent), typeof(Vector512<short>), typeof(Vector512<short>)),
            [SimdOp.AddAccumulators] = IntrinsicTable.Method(typeof(Avx512F), nameof(Avx512F.Add), vi, vi),
            [SimdOp.ShiftLeftAccumulators] = IntrinsicTable.Method(typeof(Avx512F), nameof(Avx512F.ShiftLeftLogical), vi, typeof(byte)),
            [SimdOp.StoreAccumulators] = IntrinsicTable.Method(typeof(Avx512F), nameof(Avx512F.Store), typeof(int*), vi),
        };
        return new IntrinsicTable("avx512bw", m);
    }

    public static IntrinsicTable ForAvx2()
    {
        Type vb = typeof(Vector256<byte>), vu = typeof(Vector256<uint>), vi = typeof(Vector256<int>);
        var m = new Dictionary<SimdOp, MethodInfo>
        {
            [SimdOp.Load] = IntrinsicTable.Method(typeof(Avx), nameof(Avx.LoadVector256), typeof(byte*)),
            [SimdOp.Broadcast] = IntrinsicTable.Method(typeof(Vector256), nameof(Vector256.Create), typeof(uint)),
            [SimdOp.AsBytes] = IntrinsicTable.Generic(typeof(Vector256), nameof(Vector256.AsByte), 1, typeof(uint)),
            [SimdOp.AsUInt32] = IntrinsicTable.Generic(typeof(Vector256), nameof(Vector256.AsUInt32), 1, typeof(byte)),
            [SimdOp.Xor] = IntrinsicTable.Method(typeof(Avx2), nameof(Avx2.Xor), vb, vb),
            [SimdOp.And] = IntrinsicTable.Method(typeof(Avx2), nameof(Avx2.And), vb, vb),
            [SimdOp.Or] = IntrinsicTable.Method(typeof(Avx2), nameof(Avx2.Or), vb, vb),
            [SimdOp.AddBytes] = IntrinsicTable.Method(typeof(Avx2), nameof(Avx2.Add), vb, vb),
            [SimdOp.Shuffle] = IntrinsicTable.Method(typeof(Avx2), nameof(Avx2.Shuffle), vb, vb),
            [SimdOp.ShiftRightUInt32] = IntrinsicTable.Method(typeof(Avx2), nameof(Avx2.ShiftRightLogical), vu, typeof(byte)),
            [SimdOp.MultiplyAddBytes] = IntrinsicTable.Method(typeof(Avx2), nameof(Avx2.MultiplyAddAdjacent), vb, typeof(Vector256<sbyte>)),
            [SimdOp.MultiplyAddShorts] = IntrinsicTable.Method(typeof(Avx2), nameof(Avx2.MultiplyAddAdjacent), typeof(Vector256<short>), typeof(Vector256<short>)),
            [SimdOp.AddAccumulators] = IntrinsicTable.Method(typeof(Avx2), nameof(Avx2.Add), vi, vi),
            [SimdOp.ShiftLeftAccumulators] = IntrinsicTable.Method(typeof(Avx2), nameof(Avx2.ShiftLeftLogical), vi, typeof(byte)),
            [SimdOp.StoreAccumulators] = IntrinsicTable.Method(typeof(Avx), nameof(Avx.Store), typeof(int*), vi),
        };
        return new IntrinsicTable("avx2", m);
    }

    /// <summary>The scalar back end needs only a population count (popcnt where the CPU has it).</summary>
    public static IntrinsicTable ForScalar() => new("scalar", new Dictionary<SimdOp, MethodInfo>
    {
        [SimdOp.PopCount] = IntrinsicTable.Method(typeof(BitOperations), nameof(BitOperations.PopCount), typeof(uint)),
    });
}

using System.Reflection;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;

namespace Lce.CodeGen.Jit;

/// <summary>
/// The NEON back end's table: AdvSimd intrinsics on Arm64, or <see cref="NeonEmulation"/>'s
/// software versions (same names and signatures) so the emitted code runs on x86 in tests.
/// </summary>
public static class NeonTables
{
    /// <summary>The (op, method name, parameter types) the NEON emitter uses; both tables are built from it.</summary>
    private static readonly (SimdOp Op, string Name, Type[] Parameters)[] Entries =
    [
        (SimdOp.Load, nameof(AdvSimd.LoadVector128), [typeof(byte*)]),
        (SimdOp.Broadcast, nameof(AdvSimd.DuplicateToVector128), [typeof(uint)]),
        (SimdOp.Xor, nameof(AdvSimd.Xor), [typeof(Vector128<byte>), typeof(Vector128<byte>)]),
        (SimdOp.And, nameof(AdvSimd.And), [typeof(Vector128<byte>), typeof(Vector128<byte>)]),
        (SimdOp.Or, nameof(AdvSimd.Or), [typeof(Vector128<byte>), typeof(Vector128<byte>)]),
        (SimdOp.AddBytes, nameof(AdvSimd.Add), [typeof(Vector128<byte>), typeof(Vector128<byte>)]),
        (SimdOp.PopCountBytes, nameof(AdvSimd.PopCount), [typeof(Vector128<byte>)]),
        (SimdOp.AddPairwiseWideningBytes, nameof(AdvSimd.AddPairwiseWidening), [typeof(Vector128<byte>)]),
        (SimdOp.AddPairwiseWideningAndAddShorts, nameof(AdvSimd.AddPairwiseWideningAndAdd), [typeof(Vector128<uint>), typeof(Vector128<ushort>)]),
        (SimdOp.AddAccumulators, nameof(AdvSimd.Add), [typeof(Vector128<uint>), typeof(Vector128<uint>)]),
        (SimdOp.ShiftLeftAccumulators, nameof(AdvSimd.ShiftLeftLogical), [typeof(Vector128<uint>), typeof(byte)]),
        (SimdOp.StoreAccumulators, nameof(AdvSimd.Store), [typeof(uint*), typeof(Vector128<uint>)]),
    ];

    /// <summary>The op → parameter-type list of every entry (what the emulations must match).</summary>
    public static IEnumerable<(SimdOp Op, string Name, Type[] Parameters)> Signatures => Entries;

    /// <summary>The hardware table (callable only where <see cref="AdvSimd.IsSupported"/>).</summary>
    public static IntrinsicTable Hardware() => Build("neon", typeof(AdvSimd));

    /// <summary>The same table over <see cref="NeonEmulation"/>.</summary>
    public static IntrinsicTable Emulated() => Build("neon (emulated)", typeof(NeonEmulation));

    private static IntrinsicTable Build(string name, Type owner)
    {
        var m = new Dictionary<SimdOp, MethodInfo>();
        foreach (var (op, method, parameters) in Entries) m[op] = IntrinsicTable.Method(owner, method, parameters);
        // Reinterpretations are not instructions: the portable Vector128 helpers serve both tables.
        m[SimdOp.AsBytes] = IntrinsicTable.Generic(typeof(Vector128), nameof(Vector128.AsByte), 1, typeof(uint));
        m[SimdOp.AsUInt32] = IntrinsicTable.Generic(typeof(Vector128), nameof(Vector128.AsUInt32), 1, typeof(byte));
        return new IntrinsicTable(name, m);
    }
}

using System.Reflection.Emit;
using System.Runtime.Intrinsics;

namespace Lce.CodeGen.Jit;

/// <summary>
/// Arm NEON primitives (q registers, 4 output channels per vector): eor, cnt per byte, byte
/// counters added with add, widened by the pairwise-add tree uaddlp (u8→u16) + uadalp (u16 pairs
/// accumulated into u32). Every call goes through the table, so tests run it over emulations.
/// </summary>
internal sealed class NeonSimdEmitter(IntrinsicTable table) : SimdEmitter(table)
{
    private LocalBuilder? _temp;

    public override Type Vector => typeof(Vector128<byte>);

    public override Type Accumulator => typeof(Vector128<uint>);

    public override int Lanes => 4;

    public override AccumulationScheme DefaultScheme => AccumulationScheme.ByteCounters;

    public override void EmitPrologue(ILGenerator il) => _temp = il.DeclareLocal(Vector);

    public override void PopCountBytes(ILGenerator il, int scale)
    {
        Call(il, SimdOp.PopCountBytes);
        for (int s = 1; s < scale; s *= 2)
        {
            il.Emit(OpCodes.Stloc, _temp!);
            il.Emit(OpCodes.Ldloc, _temp!);
            il.Emit(OpCodes.Ldloc, _temp!);
            AddBytes(il);
        }
    }

    public override void WidenAdd(ILGenerator il)
    {
        Call(il, SimdOp.AddPairwiseWideningBytes);
        Call(il, SimdOp.AddPairwiseWideningAndAddShorts);
    }
}

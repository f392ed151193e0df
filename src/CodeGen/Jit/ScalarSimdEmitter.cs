using System.Reflection.Emit;

namespace Lce.CodeGen.Jit;

/// <summary>
/// The scalar back end: one 32-bit word per "vector", xor and a popcount call
/// (BitOperations.PopCount, popcnt where available) added straight into int accumulators.
/// </summary>
internal sealed class ScalarSimdEmitter(IntrinsicTable table) : SimdEmitter(table)
{
    public override Type Vector => typeof(uint);

    public override Type Accumulator => typeof(int);

    public override int Lanes => 1;

    public override AccumulationScheme DefaultScheme => AccumulationScheme.Direct;

    public override void Load(ILGenerator il) => il.Emit(OpCodes.Ldind_U4);

    public override void Broadcast(ILGenerator il) => il.Emit(OpCodes.Ldind_U4);

    public override void Xor(ILGenerator il) => il.Emit(OpCodes.Xor);

    public override void And(ILGenerator il) => il.Emit(OpCodes.And);

    public override void Or(ILGenerator il) => il.Emit(OpCodes.Or);

    public override void AddBytes(ILGenerator il) => throw new NotSupportedException("the scalar back end counts words directly");

    public override void PopCountBytes(ILGenerator il, int scale) => throw new NotSupportedException("the scalar back end counts words directly");

    public override void WidenAdd(ILGenerator il) => throw new NotSupportedException("the scalar back end counts words directly");

    /// <summary>[x] → popcount(x) as an int.</summary>
    public void PopCountWord(ILGenerator il) => Call(il, SimdOp.PopCount);

    public override void AddAccumulators(ILGenerator il) => il.Emit(OpCodes.Add);

    public override void ShiftLeftAccumulators(ILGenerator il, int count)
    {
        il.Emit(OpCodes.Ldc_I4, count);
        il.Emit(OpCodes.Shl);
    }

    public override void StoreAccumulators(ILGenerator il) => il.Emit(OpCodes.Stind_I4);

    public override void Zero(ILGenerator il, LocalBuilder local)
    {
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Stloc, local);
    }
}

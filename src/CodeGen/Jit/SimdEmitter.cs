using System.Reflection.Emit;

namespace Lce.CodeGen.Jit;

/// <summary>How a back end turns XOR words into per-lane popcount sums.</summary>
public enum AccumulationScheme
{
    /// <summary>One popcount instruction per 32-bit word (scalar back end).</summary>
    Direct,
    /// <summary>Per-byte popcounts summed in byte counters, widened to 32-bit lanes every 24 steps.</summary>
    ByteCounters,
    /// <summary>Harley–Seal carry-save adder tree over 8 steps, one byte popcount of its carry per 8 steps.</summary>
    CarrySave,
    /// <summary>
    /// Weights and the bordered input stored as two nibble planes (w &amp; 0x0f.., (w &gt;&gt; 4) &amp; 0x0f..):
    /// per vector and step two XORs, two nibble-table lookups and two byte adds (no shift or mask);
    /// byte counters widened every 24 steps. x86 only.
    /// </summary>
    NibblePlanes,
}

/// <summary>
/// The back-end side of the kernel emitter: IL for one vector primitive at a time, operands on
/// the evaluation stack, every instruction a call through the back end's <see cref="IntrinsicTable"/>.
/// The kernel emitter (<see cref="BconvKernelEmitter"/>) owns loops, locals and register blocking.
/// </summary>
internal abstract class SimdEmitter(IntrinsicTable table)
{
    public IntrinsicTable Table { get; } = table;

    /// <summary>The vector type the bitwise and byte operations work on.</summary>
    public abstract Type Vector { get; }

    /// <summary>The type of the 32-bit-lane accumulators.</summary>
    public abstract Type Accumulator { get; }

    /// <summary>32-bit lanes (= output channels) per vector.</summary>
    public abstract int Lanes { get; }

    public abstract AccumulationScheme DefaultScheme { get; }

    protected void Call(ILGenerator il, SimdOp op) => il.Emit(OpCodes.Call, Table[op]);

    /// <summary>Declares and loads the constants the primitives need (called once at method entry).</summary>
    public virtual void EmitPrologue(ILGenerator il) { }

    /// <summary>[byte address] → vector.</summary>
    public virtual void Load(ILGenerator il) => Call(il, SimdOp.Load);

    /// <summary>[byte address] → the uint there in every lane.</summary>
    public virtual void Broadcast(ILGenerator il)
    {
        il.Emit(OpCodes.Ldind_U4);
        Call(il, SimdOp.Broadcast);
        Call(il, SimdOp.AsBytes);
    }

    public virtual void Xor(ILGenerator il) => Call(il, SimdOp.Xor);

    public virtual void And(ILGenerator il) => Call(il, SimdOp.And);

    public virtual void Or(ILGenerator il) => Call(il, SimdOp.Or);

    public virtual void AddBytes(ILGenerator il) => Call(il, SimdOp.AddBytes);

    /// <summary>[x] → per-byte popcount of x times <paramref name="scale"/> (1, 2 or 4).</summary>
    public abstract void PopCountBytes(ILGenerator il, int scale);

    /// <summary>Whether the back end has the nibble-table primitives below (<see cref="AccumulationScheme.NibblePlanes"/>).</summary>
    public virtual bool HasNibbleTable => false;

    /// <summary>[x, every byte ≤ 15] → per-byte popcount (one table lookup).</summary>
    public virtual void NibblePopCount(ILGenerator il) => throw new NotSupportedException("no nibble table on this back end");

    /// <summary>Pushes a ^ b ^ c.</summary>
    public virtual void Xor3(ILGenerator il, LocalBuilder a, LocalBuilder b, LocalBuilder c)
    {
        il.Emit(OpCodes.Ldloc, a);
        il.Emit(OpCodes.Ldloc, b);
        Xor(il);
        il.Emit(OpCodes.Ldloc, c);
        Xor(il);
    }

    /// <summary>Pushes the bitwise majority of a, b, c: (a &amp; b) | (c &amp; (a | b)).</summary>
    public virtual void Majority(ILGenerator il, LocalBuilder a, LocalBuilder b, LocalBuilder c)
    {
        il.Emit(OpCodes.Ldloc, a);
        il.Emit(OpCodes.Ldloc, b);
        And(il);
        il.Emit(OpCodes.Ldloc, c);
        il.Emit(OpCodes.Ldloc, a);
        il.Emit(OpCodes.Ldloc, b);
        Or(il);
        And(il);
        Or(il);
    }

    /// <summary>[accumulator, byte counts] → accumulator + the sum of each lane's four bytes.</summary>
    public abstract void WidenAdd(ILGenerator il);

    /// <summary>[a, b] → a + b (32-bit lanes).</summary>
    public virtual void AddAccumulators(ILGenerator il) => Call(il, SimdOp.AddAccumulators);

    /// <summary>[a] → a &lt;&lt; <paramref name="count"/> (32-bit lanes).</summary>
    public virtual void ShiftLeftAccumulators(ILGenerator il, int count)
    {
        il.Emit(OpCodes.Ldc_I4, count);
        Call(il, SimdOp.ShiftLeftAccumulators);
    }

    /// <summary>Whether <see cref="LoadAccumulators"/> exists (kernels that split the steps into weight chunks need it).</summary>
    public virtual bool CanLoadAccumulators => false;

    /// <summary>[int address] → the accumulator vector there.</summary>
    public virtual void LoadAccumulators(ILGenerator il) => throw new NotSupportedException("no accumulator load on this back end");

    /// <summary>[int address, accumulator] → stored.</summary>
    public virtual void StoreAccumulators(ILGenerator il) => Call(il, SimdOp.StoreAccumulators);

    /// <summary>Sets a local (vector or accumulator) to zero.</summary>
    public virtual void Zero(ILGenerator il, LocalBuilder local)
    {
        il.Emit(OpCodes.Ldloca, local);
        il.Emit(OpCodes.Initobj, local.LocalType);
    }

    /// <summary>Emits a load of a pinned constant's address.</summary>
    protected static void Address(ILGenerator il, nint address)
    {
        il.Emit(OpCodes.Ldc_I8, (long)address);
        il.Emit(OpCodes.Conv_I);
    }
}

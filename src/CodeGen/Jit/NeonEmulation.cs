using System.Numerics;
using System.Runtime.Intrinsics;

namespace Lce.CodeGen.Jit;

/// <summary>
/// Software versions of the AdvSimd intrinsics the NEON emitter uses, with AdvSimd's names and
/// signatures, written lane by lane from the Arm instruction descriptions (not with the portable
/// Vector128 operators, so they check the emitter's use of each instruction's lane semantics).
/// </summary>
public static unsafe class NeonEmulation
{
    /// <summary>ld1 {v.16b}: 16 bytes from memory.</summary>
    public static Vector128<byte> LoadVector128(byte* address)
    {
        var b = new byte[16];
        for (int i = 0; i < 16; i++) b[i] = address[i];
        return Vector128.Create(b);
    }

    /// <summary>dup v.4s, w: the value in every 32-bit lane.</summary>
    public static Vector128<uint> DuplicateToVector128(uint value) => Vector128.Create(value, value, value, value);

    public static Vector128<byte> Xor(Vector128<byte> left, Vector128<byte> right) => Bytewise(left, right, static (a, b) => (byte)(a ^ b));

    public static Vector128<byte> And(Vector128<byte> left, Vector128<byte> right) => Bytewise(left, right, static (a, b) => (byte)(a & b));

    public static Vector128<byte> Or(Vector128<byte> left, Vector128<byte> right) => Bytewise(left, right, static (a, b) => (byte)(a | b));

    /// <summary>add v.16b: wrapping byte addition.</summary>
    public static Vector128<byte> Add(Vector128<byte> left, Vector128<byte> right) => Bytewise(left, right, static (a, b) => unchecked((byte)(a + b)));

    /// <summary>cnt v.16b: the number of set bits of each byte.</summary>
    public static Vector128<byte> PopCount(Vector128<byte> value)
    {
        var r = new byte[16];
        for (int i = 0; i < 16; i++) r[i] = (byte)BitOperations.PopCount(value.GetElement(i));
        return Vector128.Create(r);
    }

    /// <summary>uaddlp v.8h, v.16b: each pair of adjacent bytes summed into a ushort.</summary>
    public static Vector128<ushort> AddPairwiseWidening(Vector128<byte> value)
    {
        var r = new ushort[8];
        for (int i = 0; i < 8; i++) r[i] = (ushort)(value.GetElement(2 * i) + value.GetElement(2 * i + 1));
        return Vector128.Create(r);
    }

    /// <summary>uadalp v.4s, v.8h: each pair of adjacent ushorts summed and added to a uint lane (wrapping).</summary>
    public static Vector128<uint> AddPairwiseWideningAndAdd(Vector128<uint> addend, Vector128<ushort> value)
    {
        var r = new uint[4];
        for (int i = 0; i < 4; i++) r[i] = unchecked(addend.GetElement(i) + value.GetElement(2 * i) + value.GetElement(2 * i + 1));
        return Vector128.Create(r);
    }

    /// <summary>add v.4s: wrapping uint addition.</summary>
    public static Vector128<uint> Add(Vector128<uint> left, Vector128<uint> right)
    {
        var r = new uint[4];
        for (int i = 0; i < 4; i++) r[i] = unchecked(left.GetElement(i) + right.GetElement(i));
        return Vector128.Create(r);
    }

    /// <summary>shl v.4s, #count: logical left shift (count taken modulo 32 is never needed: the emitter shifts by 3).</summary>
    public static Vector128<uint> ShiftLeftLogical(Vector128<uint> value, byte count)
    {
        var r = new uint[4];
        for (int i = 0; i < 4; i++) r[i] = value.GetElement(i) << count;
        return Vector128.Create(r);
    }

    /// <summary>st1 {v.4s}: four uints to memory.</summary>
    public static void Store(uint* address, Vector128<uint> source)
    {
        for (int i = 0; i < 4; i++) address[i] = source.GetElement(i);
    }

    private static Vector128<byte> Bytewise(Vector128<byte> left, Vector128<byte> right, Func<byte, byte, byte> f)
    {
        var r = new byte[16];
        for (int i = 0; i < 16; i++) r[i] = f(left.GetElement(i), right.GetElement(i));
        return Vector128.Create(r);
    }
}

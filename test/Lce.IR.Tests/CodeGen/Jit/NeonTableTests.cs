using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using Lce.CodeGen.Jit;

namespace Lce.Tests.CodeGen.Jit;

/// <summary>
/// The NEON emitter's two tables: every hardware entry is a real AdvSimd method, and its emulated
/// counterpart has the same name, parameter and return types — so code emitted against the
/// emulation is the code an Arm64 machine would run with the intrinsics. The emulations follow
/// the instructions' lane semantics.
/// </summary>
public unsafe class NeonTableTests
{
    [Fact]
    public void EmulationsHaveTheIntrinsicsSignatures()
    {
        var hw = NeonTables.Hardware();
        var emu = NeonTables.Emulated();
        Assert.Equal(hw.Methods.Keys.Order(), emu.Methods.Keys.Order());
        foreach (var (op, real) in hw.Methods)
        {
            var fake = emu[op];
            Assert.Equal(real.Name, fake.Name);
            Assert.Equal(real.ReturnType, fake.ReturnType);
            Assert.Equal(real.GetParameters().Select(p => p.ParameterType), fake.GetParameters().Select(p => p.ParameterType));
            bool isIntrinsic = real.DeclaringType == typeof(AdvSimd) || real.DeclaringType == typeof(AdvSimd.Arm64);
            bool isReinterpretation = real.DeclaringType == typeof(Vector128);
            Assert.True(isIntrinsic || isReinterpretation, $"{op}: {real.DeclaringType}.{real.Name}");
            Assert.Equal(isIntrinsic, fake.DeclaringType == typeof(NeonEmulation));
        }
    }

    [Fact]
    public void PopCountAndPairwiseWideningFollowTheLanes()
    {
        var rng = new Random(3);
        var bytes = new byte[16];
        rng.NextBytes(bytes);
        var v = Vector128.Create(bytes);
        var cnt = NeonEmulation.PopCount(v);
        for (int i = 0; i < 16; i++) Assert.Equal(BitOperations.PopCount(bytes[i]), cnt.GetElement(i));
        var pairs = NeonEmulation.AddPairwiseWidening(v);
        for (int i = 0; i < 8; i++) Assert.Equal(bytes[2 * i] + bytes[2 * i + 1], pairs.GetElement(i));
        var acc = Vector128.Create(10u, 20u, 30u, uint.MaxValue);
        var sum = NeonEmulation.AddPairwiseWideningAndAdd(acc, pairs);
        for (int i = 0; i < 4; i++)
            Assert.Equal(unchecked(acc.GetElement(i) + pairs.GetElement(2 * i) + pairs.GetElement(2 * i + 1)), sum.GetElement(i));
        Assert.Equal(Vector128.Create(8u, 16u, 24u, 0xFFFFFFF8u), NeonEmulation.ShiftLeftLogical(Vector128.Create(1u, 2u, 3u, uint.MaxValue), 3));
        fixed (byte* p = bytes) Assert.Equal(v, NeonEmulation.LoadVector128(p));
        var stored = new uint[4];
        fixed (uint* p = stored) NeonEmulation.Store(p, acc);
        Assert.Equal([10u, 20u, 30u, uint.MaxValue], stored);
    }

    [Fact]
    public void TheHardwareNeonBackEndIsRefusedWithoutAdvSimd()
    {
        if (AdvSimd.IsSupported) return; // an Arm64 machine: the back end is real
        Assert.False(JitIsas.IsSupported(JitIsa.Neon));
        Assert.Throws<PlatformNotSupportedException>(() => JitBackend.For(JitIsa.Neon));
        Assert.DoesNotContain(JitIsa.Neon, JitIsas.Supported());
    }
}

using FsCheck;
using FsCheck.Fluent;
using Lce.CodeGen.Jit;
using Lce.Dialects.Lq;

namespace Lce.Tests.CodeGen.Jit;

/// <summary>The emitted float bitpacking equals the reference packing, −0.0, NaN and infinities included.</summary>
public unsafe class QuantizeEmitterTests
{
    private static readonly float[] Specials = [0f, -0f, float.NaN, -float.NaN, float.PositiveInfinity, float.NegativeInfinity, float.Epsilon, -float.Epsilon];

    [Theory]
    [InlineData(JitIsa.Avx512BW)]
    [InlineData(JitIsa.Avx2)]
    [InlineData(JitIsa.Scalar)]
    public void MatchesTheReferencePacking(JitIsa isa)
    {
        if (!JitIsas.IsSupported(isa)) return;
        Prop.ForAll(Gen.Choose(1, 600).ToArbitrary(), Gen.Choose(0, 5).ToArbitrary(), Gen.Choose(0, 1 << 30).ToArbitrary(), (channels, rows, seed) =>
        {
            var rng = new Random(seed);
            var x = Enumerable.Range(0, channels * rows)
                .Select(_ => rng.Next(6) == 0 ? Specials[rng.Next(Specials.Length)] : (float)(rng.NextDouble() - 0.5)).ToArray();
            var want = rows == 0 ? [] : Bitpacking.PackF32(x, channels);
            var got = new int[rows * Bitpacking.PackedSize(channels)];
            fixed (float* px = x)
            fixed (int* py = got)
                QuantizeEmitter.Get(channels, isa)((nint)px, (nint)py, rows);
            Assert.Equal(want, got);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(80));
    }
}

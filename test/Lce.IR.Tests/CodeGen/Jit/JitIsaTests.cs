using System.Runtime.Intrinsics.X86;
using Lce.CodeGen.Jit;

namespace Lce.Tests.CodeGen.Jit;

/// <summary>Run-time ISA selection and --isa names.</summary>
public class JitIsaTests
{
    [Fact]
    public void SupportFollowsTheCpu()
    {
        Assert.True(JitIsas.IsSupported(JitIsa.Scalar));
        Assert.Equal(Avx2.IsSupported, JitIsas.IsSupported(JitIsa.Avx2));
        Assert.Equal(Avx512BW.IsSupported && Avx512F.IsSupported, JitIsas.IsSupported(JitIsa.Avx512BW));
        Assert.Equal(JitIsas.Supported()[0], JitIsas.Best());
        Assert.Equal(JitIsa.Scalar, JitIsas.Supported()[^1]);
    }

    [Theory]
    [InlineData("avx512bw", JitIsa.Avx512BW)]
    [InlineData("AVX2", JitIsa.Avx2)]
    [InlineData("neon", JitIsa.Neon)]
    [InlineData("scalar", JitIsa.Scalar)]
    public void NamesRoundTrip(string name, JitIsa isa)
    {
        Assert.Equal(isa, JitIsas.Parse(name));
        Assert.Equal(isa, JitIsas.Parse(JitIsas.Name(isa)));
    }

    [Fact]
    public void AutoIsTheBestAndUnknownNamesAreNull()
    {
        Assert.Equal(JitIsas.Best(), JitIsas.Parse("auto"));
        Assert.Null(JitIsas.Parse("sse9"));
    }
}

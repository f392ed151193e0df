using Lce.CodeGen.Jit;
using Lce.CodeGen.Reference;

namespace Lce.Tests.CodeGen.Jit;

/// <summary>
/// The kernel variant chosen per back end and layer shape at emission time: AVX2 counts with
/// nibble planes, and a block whose weights pass 24 KiB walks its steps in chunks; the chosen
/// kernels on the QuickNet layer shapes agree with the reference bit for bit.
/// </summary>
public class JitKernelSelectionTests
{
    private static Bconv2dGeometry QuickNet(int size, int channels)
    {
        var p = new Bconv2dParams(channels, 1, 1, 1, 1, LcePadding.Same, 1, Bconv2dActivation.None);
        return Bconv2dGeometry.Create(p, [1, size, size, channels / 32], [channels, 3, 3, channels / 32]);
    }

    private static BconvKernelShape ShapeOf(JitBackend b, Bconv2dGeometry g) =>
        BconvKernelShape.For(g, b.Isa, b.Lanes, b.Scheme, b.MaxVectorsPerTile, b.Emulated, b.PixelsPerTile, b.WeightChunkBytes);

    [Fact]
    public void Avx2CountsWithNibblePlanesAndChunksOnlyBlocksPastTheBudget()
    {
        if (!JitIsas.IsSupported(JitIsa.Avx2)) return;
        var b = JitBackend.For(JitIsa.Avx2);
        Assert.Equal(AccumulationScheme.NibblePlanes, b.Scheme);
        Assert.Equal(JitBackend.DefaultWeightChunkBytes, b.WeightChunkBytes);
        // 4 vectors × 8 lanes × 2 planes × 4 bytes = 256 bytes per step
        Assert.Equal(0, ShapeOf(b, QuickNet(56, 64)).ChunkSteps);   // 18 steps: 4.5 KiB
        Assert.Equal(0, ShapeOf(b, QuickNet(14, 256)).ChunkSteps);  // 72 steps: 18 KiB
        Assert.Equal(96, ShapeOf(b, QuickNet(7, 512)).ChunkSteps);  // 144 steps: 36 KiB → 96 + 48
        Assert.Equal(0, ShapeOf(b.With(scheme: AccumulationScheme.ByteCounters), QuickNet(7, 512)).ChunkSteps);
        Assert.Equal(0, ShapeOf(b.With(weightChunkBytes: 0), QuickNet(7, 512)).ChunkSteps);
        Assert.Equal(24, ShapeOf(b.With(weightChunkBytes: 1024), QuickNet(7, 512)).ChunkSteps);
    }

    [Fact]
    public void OtherBackEndsKeepTheirSchemeAndDoNotChunk()
    {
        Assert.Equal(0, JitBackend.EmulatedNeon().WeightChunkBytes);
        Assert.Throws<ArgumentException>(() => JitBackend.EmulatedNeon().With(weightChunkBytes: 1024));
        Assert.Throws<ArgumentException>(() => JitBackend.EmulatedNeon().With(scheme: AccumulationScheme.NibblePlanes));
        if (!JitIsas.IsSupported(JitIsa.Avx512BW)) return;
        var b = JitBackend.For(JitIsa.Avx512BW);
        Assert.Equal(AccumulationScheme.CarrySave, b.Scheme);
        Assert.Equal(0, ShapeOf(b, QuickNet(7, 512)).ChunkSteps);
    }

    [Theory]
    [InlineData("avx2", 14, 256)]
    [InlineData("avx2", 7, 512)]
    [InlineData("avx2-nibbles-m2", 7, 512)]
    [InlineData("avx512bw-nibbles", 7, 512)]
    public void ChosenKernelsOnQuickNetLayersAgreeWithTheReference(string name, int size, int channels)
    {
        if (JitBconvBitExactTests.Backend(name) is not { } b) return;
        var c = new JitLayerCase(1, size, size, channels, 1, channels, 3, 3, 1, 1, 1, 1, LcePadding.Same, 1,
            Bconv2dActivation.None, JitOutputKind.Raw, size * channels);
        var (input, filter, g) = c.Data();
        foreach (int threads in new[] { 1, 2 })
            JitBconvBitExactTests.Check(c, g, input, filter, new JitBconv2d(g, filter, b, threads));
    }
}

using FsCheck;
using FsCheck.Fluent;
using Lce.CodeGen.Reference;
using Lce.Dialects.Lq;

namespace Lce.Tests.CodeGen.LceKernels;

/// <summary>BMaxPool2d against a max-pool of the unpacked ±1 values over the in-image window.</summary>
public class BMaxPool2dTests
{
    private sealed record PoolCase(int N, int H, int W, int C, int Fh, int Fw, int Sh, int Sw, LcePadding Padding, int Seed);

    private static readonly Gen<PoolCase> Cases =
        from n in Gen.Choose(1, 2)
        from h in Gen.Choose(1, 8)
        from w in Gen.Choose(1, 8)
        from c in Gen.Choose(1, 130)
        from fh in Gen.Choose(1, 4)
        from fw in Gen.Choose(1, 4)
        from sh in Gen.Choose(1, 3)
        from sw in Gen.Choose(1, 3)
        from padding in Gen.Elements(LcePadding.Same, LcePadding.Valid)
        from seed in Gen.Choose(int.MinValue, int.MaxValue)
        select new PoolCase(n, h, w, c, fh, fw, sh, sw, padding, seed);

    [Fact]
    public void EqualsMaxPoolOfPlusMinusOne() =>
        Prop.ForAll(Cases.ToArbitrary(), k =>
        {
            var rng = new Random(k.Seed);
            var x = new float[k.N * k.H * k.W * k.C];
            for (int i = 0; i < x.Length; i++) x[i] = rng.Next(3) == 0 ? 1f : -1f;
            var p = new BMaxPool2dParams(k.Fh, k.Fw, k.Sh, k.Sw, k.Padding);
            int words = Bitpacking.PackedSize(k.C);
            int[] inShape = [k.N, k.H, k.W, words];
            var (ho, top) = DirectBinaryConv.Dimension(k.H, k.Fh, k.Sh, 1, k.Padding);
            var (wo, left) = DirectBinaryConv.Dimension(k.W, k.Fw, k.Sw, 1, k.Padding);
            Assert.Equal([k.N, ho, wo, words], BMaxPool2d.OutputShape(p, inShape));

            var expected = new float[k.N * ho * wo * k.C];
            int o = 0;
            for (int n = 0; n < k.N; n++)
                for (int oy = 0; oy < ho; oy++)
                    for (int ox = 0; ox < wo; ox++)
                        for (int c = 0; c < k.C; c++)
                        {
                            float max = float.NegativeInfinity;
                            for (int fy = 0; fy < k.Fh; fy++)
                                for (int fx = 0; fx < k.Fw; fx++)
                                {
                                    int y = oy * k.Sh - top + fy, xx = ox * k.Sw - left + fx;
                                    if (y >= 0 && y < k.H && xx >= 0 && xx < k.W)
                                        max = Math.Max(max, x[((n * k.H + y) * k.W + xx) * k.C + c]);
                                }
                            expected[o++] = max;
                        }
            var output = new int[k.N * ho * wo * words];
            BMaxPool2d.Run(p, inShape, Bitpacking.PackF32(x, k.C), output);
            Assert.Equal(Bitpacking.PackF32(expected, k.C), output);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));

    [Fact]
    public void RejectsZeroStridesAndFilters()
    {
        Assert.Null(BMaxPool2d.TryOutputShape(new BMaxPool2dParams(0, 2, 1, 1, LcePadding.Same), [1, 4, 4, 1], out string e));
        Assert.Contains("positive", e);
        Assert.Null(BMaxPool2d.TryOutputShape(new BMaxPool2dParams(2, 2, 1, 0, LcePadding.Same), [1, 4, 4, 1], out _));
        Assert.Null(BMaxPool2d.TryOutputShape(new BMaxPool2dParams(2, 2, 1, 1, LcePadding.Same), [1, 4, 4], out _));
    }
}

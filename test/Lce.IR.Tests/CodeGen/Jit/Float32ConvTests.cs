using FsCheck;
using FsCheck.Fluent;
using Lce.CodeGen.Jit;

namespace Lce.Tests.CodeGen.Jit;

/// <summary>The float32 baseline computes a SAME zero-padded stride-1 convolution (against a direct loop, to rounding).</summary>
public class Float32ConvTests
{
    [Fact]
    public void MatchesADirectConvolution() =>
        Prop.ForAll(
            (from h in Gen.Choose(1, 9)
             from w in Gen.Choose(1, 11)
             from cin in Gen.Choose(1, 40)
             from cout in Gen.Elements(1, 64, 70, 128)
             from f in Gen.Choose(1, 4)
             from seed in Gen.Choose(0, 1 << 30)
             select (h, w, cin, cout, f, seed)).ToArbitrary(), c =>
        {
            var (h, w, cin, cout, f, seed) = c;
            var rng = new Random(seed);
            float[] Rand(int n) => [.. Enumerable.Range(0, n).Select(_ => (float)(rng.NextDouble() - 0.5))];
            var input = Rand(h * w * cin);
            var filter = Rand(cout * f * f * cin);
            var bias = Rand(cout);
            var got = new float[h * w * cout];
            var conv = new Float32Conv(h, w, cin, cout, f, f, filter, bias);
            conv.Run(input, got);
            conv.Run(input, got); // a second run reuses the padded buffer
            int pad = (f - 1) / 2;
            for (int y = 0; y < h; y++)
                for (int x = 0; x < w; x++)
                    for (int o = 0; o < cout; o++)
                    {
                        double want = bias[o];
                        for (int fy = 0; fy < f; fy++)
                            for (int fx = 0; fx < f; fx++)
                            {
                                int iy = y + fy - pad, ix = x + fx - pad;
                                if (iy < 0 || iy >= h || ix < 0 || ix >= w) continue;
                                for (int i = 0; i < cin; i++)
                                    want += input[(iy * w + ix) * cin + i] * filter[((o * f + fy) * f + fx) * cin + i];
                            }
                        Assert.True(Math.Abs(want - got[(y * w + x) * cout + o]) < 1e-3, $"{c}: ({y},{x},{o}) {want} vs {got[(y * w + x) * cout + o]}");
                    }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
}

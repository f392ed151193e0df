namespace Lce.Tests.Larq.Optimize;

using FsCheck;
using FsCheck.Fluent;
using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.Transforms.Larq.Optimize;

/// <summary>
/// Folding tfl.add/sub/mul/div of a constant into a binary convolution, end to end: the pass
/// folds the constants (through the tfl folders); the fused channel output
/// clamp(K − 2x)·m' + b' is then compared, in float, with the unfused (clamp(K − 2x)·m + b) ∘ V
/// for random accumulators x.
///
/// Equality is exact when every float operation involved is exact (small dyadic values) and,
/// for mul/div, whenever V is a power of two (scaling commutes with rounding). Otherwise the two
/// differ by rounding only, bounded (unit roundoff ε = 2^-24, values in the normal range, t =
/// fl(c·m)):
///   add/sub: |u − f| ≤ (4 + 2ε)·ε·(|t| + |b| + |V|)
///   mul:     |u − f| ≤ (6 + 8ε)·ε·(|c·m| + |b|)·|V|
///   div:     |u − f| ≤ (6 + 8ε)·ε·(|c·m| + |b|)/|V|
/// (both results are within half that of the exact value (c·m + b) ∘ V).
/// </summary>
public sealed class FuseArithmeticPassTests
{
    private const double Eps = 1.0 / (1 << 24);
    private static readonly string[] Ops = ["add", "sub", "mul", "div"];
    private static readonly string[] Activations = ["NONE", "RELU", "RELU6", "RELU_N1_TO_1"];

    private sealed record Case(string Op, string Act, int Fh, int Fw, int Cin, float[] M, float[] B, float[] V, int[] Popcounts);

    /// <summary>Runs the pass on conv ∘ V and returns the folded (multiplier, bias).</summary>
    private static (float[] M, float[] B) Fuse(Case c)
    {
        int channels = c.M.Length, k = c.Fh * c.Fw * c.Cin;
        var g = new BconvGraph(c.Fh, c.Fw, c.Cin, Enumerable.Repeat(1f, channels * k).ToArray(), c.M, c.B, c.Act);
        var conv = g.Conv();
        var v = g.F32Constant(c.V.Length == 1 ? [] : [channels], c.V);
        var result = c.Op switch
        {
            "add" => TflBuild.Add(g.B, g.Loc, conv, v),
            "sub" => TflBuild.Sub(g.B, g.Loc, conv, v),
            "mul" => TflBuild.Mul(g.B, g.Loc, conv, v),
            _ => TflBuild.Div(g.B, g.Loc, conv, v),
        };
        g.Optimize(result);
        Assert.Equal("lq.Bconv2d", g.Result.Name);
        Assert.Equal(c.Act, ((StringAttr)g.Result.GetProp("fused_activation_function")!).Value);
        var m = c.Op is "add" or "sub" ? c.M : g.ConstantOperand(2).ToF32Array();
        return (m, g.ConstantOperand(3).ToF32Array());
    }

    private static float V(Case c, int channel) => c.V.Length == 1 ? c.V[0] : c.V[channel];

    private static float Clamped(Case c, int x)
    {
        int k = c.Fh * c.Fw * c.Cin;
        var (cmin, cmax) = BitpackedOutputThresholds.ClampRange(c.Act, k);
        return Math.Clamp(k - 2 * x, cmin, cmax);
    }

    private static float Unfused(Case c, int channel, int x)
    {
        float y = Clamped(c, x) * c.M[channel] + c.B[channel];
        float v = V(c, channel);
        return c.Op switch { "add" => y + v, "sub" => y - v, "mul" => y * v, _ => y / v };
    }

    private static float Fused(float[] m, float[] b, Case c, int channel, int x) => Clamped(c, x) * m[channel] + b[channel];

    private static Gen<Case> CaseGen(Gen<string> op, Func<string, Gen<float>> mGen, Func<string, Gen<float>> bGen, Func<string, Gen<float>> vGen) =>
        from o in op
        from act in Gen.Elements(Activations)
        from fh in Gen.Choose(1, 3)
        from fw in Gen.Choose(1, 3)
        from cin in Gen.Elements(1, 3, 32, 33)
        from channels in Gen.Elements(1, 2, 31, 33)
        from m in mGen(o).ArrayOf(channels)
        from b in bGen(o).ArrayOf(channels)
        from perChannel in Gen.Elements(true, false)
        from v in vGen(o).ArrayOf(perChannel ? channels : 1)
        from xs in Gen.Choose(0, fh * fw * cin).ArrayOf(8)
        select new Case(o, act, fh, fw, cin, m, b, v, xs);

    /// <summary>k/8 with |k| &lt; 2^8: every product and sum in a channel is exact in float.</summary>
    private static Gen<float> SmallDyadic(int bound) => Gen.Choose(-bound, bound).Select(i => i / 8f);

    private static readonly Gen<float> PowerOfTwo =
        from s in Gen.Elements(1f, -1f) from e in Gen.Choose(-6, 6) select s * MathF.ScaleB(1f, e);

    [Fact]
    public void SmallDyadicValuesFuseExactly() =>
        Prop.ForAll(CaseGen(Gen.Elements(Ops), _ => SmallDyadic(255), _ => SmallDyadic(255),
            o => o == "div" ? PowerOfTwo : SmallDyadic(15)).ToArbitrary(), c =>
        {
            var (m, b) = Fuse(c);
            for (int ch = 0; ch < c.M.Length; ch++)
                foreach (int x in c.Popcounts)
                    Assert.True(Unfused(c, ch, x) == Fused(m, b, c, ch, x), $"{c.Op} channel {ch} x={x}"); // +0 and −0 may differ
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));

    /// <summary>Random normal values (magnitudes 2^-10..2^10).</summary>
    private static readonly Gen<float> NormalFloat =
        from s in Gen.Elements(1f, -1f)
        from bits in Gen.Choose(0, (1 << 23) - 1)
        from e in Gen.Choose(-10, 10)
        select s * MathF.ScaleB(1f + bits / (float)(1 << 23), e);

    [Fact]
    public void ScalingByAPowerOfTwoFusesExactly() =>
        Prop.ForAll(CaseGen(Gen.Elements("mul", "div"), _ => NormalFloat, _ => NormalFloat, _ => PowerOfTwo).ToArbitrary(), c =>
        {
            var (m, b) = Fuse(c);
            for (int ch = 0; ch < c.M.Length; ch++)
                foreach (int x in c.Popcounts)
                    Assert.True(Unfused(c, ch, x) == Fused(m, b, c, ch, x), $"{c.Op} channel {ch} x={x}"); // +0 and −0 may differ
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150));

    [Fact]
    public void OtherValuesDifferByRoundingOnly() =>
        Prop.ForAll(CaseGen(Gen.Elements(Ops), _ => NormalFloat, _ => NormalFloat, _ => NormalFloat).ToArbitrary(), c =>
        {
            var (m, b) = Fuse(c);
            for (int ch = 0; ch < c.M.Length; ch++)
                foreach (int x in c.Popcounts)
                {
                    double u = Unfused(c, ch, x), f = Fused(m, b, c, ch, x);
                    double cm = (double)Clamped(c, x) * c.M[ch], v = Math.Abs((double)V(c, ch)), bias = Math.Abs((double)c.B[ch]);
                    double bound = c.Op switch
                    {
                        "add" or "sub" => (4 + 2 * Eps) * Eps * (Math.Abs((double)(float)cm) + bias + v),
                        "mul" => (6 + 8 * Eps) * Eps * (Math.Abs(cm) + bias) * v,
                        _ => (6 + 8 * Eps) * Eps * (Math.Abs(cm) + bias) / v,
                    };
                    Assert.True(Math.Abs(u - f) <= bound, $"{c.Op} channel {ch} x={x}: unfused {u:R}, fused {f:R}, bound {bound:R}");
                }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));

    /// <summary>A concrete inexact case: (c·m + b) + V and c·m + (b + V) round differently.</summary>
    [Fact]
    public void AddingIsNotAlwaysExact()
    {
        var c = new Case("add", "NONE", 1, 1, 1, [1f], [1f], [MathF.ScaleB(1f, -24)], [0]);
        var (m, b) = Fuse(c);
        // Unfused: (1·1 + 1) + 2^-24 = 2 (the 2^-24 is lost); fused: 1 + (1 + 2^-24) = 1 + 1 = 2 as well...
        Assert.Equal(Unfused(c, 0, 0), Fused(m, b, c, 0, 0));
        // ...but with c = -1 (x = 1): unfused (−1 + 1) + 2^-24 = 2^-24, fused −1 + fl(1 + 2^-24) = −1 + 1 = 0.
        Assert.Equal(MathF.ScaleB(1f, -24), Unfused(c, 0, 1));
        Assert.Equal(0f, Fused(m, b, c, 0, 1));
    }
}

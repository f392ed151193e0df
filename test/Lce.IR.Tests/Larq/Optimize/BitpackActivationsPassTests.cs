namespace Lce.Tests.Larq.Optimize;

using FsCheck;
using FsCheck.Fluent;
using Lce.IR;
using Lce.Transforms.Larq;
using static ThresholdOracle;

/// <summary>
/// The bitpacked-output rewrite end to end: random ±1 filters, multipliers (negative, zero and
/// −0.0 included) and biases on a convolution followed by lq.Quantize; after the pass, the
/// kernel's bitpacked rule applied to the pass's own filter and thresholds (bit =
/// popcount(input XOR filter') &gt; T) must give, for random ±1 input windows, the bits that
/// packing the float output gives. Values are dyadic so that the float output's sign is exact.
/// </summary>
public sealed class BitpackActivationsPassTests
{
    private static readonly string[] Activations = ["NONE", "RELU", "RELU6", "RELU_N1_TO_1"];

    private sealed record Case(int Fh, int Fw, int Cin, float[] Filter, float[] M, float[] B, string Act, bool[][] Inputs, LceTarget Target);

    private static readonly Gen<float> PlusMinusOne = Gen.Elements(1f, -1f);

    private static Gen<Case> CaseGen() =>
        from fh in Gen.Choose(1, 3)
        from fw in Gen.Choose(1, 3)
        from cin in Gen.Elements(1, 2, 5, 31, 32, 33, 40)
        from channels in Gen.Elements(1, 3, 31, 32, 33)
        let k = fh * fw * cin
        from filter in PlusMinusOne.ArrayOf(channels * k)
        from m in Gen.Frequency(
            (8, from s in Gen.Elements(1f, -1f) from e in Gen.Choose(-3, 3) select s * MathF.ScaleB(1f, e)),
            (1, Gen.Elements(0f, -0f))).ArrayOf(channels)
        from j in Gen.Choose(-16 * k - 16, 16 * k + 16).ArrayOf(channels)
        from act in Gen.Elements(Activations)
        from inputs in Gen.Elements(true, false).ArrayOf(k).ArrayOf(6)
        from target in Gen.Elements(LceTarget.Arm, LceTarget.XCore)
        select new Case(fh, fw, cin, filter, m,
            m.Select((mi, i) => mi == 0 ? j[i] / 8f : j[i] / 8f * MathF.Abs(mi)).ToArray(), act, inputs, target);

    [Fact]
    public void WrittenBitsEqualTheQuantizedFloatOutput() =>
        Prop.ForAll(CaseGen().ToArbitrary(), c =>
        {
            var g = new BconvGraph(c.Fh, c.Fw, c.Cin, c.Filter, c.M, c.B, c.Act);
            g.Optimize(g.Quantize(g.Conv()), c.Target);

            var conv = g.Result;
            Assert.Equal("lq.Bconv2d", conv.Name);
            Assert.Equal("tfl.no_value", conv.GetOperand(2).DefiningOp!.Name);
            Assert.Same(conv.GetOperand(2), conv.GetOperand(3));
            Assert.Equal(c.Act, ((StringAttr)conv.GetProp("fused_activation_function")!).Value);
            var filter = g.ConstantOperand(1).ToF32Array();
            var thresholds = g.ConstantOperand(4).ToI32Array();
            int k = c.Fh * c.Fw * c.Cin, channels = c.M.Length;
            Assert.Equal(channels, thresholds.Length);

            foreach (var input in c.Inputs)
                for (int o = 0; o < channels; o++)
                {
                    // Float path: the accumulator counts input/filter disagreements.
                    int x = 0, xFlipped = 0;
                    for (int i = 0; i < k; i++)
                    {
                        bool inputNegative = input[i];
                        x += inputNegative != (c.Filter[o * k + i] < 0) ? 1 : 0;
                        xFlipped += inputNegative != (filter[o * k + i] < 0) ? 1 : 0;
                    }
                    bool expected = ExactBit(k, c.Act, c.M[o], c.B[o], x);
                    Assert.True(expected == (xFlipped > thresholds[o]),
                        $"channel {o}: m={c.M[o]:R} b={c.B[o]:R} K={k} {c.Act} x={x} x'={xFlipped} T={thresholds[o]}");
                }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100));

    /// <summary>The new filter is the old one times the channel's sign: −1 exactly for negative multipliers (−0.0 is not).</summary>
    [Fact]
    public void FiltersOfNegativeMultipliersAreNegated()
    {
        float[] m = [-2f, -0f, 0f, 0.5f, float.NegativeInfinity];
        var filter = Enumerable.Range(0, 5 * 2).Select(i => i % 3 == 0 ? -1f : 1f).ToArray();
        var g = new BconvGraph(1, 1, 2, filter, m, [0f, 0f, 0f, 0f, 0f], "NONE");
        g.Optimize(g.Quantize(g.Conv()));
        var flipped = g.ConstantOperand(1).ToF32Array();
        for (int o = 0; o < 5; o++)
            for (int i = 0; i < 2; i++)
                Assert.Equal(filter[o * 2 + i] * (m[o] < 0 ? -1f : 1f), flipped[o * 2 + i]);
    }
}

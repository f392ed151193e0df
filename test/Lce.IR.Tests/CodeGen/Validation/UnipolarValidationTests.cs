using FsCheck;
using FsCheck.Fluent;
using Lce.CodeGen.Runtime;

namespace Lce.Tests.CodeGen.Validation;

/// <summary>
/// Translation validation of the unipolar ({0, 1} activation) binary convolutions on random
/// networks (<see cref="UnipolarNetGen"/>): `tfl-prepare-lce` alone, LCE's three passes, and the
/// whole `lce-tf-to-tfl` pipeline keep the outputs (bit-exact where binary, 1e-5 relative for
/// floats; the values are dyadic, so in fact exact), and every tf.Conv2D of the network became a
/// binary convolution (two for the half-sign form).
/// </summary>
public class UnipolarValidationTests
{
    private static Config Cases(int n) => Config.QuickThrowOnFailure.WithMaxTest(n);

    public static string Prepare(string target) => $"builtin.module(func.func(tfl-prepare-lce{{target={target}}}))";

    public static string Pipeline(string target) => $"builtin.module(func.func(lce-tf-to-tfl{{target={target}}}))";

    internal static string? Validate(BinaryNet net, IReadOnlyList<string> stages, Action<Lce.IR.Operation>? mutate = null) =>
        TranslationValidator.Check(BinaryNetPrinter.Print(net), stages,
            [Tensor.FromFloats(BinaryNetPrinter.InputShape(net), BinaryNetPrinter.Input(net))], mutate, OpKernelRegistry.CreateDefault);

    /// <summary>
    /// Null when <paramref name="pipeline"/> leaves no float convolution and as many binary ones
    /// (<paramref name="bconv"/>: `lq.Bconv2d` or the legalized `LceBconv2d`) as the network has
    /// tf.Conv2D plus half-sign quantizers; else what differs.
    /// </summary>
    public static string? ConvertsEveryConv(BinaryNet net, string pipeline, string bconv)
    {
        string ir = BinaryNetPrinter.Print(net), converted = TranslationValidator.Convert(ir, pipeline);
        int expected = Count(ir, "\"tf.Conv2D\"") + Count(ir, "_unipolar = ");
        int actual = Count(converted, bconv), left = Count(converted, "\"tf.Conv2D\"") + Count(converted, "tfl.conv_2d");
        return actual == expected && left == 0 ? null : $"{expected} binary convs expected, {actual} found, {left} float convs left\n{ir}\n--- converted\n{converted}";
    }

    public static int Count(string text, string what) => text.Split(what).Length - 1;

    private static void Check(string target, int cases, Func<BinaryNet, string?> failure, bool bipolar = true) =>
        Prop.ForAll(bipolar ? UnipolarNetGen.Arbitrary : UnipolarNetGen.UnipolarOnly, net => failure(net) is not { } f ? true.ToProperty() : false.Label($"{net}\n{f}")).Check(Cases(cases));

    // About 0.3 s per network (Debug); 90 networks in all.
    [Theory]
    [InlineData("arm", 15)]
    [InlineData("xcore", 15)]
    public void PrepareAloneConvertsEveryUnipolarConvExactly(string target, int cases) =>
        Check(target, cases, net => Validate(net, [Prepare(target)]) ?? ConvertsEveryConv(net, Prepare(target), "\"lq.Bconv2d\""), bipolar: false);

    [Theory]
    [InlineData("arm", 15)]
    [InlineData("xcore", 15)]
    public void LcePassesPreserveUnipolarNetworks(string target, int cases) =>
        Check(target, cases, net => Validate(net, BinaryNetValidationTests.LceStages(target)));

    [Theory]
    [InlineData("arm", 15)]
    [InlineData("xcore", 15)]
    public void FullPipelineConvertsUnipolarNetworksExactly(string target, int cases) =>
        Check(target, cases, net => Validate(net, [Pipeline(target)]) ?? ConvertsEveryConv(net, Pipeline(target), "\"LceBconv2d\""));

    /// <summary>
    /// Each form, with each padding, on inputs at and around its threshold (0 and −0.0 for the
    /// step, 0.5 for the others, where round-half-to-even gives 0 and the half-sign form 0.5).
    /// </summary>
    [Theory]
    [InlineData(SignForm.Heaviside)]
    [InlineData(SignForm.DoReFa)]
    [InlineData(SignForm.HalfSign)]
    public void ThresholdInputsStayExact(SignForm form)
    {
        float[] values = [0f, -0f, 0.5f, -0.5f, 1f, 0.25f, 0.75f, 2f, -2f, 0.5f, 0f, -0f];
        foreach (var padding in new[] { ConvPadding.Valid, ConvPadding.SameZero })
        {
            var net = new BinaryNet(2, 2, 3, [new BinaryConv(form, 3, 2, 1, 1, padding, true, 7)], false, 0);
            string ir = BinaryNetPrinter.Print(net);
            var input = Tensor.FromFloats([1, 2, 2, 3], values);
            foreach (var target in new[] { "arm", "xcore" })
                Assert.Null(TranslationValidator.Check(ir, [Pipeline(target)], [input], kernels: OpKernelRegistry.CreateDefault));
            Assert.Null(TranslationValidator.Check(ir, [Prepare("arm")], [input], kernels: OpKernelRegistry.CreateDefault));
        }
    }

    /// <summary>
    /// 0.5·sign(x − 0.5) + 0.5 is 0.5 at x == 0.5: a 1x1 conv with weight 1 outputs it, and so does
    /// the converted network (two Bconv2d of weight ½ each), which one bit could not.
    /// </summary>
    [Fact]
    public void HalfSignKeepsTheHalfAtItsThreshold()
    {
        var net = new BinaryNet(1, 1, 1, [new BinaryConv(SignForm.HalfSign, 1, 1, 1, 1, ConvPadding.Valid, false, 0)], false, 0);
        string ir = BinaryNetPrinter.Print(net);
        Assert.Contains("dense<1.0> : tensor<1x1x1x1xf32>", ir);
        var input = Tensor.FromFloats([1, 1, 1, 1], [0.5f]);
        foreach (var pipeline in new[] { Prepare("arm"), Pipeline("arm"), Pipeline("xcore") })
        {
            string converted = TranslationValidator.Convert(ir, pipeline);
            var output = TranslationValidator.Run(converted, [input], OpKernelRegistry.CreateDefault());
            Assert.Equal(0.5, output[0].GetAsDouble(0));
            Assert.Equal(2, Count(converted, "Bconv2d\""));
        }
    }
}

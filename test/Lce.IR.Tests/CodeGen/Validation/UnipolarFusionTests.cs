using FsCheck;
using FsCheck.Fluent;

namespace Lce.Tests.CodeGen.Validation;

/// <summary>
/// What optimize-lce fuses into a unipolar binary convolution, and that the validation catches a
/// broken unipolar fold. A unipolar Bconv2d has the multiplier −½·|scale|: a ReLU after it is
/// not fused (LCE fuses activations only into multiplier 1, bias 0) and stays a tfl.relu; a ±1
/// quantizer after it is fused as bitpacked output (LCE's thresholds handle negative
/// multipliers by flipping the filter); a unipolar quantizer after it packs t − y, which no
/// pattern fuses, so that conv keeps its float output.
/// </summary>
public class UnipolarFusionTests
{
    private const string Translated = "builtin.module(func.func(lce-tf-to-tfl,lce-translate-tfl))";

    private static string Convert(BinaryNet net) => TranslationValidator.Convert(BinaryNetPrinter.Print(net), Translated);

    private static BinaryConv Conv(SignForm form, int outChannels, ConvPadding padding = ConvPadding.Valid) =>
        new(form, outChannels, 3, 1, 1, padding, true, 11);

    private static List<string> BconvLines(string ir) => ir.Split('\n').Where(l => l.Contains("\"lq.Bconv2d\"")).ToList();

    private static string ResultType(string line) => line[(line.LastIndexOf("-> ", StringComparison.Ordinal) + 3)..];

    private static void AssertExact(BinaryNet net)
    {
        Assert.Null(UnipolarValidationTests.Validate(net, [UnipolarValidationTests.Pipeline("arm")]));
        Assert.Null(UnipolarValidationTests.Validate(net, [UnipolarValidationTests.Pipeline("xcore")]));
    }

    [Theory]
    [InlineData(SignForm.Heaviside)]
    [InlineData(SignForm.DoReFa)]
    [InlineData(SignForm.HalfSign)]
    public void ReluAfterAUnipolarConvStaysSeparate(SignForm form)
    {
        var net = new BinaryNet(4, 4, 3, [Conv(form, 4, ConvPadding.SameZero), new Relu()], false, 3);
        AssertExact(net);
        string converted = Convert(net);
        var convs = BconvLines(converted);
        Assert.NotEmpty(convs);
        Assert.All(convs, line => Assert.Contains("fused_activation_function = \"NONE\", pad_values = 1 : i32, padding = \"SAME\"", line));
        // The ReLU stays an op of its own (the half-sign form's tfl.add takes it as its fused activation).
        Assert.True(converted.Contains("tfl.relu") || converted.Contains("tfl.add") && converted.Contains("fused_activation_function = \"RELU\""), converted);
    }

    [Theory]
    [InlineData(SignForm.Heaviside)]
    [InlineData(SignForm.DoReFa)]
    public void UnipolarConvFeedingABipolarConvWritesBitpackedOutput(SignForm form)
    {
        var net = new BinaryNet(5, 5, 3, [Conv(form, 4), new BatchNorm(5), Conv(SignForm.SelectV2, 2)], false, 4);
        AssertExact(net);
        string converted = Convert(net);
        // The first conv writes 3x3x4 packed into one word per pixel, through thresholds.
        Assert.Equal(["tensor<1x3x3x1xi32>", "tensor<1x1x1x2xf32>"], BconvLines(converted).Select(ResultType));
        Assert.Contains("none, tensor<4xi32>) -> tensor<1x3x3x1xi32>", converted);
    }

    [Fact]
    public void UnipolarConvFeedingAUnipolarConvKeepsItsFloatOutput()
    {
        var net = new BinaryNet(5, 5, 3, [Conv(SignForm.Heaviside, 4), new BatchNorm(6), Conv(SignForm.DoReFa, 2)], false, 5);
        AssertExact(net);
        string converted = Convert(net);
        Assert.Equal(["tensor<1x3x3x4xf32>", "tensor<1x1x1x2xf32>"], BconvLines(converted).Select(ResultType));
        Assert.Equal(2, UnipolarValidationTests.Count(converted, "tfl.sub"));
    }

    private static readonly BinaryNet OneConv = new(3, 3, 1, [Conv(SignForm.Heaviside, 2)], false, 1);

    [Fact]
    public void UnbrokenOneConvNetworkAgrees() => Assert.Null(UnipolarValidationTests.Validate(OneConv, [UnipolarValidationTests.Prepare("arm")]));

    [Fact]
    public void WrongBiasSignIsCaught()
    {
        var failure = UnipolarValidationTests.Validate(OneConv, [UnipolarValidationTests.Prepare("arm")], BrokenTranslation.BiasesNegated);
        Assert.NotNull(failure);
        Assert.StartsWith("after 'builtin.module(func.func(tfl-prepare-lce{target=arm}))': output #0", failure);
    }

    [Fact]
    public void WrongMultiplierSignIsCaught() =>
        Assert.NotNull(UnipolarValidationTests.Validate(OneConv, [UnipolarValidationTests.Prepare("arm")], BrokenTranslation.MultipliersNegated));

    /// <summary>On random unipolar networks, a negated bias is found (and shrunk to a single conv).</summary>
    [Fact]
    public void WrongBiasSignIsFoundOnRandomNetworks()
    {
        BinaryNet? last = null;
        var property = Prop.ForAll(UnipolarNetGen.UnipolarOnly, net =>
        {
            var failure = UnipolarValidationTests.Validate(net, [UnipolarValidationTests.Prepare("arm")], BrokenTranslation.BiasesNegated);
            if (failure is not null) last = net;
            return failure is null;
        });
        var error = Assert.ThrowsAny<Exception>(() => property.Check(Config.QuickThrowOnFailure.WithMaxTest(60)));
        Assert.Contains("Falsifiable", error.Message);
        Assert.NotNull(last);
        Assert.IsType<BinaryConv>(Assert.Single(last!.Layers));
    }
}

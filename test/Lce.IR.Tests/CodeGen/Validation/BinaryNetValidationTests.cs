using FsCheck;
using FsCheck.Fluent;
using Lce.CodeGen.Runtime;

namespace Lce.Tests.CodeGen.Validation;

/// <summary>
/// Translation validation of LCE's passes on random small binarized tf networks: the converted
/// network computes what the original computes (exactly for the bitpacked and integer results,
/// within <see cref="TranslationValidator.Tolerance"/> for floats), checked after each stage.
/// </summary>
public class BinaryNetValidationTests
{
    private static Config Cases(int n) => Config.QuickThrowOnFailure.WithMaxTest(n);

    /// <summary>
    /// LCE's three passes, each with what it expects before it: prepare on tf ops, then
    /// legalize-tf (tf → tfl, as the converter runs it between the two) so that optimize finds
    /// tfl ops, then bitpack-weights; canonicalize folds the constants each leaves.
    /// </summary>
    public static string[] LceStages(string target) =>
    [
        $"builtin.module(func.func(tfl-prepare-lce{{target={target}}},canonicalize,tfl-legalize-tf,canonicalize))",
        $"builtin.module(func.func(tfl-optimize-lce{{target={target}}},canonicalize,tfl-optimize-lce{{target={target}}}))",
        "builtin.module(func.func(tfl-lce-bitpack-weights,canonicalize,cse))",
    ];

    internal static string? Validate(BinaryNet net, IReadOnlyList<string> stages, Action<Lce.IR.Operation>? mutate = null) =>
        TranslationValidator.Check(BinaryNetPrinter.Print(net), stages,
            [Tensor.FromFloats(BinaryNetPrinter.InputShape(net), BinaryNetPrinter.Input(net))], mutate);

    // About 0.3 s per network in a Debug build (the pass pipeline dominates), so the counts
    // stay small: 80 networks in all; arm, which converts more (same-zero convs, binary
    // max-pool), gets more.
    [Theory]
    [InlineData("arm", 25)]
    [InlineData("xcore", 15)]
    public void LcePassesPreserveTheNetwork(string target, int cases) =>
        Prop.ForAll(BinaryNetGen.Arbitrary, net =>
        {
            var failure = Validate(net, LceStages(target));
            return failure is null ? true.ToProperty() : false.Label($"{net}\n{failure}");
        }).Check(Cases(cases));

    [Theory]
    [InlineData("arm", 25)]
    [InlineData("xcore", 15)]
    public void FullPipelinePreservesTheNetwork(string target, int cases) =>
        Prop.ForAll(BinaryNetGen.Arbitrary, net =>
        {
            var failure = Validate(net, [$"builtin.module(func.func(lce-tf-to-tfl{{target={target}}}))"]);
            return failure is null ? true.ToProperty() : false.Label($"{net}\n{failure}");
        }).Check(Cases(cases));

    /// <summary>
    /// The generated forms reach the LCE ops they are meant to exercise (so the properties above
    /// validate conversions, not tf ops left alone): a dilated conv written with SpaceToBatchND,
    /// a batch-normed binary conv feeding another (bitpacked output), max-pool before a binary
    /// conv (binary max-pool on arm) and relu after an unscaled one (fused).
    /// </summary>
    [Fact]
    public void GeneratedFormsBecomeLceOps()
    {
        var net = new BinaryNet(5, 5, 4,
        [
            new BinaryConv(SignForm.SelectV2, 4, 2, 1, 2, ConvPadding.SameZero, true, 1, SpaceToBatch: true),
            new BatchNorm(2),
            new BinaryConv(SignForm.LegacySign, 3, 3, 1, 1, ConvPadding.SameOne, false, 3),
            new Relu(),
            new MaxPool(2, 2, false),
            new BinaryConv(SignForm.SelectV2, 2, 1, 1, 1, ConvPadding.Valid, true, 4),
        ], false, 5);
        Assert.Null(Validate(net, LceStages("arm")));
        string converted = TranslationValidator.Convert(BinaryNetPrinter.Print(net), "builtin.module(func.func(lce-tf-to-tfl,lce-translate-tfl))");
        Assert.DoesNotContain("SpaceToBatchND", converted);
        Assert.Equal(3, converted.Split("\"lq.Bconv2d\"").Length - 1);
        Assert.Contains("dilation_height_factor = 2 : i32", converted);
        Assert.Contains("-> tensor<1x5x5x1xi32>", converted);
        Assert.Contains("fused_activation_function = \"RELU\"", converted);
        Assert.Contains("\"lq.BMaxPool2d\"", converted);

        // t <= x becomes Quantize(x - t) (optimize swaps it to x >= t, then subtracts).
        var swapped = new BinaryNet(2, 2, 3, [new BinaryConv(SignForm.LessEqualSwapped, 2, 1, 1, 1, ConvPadding.Valid, false, 1)], false, 1);
        string lowered = TranslationValidator.Convert(BinaryNetPrinter.Print(swapped), "builtin.module(func.func(lce-tf-to-tfl,lce-translate-tfl))");
        Assert.DoesNotContain("less_equal", lowered);
        Assert.Contains("tfl.sub", lowered);
    }
}

using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Lce.Tests.CodeGen.Validation;

/// <summary>
/// The validation can fail: deliberately broken translations (a mutated threshold or
/// multiplier in the converted IR) are caught, and FsCheck shrinks a counterexample to a
/// network of a few readable ops.
/// </summary>
public class BrokenTranslationTests(ITestOutputHelper output)
{
    private static readonly string[] Stages = BinaryNetValidationTests.LceStages("arm");

    /// <summary>
    /// Two plain 1x1 binary convs on one negative pixel: the first writes bitpacked output through
    /// threshold 0, and its accumulator is 1 (input -1 against weight +1), so threshold 1 flips it.
    /// </summary>
    private static readonly BinaryNet TwoConvs = NegativeInput(new(1, 1, 1,
        [new BinaryConv(SignForm.SelectV2, 1, 1, 1, 1, ConvPadding.Valid, false, 0), new BinaryConv(SignForm.SelectV2, 1, 1, 1, 1, ConvPadding.Valid, false, 0)],
        false, 0));

    private static BinaryNet NegativeInput(BinaryNet net) =>
        net with { InputSeed = Enumerable.Range(0, 100).First(s => BinaryNetPrinter.Input(net with { InputSeed = s })[0] < 0) };

    [Fact]
    public void UnbrokenTwoConvNetworkAgrees() => Assert.Null(BinaryNetValidationTests.Validate(TwoConvs, Stages));

    [Fact]
    public void ThresholdOffByOneIsCaught()
    {
        var failure = BinaryNetValidationTests.Validate(TwoConvs, Stages, BrokenTranslation.ThresholdsOffByOne);
        Assert.NotNull(failure);
        Assert.StartsWith("after 'builtin.module(func.func(tfl-lce-bitpack-weights,canonicalize,cse))': output #0 element 0: -1 before, 1 after", failure);
        Assert.Contains("\"lq.Bconv2d\"", failure);
    }

    [Fact]
    public void DoubledMultiplierIsFoundAndShrinksToOneReadableConv()
    {
        BinaryNet? last = null;
        string? lastFailure = null;
        var property = Prop.ForAll(BinaryNetGen.Arbitrary, net =>
        {
            var failure = BinaryNetValidationTests.Validate(net, Stages, BrokenTranslation.MultipliersDoubled);
            if (failure is not null) (last, lastFailure) = (net, failure);
            return failure is null;
        });
        var error = Assert.ThrowsAny<Exception>(() => property.Check(Config.QuickThrowOnFailure.WithMaxTest(100)));
        Assert.Contains("Falsifiable", error.Message);

        // The last failing case FsCheck tried is the shrunk counterexample.
        output.WriteLine(lastFailure);
        Assert.NotNull(last);
        // One binary conv (shrinking may stop at another local minimum than the 1x1 one).
        Assert.IsType<BinaryConv>(Assert.Single(last!.Layers));
        Assert.False(last.Head);
        Assert.True(BinaryNetPrinter.Print(last).Split('\n').Length <= 14, lastFailure);
    }
}

using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Lce.Tests.CodeGen.Validation;

/// <summary>
/// The validation can fail: a deliberately broken translation (a mutated threshold or
/// multiplier in the converted IR) is found among the generated networks, and FsCheck shrinks
/// it to a network of a few readable ops.
/// </summary>
public class BrokenTranslationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(nameof(BrokenTranslation.ThresholdsOffByOne))]
    [InlineData(nameof(BrokenTranslation.MultipliersDoubled))]
    public void MutatedConversionIsCaughtAndShrinks(string mutation)
    {
        Action<Lce.IR.Operation> mutate = mutation == nameof(BrokenTranslation.ThresholdsOffByOne)
            ? BrokenTranslation.ThresholdsOffByOne : BrokenTranslation.MultipliersDoubled;
        var stages = BinaryNetValidationTests.LceStages("arm");
        BinaryNet? last = null;
        string? lastFailure = null;
        var property = Prop.ForAll(BinaryNetGen.Arbitrary, net =>
        {
            var failure = BinaryNetValidationTests.Validate(net, stages, mutate);
            if (failure is not null) (last, lastFailure) = (net, failure);
            return failure is null;
        });
        var error = Assert.ThrowsAny<Exception>(() => property.Check(Config.QuickThrowOnFailure.WithMaxTest(200)));
        Assert.Contains("Falsifiable", error.Message);

        // The last failing case FsCheck tried is the shrunk counterexample: one binary conv
        // (two when the threshold needs a bitpacked output), a handful of lines of IR.
        Assert.NotNull(last);
        string ir = BinaryNetPrinter.Print(last!);
        output.WriteLine(lastFailure);
        Assert.True(last!.Layers.Length <= 3, $"not shrunk: {last}");
        Assert.True(ir.Split('\n').Length <= 30, ir);
        Assert.Contains("after 'builtin.module(func.func(tfl-lce-bitpack-weights", lastFailure);
    }
}

namespace Lce.Tests.ConverterPasses;

using FsCheck;
using FsCheck.Fluent;
using static ConverterTestUtil;
using static TranslationValidation;

/// <summary>
/// Translation validation of tfl-optimize (with canonicalization, as LCE's pipeline runs it):
/// random float TFLite networks compute the same outputs before and after, within 1e-4 of the
/// largest output, while the folds remove the per-channel arithmetic and separate activations.
/// </summary>
public sealed class OptimizeValidationTests
{
    [Fact]
    public void RandomNetworksKeepTheirOutputs()
    {
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var (text, input) = new RandomNetworks(seed).TflNetwork();
            var module = Parse(text);
            int before = CountComputeOps(module);
            var rng = new Random(seed);
            var inputs = new[] { RandomFloats(rng, input) };
            var expected = Execute(Func(module), inputs);

            Run(module, "func.func(tfl-optimize{enable-canonicalization=true})");
            var actual = Execute(Func(module), inputs);
            AssertSame(expected, actual, $"seed {seed}\n{text}");
            // The batch norm, the separate activations and the fully connected layer's mul/add are folded.
            Assert.True(CountComputeOps(module) <= before - 5, $"seed {seed}: {before} -> {CountComputeOps(module)} ops");
            Assert.Empty(All(module, "tfl.mul"));
            Assert.Empty(All(module, "tfl.div"));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    private static int CountComputeOps(IR.Operation module)
    {
        int n = 0;
        module.Walk(op =>
        {
            if (op.OpName.DialectNamespace == "tfl" && op.Name is not ("tfl.no_value" or "tfl.pseudo_const")
                && !(op.Name == "tfl.reshape" && IR.Rewrite.Matchers.MatchConstant(op.GetOperand(0), out _)))
                n++;
        });
        return n;
    }
}

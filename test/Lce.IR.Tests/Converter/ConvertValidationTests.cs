namespace Lce.Tests.ConverterPasses;

using FsCheck;
using FsCheck.Fluent;
using Lce.Transforms.Larq;
using static ConverterTestUtil;
using static TranslationValidation;

/// <summary>
/// Translation validation of the LCE part of lce-convert on random binarized tf networks. The
/// reference executor has no tf kernels on this branch, so the network is first brought to
/// TFLite + lq ops by the pipeline's first three stages (cleanup, prepare, legalize) and
/// canonicalized (the executor needs constant filters); that module is the reference. The
/// remaining stages (LCE and TFL optimization with batch-norm folding and bitpacked outputs,
/// weight bitpacking, padding fusion, legalization to LCE custom ops) must keep its outputs:
/// float outputs within 1e-4 of the largest, ±1 outputs of a final ste_sign bit for bit.
/// </summary>
public sealed class ConvertValidationTests
{
    private static string Stages(LceTarget target, int from, int to) =>
        "func.func(" + string.Join(",", LcePipeline.Stages(target).Skip(from).Take(to - from).SelectMany(s => s.Passes)) + ")";

    [Theory]
    [InlineData(LceTarget.Arm)]
    [InlineData(LceTarget.XCore)]
    public void RandomBinarizedNetworksKeepTheirOutputs(LceTarget target)
    {
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var (text, input, binary) = new RandomNetworks(seed).BinaryTfNetwork();
            var module = Parse(text);
            Run(module, Stages(target, 0, 3));
            Run(module, "func.func(canonicalize)");
            Assert.NotEmpty(All(module, "lq.Bconv2d"));
            var inputs = new[] { RandomFloats(new Random(seed), input) };
            var expected = Execute(Func(module), inputs);

            Run(module, Stages(target, 3, LcePipeline.Stages(target).Count));
            Assert.Empty(All(module, "lq.Bconv2d"));
            var actual = Execute(Func(module), inputs);
            if (binary)
                Assert.Equal(expected[0].Span<float>().ToArray(), actual[0].Span<float>().ToArray());
            AssertSame(expected, actual, $"seed {seed} ({target})\n{text}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }
}

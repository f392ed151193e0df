namespace Lce.Tests.ConverterPasses;

using FsCheck;
using FsCheck.Fluent;
using Lce.Dialects.Quant;
using Lce.Transforms.Larq;
using static ConverterTestUtil;
using static TranslationValidation;

/// <summary>
/// The int8 stage of lce-tf-to-tfl with a default range on random float TFLite networks (the
/// ones tfl-optimize is validated on): the result verifies, every compute op reads and writes
/// int8 (only the input quantize and the output dequantize touch f32), and it runs on the
/// executor with outputs inside the default range.
/// </summary>
public sealed class Int8StageTests
{
    private const double Min = -6, Max = 6;

    [Fact]
    public void RandomNetworksBecomeInt8()
    {
        var passes = "func.func(tfl-optimize{enable-canonicalization=true}," +
            string.Join(",", LcePipeline.Int8Passes(new Int8Mode((Min, Max)))) + ")";
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var (text, input) = new RandomNetworks(seed).TflNetwork();
            var module = Parse(text);
            Run(module, passes);
            var func = Func(module);
            foreach (var op in func.GetRegion(0).Blocks[0].Operations)
            {
                if (op.Name is "func.return" or "arith.constant" or "tfl.pseudo_qconst" or "tfl.no_value") continue;
                var types = op.OperandTypes.Concat(op.ResultTypes).Where(t => t is IR.ShapedType { ElementType: IR.FloatType or QuantizedType }).ToList();
                int floats = types.Count(t => t is IR.ShapedType { ElementType: IR.FloatType });
                int expected = op.Name is "tfl.quantize" or "tfl.dequantize" ? 1 : 0;
                Assert.True(floats == expected, $"seed {seed}: {op}\n{text}");
            }
            Assert.Single(All(module, "tfl.dequantize"));

            var outputs = Execute(func, [RandomFloats(new Random(seed), input)]);
            // The output scale of the default range is (max - min) / 255, zero point nudged onto the grid.
            foreach (var v in outputs[0].Span<float>().ToArray())
                Assert.InRange(v, Min - 0.05, Max + 0.05);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(25));
    }
}

namespace Lce.Tests.Larq.Quant;

using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Lce.Dialects;
using Lce.Dialects.Quant;
using Lce.IR;
using Lce.IR.Parsing;

/// <summary>
/// Random quant types: printing then parsing gives back the same interned type (always), and
/// mlir-opt 22 prints the same text for them (when installed): the scale's text is MLIR's
/// shortest exact float form, so this checks it on many scales of every magnitude.
/// </summary>
public class QuantPropertyTests
{
    /// <summary>A uniform type's parameters: storage (width, signed), expressed type, scale bits, zero point.</summary>
    public sealed record Params(int Width, bool Signed, string Expressed, double Scale, long ZeroPoint)
    {
        public UniformQuantizedType Build(IRContext ctx)
        {
            var e = (FloatType)MlirParser.ParseType(ctx, Expressed);
            return UniformQuantizedType.Get(ctx, Width, Signed, e, Scale, ZeroPoint);
        }
    }

    private static readonly string[] Expressed = ["f32", "f64", "f16", "bf16"];

    /// <summary>Scales spread over the expressed type's whole range: random bit patterns clamped into it, and decimal-looking values.</summary>
    private static Gen<Params> ParamsGen(IRContext ctx) =>
        from width in Gen.Elements(2, 4, 8, 16, 32)
        from signed in Gen.Elements(true, false)
        from expressed in Gen.Elements(Expressed)
        from bits in Gen.Choose(0, int.MaxValue).Two()
        from digits in Gen.Choose(1, 17)
        from zero in Gen.Choose(-200, 200)
        let range = QuantTypeRules.ScaleRange((FloatType)MlirParser.ParseType(ctx, expressed))
        let raw = BitConverter.Int64BitsToDouble(((long)bits.Item1 << 32 | (uint)bits.Item2) & long.MaxValue)
        let scale = Clamp(digits % 2 == 0 ? raw : Round(raw, digits), range)
        select new Params(width, signed, expressed, scale, zero);

    private static double Round(double v, int digits) =>
        double.IsFinite(v) ? double.Parse(v.ToString("E" + (digits - 1), System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture) : v;

    private static double Clamp(double v, (double Min, double Max) r) =>
        double.IsNaN(v) || v < r.Min || v > r.Max ? Math.Max(r.Min, Math.Min(r.Max, Math.Abs(v) % 1000 + r.Min)) : v;

    [Fact]
    public void PrintedTypesParseBackToThemselves()
    {
        var ctx = StandardDialects.CreateContext();
        Prop.ForAll(ParamsGen(ctx).ToArbitrary(), p =>
        {
            var t = p.Build(ctx);
            return ReferenceEquals(t, MlirParser.ParseType(ctx, t.ToString()));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [RequiresMlirOptFact]
    public void RandomScalesPrintAsMlirOpt()
    {
        var ctx = StandardDialects.CreateContext();
        var samples = ParamsGen(ctx).Sample(2000, 100);
        Assert.Equal(2000, samples.Length);
        var input = new StringBuilder();
        int i = 0;
        foreach (var p in samples)
        {
            // Each scale written as its exact bit pattern, so both tools read the same double.
            var storage = (p.Signed ? "i" : "u") + p.Width;
            input.Append($"func.func private @s{i++}(!quant.uniform<{storage}:{p.Expressed}, 0x{BitConverter.DoubleToInt64Bits(p.Scale):X16}:{p.ZeroPoint}>, ");
            input.Append($"!quant.calibrated<{p.Expressed}<-1.0:0x{BitConverter.DoubleToInt64Bits(p.Scale):X16}>>)\n");
        }
        var expected = MlirOptOracle.Run(input.ToString());
        var ours = MlirOptOracle.RunOurs(input.ToString());
        Assert.Equal(expected.Err, ours.Err);
        Assert.Equal(expected.Out, ours.Out);
        Assert.Equal(0, expected.Rc);
    }
}

namespace Lce.Tests.Larq.LegalizeLce;

using FsCheck;
using FsCheck.Fluent;
using Lce.Serialization.CustomOptions;
using Lce.Transforms.Larq.LegalizeLce;
using Lce.Transforms.Larq.TranslateTfl;

/// <summary>
/// `-tfl-legalize-lce` then `-lce-translate-tfl` over random attribute values gives back the
/// same lq ops, property for property (values the lq verifier would reject included: the
/// encoding does not depend on them being sensible).
/// </summary>
public sealed class LegalizeTranslateRoundTripTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(150);

    private static string Text(Bconv2dOptions b, BMaxPool2dOptions p) => $$"""
        func.func @f(%in: tensor<1x8x8x2xi32>, %w: tensor<4x3x3x2xi32>, %m: tensor<4xf32>, %n: none) -> (tensor<1x6x6x4xf32>, tensor<1x4x4x2xi32>) {
          %0 = "lq.Bconv2d"(%in, %w, %m, %n, %n) <{channels_in = {{b.ChannelsIn}} : i32, dilation_height_factor = {{b.DilationHeightFactor}} : i32, dilation_width_factor = {{b.DilationWidthFactor}} : i32, fused_activation_function = "{{TfliteEnums.Name(b.FusedActivationFunction)}}", pad_values = {{b.PadValues}} : i32, padding = "{{TfliteEnums.Name(b.Padding)}}", stride_height = {{b.StrideHeight}} : i32, stride_width = {{b.StrideWidth}} : i32}> : (tensor<1x8x8x2xi32>, tensor<4x3x3x2xi32>, tensor<4xf32>, none, none) -> tensor<1x6x6x4xf32>
          %1 = "lq.BMaxPool2d"(%in) <{filter_height = {{p.FilterHeight}} : i32, filter_width = {{p.FilterWidth}} : i32, padding = "{{TfliteEnums.Name(p.Padding)}}", stride_height = {{p.StrideHeight}} : i32, stride_width = {{p.StrideWidth}} : i32}> : (tensor<1x8x8x2xi32>) -> tensor<1x4x4x2xi32>
          return %0, %1 : tensor<1x6x6x4xf32>, tensor<1x4x4x2xi32>
        }
        """;

    [Fact]
    public void LegalizeThenTranslateIsTheIdentity()
    {
        var gen = from b in CustomOptionsPropertyTests.Bconv from p in CustomOptionsPropertyTests.Pool select (b, p);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var u = new LarqPassTestUtil();
            var module = u.Parse(Text(t.b, t.p), verify: false);
            string before = LarqPassTestUtil.Print(module);
            u.RunOk(new LegalizeLcePass(), module);
            var legalized = LarqPassTestUtil.BodyOps(module);
            Assert.Equal(["tfl.custom", "tfl.custom", "func.return"], legalized.Select(o => o.Name));
            Assert.Equal(t.b, LqCustomOps.Bconv2dOptionsOf(Translated(u, legalized[0])));
            u.RunOk(new TranslateTflPass(), module);
            Assert.Equal(before, LarqPassTestUtil.Print(module));
        }).Check(Runs);
    }

    /// <summary>The Bconv2d options a legalized op decodes to (read straight from its bytes).</summary>
    private static Lce.IR.Operation Translated(LarqPassTestUtil u, Lce.IR.Operation custom)
    {
        var bytes = ((Lce.Dialects.Tfl.ConstBytesAttr)custom.GetAttr("custom_option")!).ToArray();
        var options = Bconv2dOptions.Decode(bytes);
        var state = new Lce.IR.OperationState(u.Ctx, "lq.Bconv2d", custom.Location);
        foreach (var p in LqCustomOps.Properties(u.Ctx, options)) state.AddInherent(p.Name, p.Value);
        return state.Create();
    }
}

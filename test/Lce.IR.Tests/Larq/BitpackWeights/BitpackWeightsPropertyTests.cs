namespace Lce.Tests.Larq.BitpackWeights;

using System.Buffers.Binary;
using FsCheck;
using FsCheck.Fluent;
using Lce.Dialects.Lq;
using Lce.IR;
using Lce.Transforms.Larq.BitpackWeights;

/// <summary>
/// `-tfl-lce-bitpack-weights` on random f32 filters of every channel count 1..130: the packed
/// constant equals <see cref="Bitpacking.PackF32"/> of the filter and a bit-by-bit reference of
/// the convention (bit j%32 of word j/32 set for x &lt; 0; −0.0, NaN and padding bits clear).
/// </summary>
public sealed class BitpackWeightsPropertyTests
{
    private static readonly Gen<float> Values = Gen.OneOf(
        Gen.Elements(1f, -1f, 0f, -0f, float.NaN, -float.NaN, float.PositiveInfinity, float.NegativeInfinity, float.Epsilon, -float.Epsilon),
        ArbMap.Default.GeneratorFor<float>());

    private static string Module(int o, int h, int w, int c, float[] values)
    {
        var hex = new System.Text.StringBuilder("0x");
        Span<byte> b = stackalloc byte[4];
        foreach (var v in values)
        {
            BinaryPrimitives.WriteSingleLittleEndian(b, v);
            hex.Append(Convert.ToHexString(b));
        }
        int words = Bitpacking.PackedSize(c);
        return $$"""
            func.func @f(%in: tensor<1x{{h}}x{{w}}x{{words}}xi32>, %m: tensor<{{o}}xf32>, %n: none) -> tensor<1x1x1x{{o}}xf32> {
              %w = arith.constant dense<"{{hex}}"> : tensor<{{o}}x{{h}}x{{w}}x{{c}}xf32>
              %0 = "lq.Bconv2d"(%in, %w, %m, %m, %n) {channels_in = {{c}} : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x{{h}}x{{w}}x{{words}}xi32>, tensor<{{o}}x{{h}}x{{w}}x{{c}}xf32>, tensor<{{o}}xf32>, tensor<{{o}}xf32>, none) -> tensor<1x1x1x{{o}}xf32>
              return %0 : tensor<1x1x1x{{o}}xf32>
            }
            """;
    }

    [Fact]
    public void PackedFiltersMatchBitpackingForEveryChannelCount()
    {
        for (int channels = 1; channels <= 130; channels++)
        {
            int c = channels;
            var gen = from o in Gen.Choose(1, 3)
                      from h in Gen.Choose(1, 2)
                      from w in Gen.Choose(1, 2)
                      from values in Gen.ArrayOf(Values, o * h * w * c)
                      select (o, h, w, values);
            Prop.ForAll(gen.ToArbitrary(), t =>
            {
                var u = new LarqPassTestUtil();
                var module = u.RunOk(new BitpackWeightsPass(), u.Parse(Module(t.o, t.h, t.w, c, t.values)));
                var conv = LarqPassTestUtil.BodyOps(module).Single(op => op.Name == "lq.Bconv2d");
                var filter = (DenseElementsAttr)conv.GetOperand(1).DefiningOp!.GetInherentOrDiscardable("value")!;
                Assert.Equal($"tensor<{t.o}x{t.h}x{t.w}x{Bitpacking.PackedSize(c)}xi32>", filter.Type.ToString());
                var words = filter.ToI32Array();
                Assert.Equal(Bitpacking.PackF32(t.values, c), words);
                Assert.Equal(Reference(t.values, c), words);
            }).Check(Config.QuickThrowOnFailure.WithMaxTest(3));
        }
    }

    [Fact]
    public void ZeroChannelFiltersPackToZeroWords()
    {
        var ctx = Lce.Dialects.StandardDialects.CreateContext();
        var type = RankedTensorType.Get(ctx, [2, 1, 1, 0], FloatType.F32(ctx));
        var packed = FilterBitpacking.Bitpack(ctx, DenseElementsValues.FromF32(ctx, type, []));
        Assert.Equal("tensor<2x1x1x0xi32>", packed.Type.ToString());
    }

    [Fact]
    public void OnlyRankFourF32DenseConstantsAreFilters()
    {
        var ctx = Lce.Dialects.StandardDialects.CreateContext();
        var f32 = FloatType.F32(ctx);
        Assert.True(FilterBitpacking.IsConv2DFilter(DenseElementsValues.SplatF32(ctx, RankedTensorType.Get(ctx, [1, 1, 1, 1], f32), 1f)));
        Assert.False(FilterBitpacking.IsConv2DFilter(DenseElementsValues.SplatF32(ctx, RankedTensorType.Get(ctx, [1, 1, 1], f32), 1f)));
        Assert.False(FilterBitpacking.IsConv2DFilter(DenseElementsValues.FromI32(ctx, RankedTensorType.Get(ctx, [1, 1, 1, 1], IntegerType.Get(ctx, 32)), [1])));
        Assert.False(FilterBitpacking.IsConv2DFilter(FloatAttr.Get(ctx, f32, 1.0)));
    }

    /// <summary>The convention spelled out bit by bit, independent of <see cref="Bitpacking"/>.</summary>
    private static int[] Reference(float[] values, int channels)
    {
        int rows = values.Length / channels, words = (channels + 31) / 32;
        var result = new int[rows * words];
        for (int r = 0; r < rows; r++)
            for (int j = 0; j < channels; j++)
            {
                float x = values[r * channels + j];
                bool negative = !float.IsNaN(x) && x < 0f;
                if (negative) result[r * words + j / 32] |= (int)(1u << (j % 32));
            }
        return result;
    }
}

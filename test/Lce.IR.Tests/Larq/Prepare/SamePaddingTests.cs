namespace Lce.Tests.Larq.Prepare;

using FsCheck;
using FsCheck.Fluent;
using Lce.Dialects;
using Lce.Dialects.Tf;
using Lce.IR;
using Lce.Transforms.Larq.Prepare;

/// <summary>LCE's recognition of explicit SAME padding (IsSamePadding with padding.h).</summary>
public sealed class SamePaddingTests
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(500);
    private static readonly IRContext Ctx = StandardDialects.CreateContext();
    private const long Dyn = ShapedType.Dynamic;

    private static DenseElementsAttr Pads(int width, params long[] values) =>
        DenseElementsAttr.FromRaw(Ctx, RankedTensorType.Get(Ctx, [4, 2], IntegerType.Get(Ctx, width)),
            values.SelectMany(v => BitConverter.GetBytes(v).Take(width / 8)).ToArray(), isSplat: false);

    private static IRType T(params long[] shape) => RankedTensorType.Get(Ctx, shape, IntegerType.Get(Ctx, 32));
    private static ArrayAttr Strides(long h, long w) => TfAttrs.I64ArrayAttr(Ctx, [1, h, w, 1]);

    [Fact]
    public void SymmetricSpatialPaddingWithCeilDivOutputsIsSame()
    {
        Assert.True(SamePadding.IsSamePadding(Pads(32, 0, 0, 1, 1, 2, 2, 0, 0), T(2, 7, 9, 1), T(2, 7, 9, 4), Strides(1, 1)));
        // Stride 2 with an odd input: out = ⌈7/2⌉ = 4.
        Assert.True(SamePadding.IsSamePadding(Pads(32, 0, 0, 1, 1, 1, 1, 0, 0), T(1, 7, 7, 1), T(1, 4, 4, 8), Strides(2, 2)));
        // An odd total puts the extra row after.
        Assert.True(SamePadding.IsSamePadding(Pads(32, 0, 0, 1, 2, 0, 1, 0, 0), T(1, 6, 6, 1), T(1, 6, 6, 8), Strides(1, 1)));
    }

    [Theory]
    [InlineData(0, 0, 2, 1, 1, 1, 0, 0)] // extra row before
    [InlineData(0, 0, 2, 0, 2, 0, 0, 0)] // one-sided
    [InlineData(1, 0, 1, 1, 1, 1, 0, 0)] // batch
    [InlineData(0, 0, 1, 1, 1, 1, 0, 1)] // channels
    [InlineData(0, 0, -1, 0, 0, 0, 0, 0)] // negative
    public void OtherSplitsOrDimensionsAreNot(long a, long b, long c, long d, long e, long f, long g, long h) =>
        Assert.False(SamePadding.IsSamePadding(Pads(32, a, b, c, d, e, f, g, h), T(1, 6, 6, 1), T(1, 6, 6, 8), Strides(1, 1)));

    [Fact]
    public void TheOutputMustBeTheCeilDivOfTheInput()
    {
        var pads = Pads(32, 0, 0, 1, 1, 1, 1, 0, 0);
        Assert.False(SamePadding.IsSamePadding(pads, T(1, 6, 6, 1), T(1, 3, 6, 8), Strides(1, 1)));
        Assert.False(SamePadding.IsSamePadding(pads, T(1, 6, 6, 1), T(1, 6, 6, 8), Strides(2, 1)));
        Assert.True(SamePadding.IsSamePadding(pads, T(1, 6, 6, 1), T(1, 3, 6, 8), Strides(2, 1)));
        Assert.False(SamePadding.IsSamePadding(pads, T(1, 6, 6, 1), T(1, 6, 6, 8), Strides(0, 1)));
    }

    [Fact]
    public void ShapesMustBe4DAndPaddings4x2IntegersOfAnyWidth()
    {
        var pads = Pads(32, 0, 0, 1, 1, 1, 1, 0, 0);
        Assert.False(SamePadding.IsSamePadding(pads, T(6, 6, 1), T(1, 6, 6, 8), Strides(1, 1)));
        Assert.False(SamePadding.IsSamePadding(pads, T(1, 6, 6, 1), UnrankedTensorType.Get(Ctx, FloatType.F32(Ctx)), Strides(1, 1)));
        Assert.True(SamePadding.IsSamePadding(Pads(64, 0, 0, 1, 1, 1, 1, 0, 0), T(1, 6, 6, 1), T(1, 6, 6, 8), Strides(1, 1)));
        var flat = DenseElementsAttr.FromRaw(Ctx, RankedTensorType.Get(Ctx, [8], IntegerType.Get(Ctx, 32)), new byte[32], isSplat: false);
        Assert.Null(SamePadding.ValidPadAttr(flat));
        Assert.False(SamePadding.IsSamePadding(pads, T(1, 6, 6, 1), T(1, 6, 6, 8), TfAttrs.I64ArrayAttr(Ctx, [1, 1])));
    }

    [Fact]
    public void DynamicSizesCountAsZeroAsInLce()
    {
        var pads = Pads(32, 0, 0, 1, 1, 1, 1, 0, 0);
        Assert.True(SamePadding.IsSamePadding(pads, T(1, Dyn, Dyn, 1), T(1, Dyn, Dyn, 8), Strides(2, 2)));
        Assert.False(SamePadding.IsSamePadding(pads, T(1, Dyn, 6, 1), T(1, 6, 6, 8), Strides(1, 1)));
        Assert.False(SamePadding.IsSamePadding(pads, T(1, 6, 6, 1), T(1, Dyn, 6, 8), Strides(1, 1)));
    }

    /// <summary>TF's SAME padding for one dimension: out = ⌈in/s⌉, total = max((out−1)·s + k − in, 0), the smaller half first.</summary>
    private static (long Out, long Before, long After) TfSame(long input, long stride, long kernel)
    {
        long output = (input + stride - 1) / stride;
        long total = Math.Max((output - 1) * stride + kernel - input, 0);
        return (output, total / 2, total - total / 2);
    }

    [Fact]
    public void TfsSamePaddingIsRecognizedAndAnyOtherSplitIsNot() =>
        Prop.ForAll((from inH in Gen.Choose(1, 40)
                     from inW in Gen.Choose(1, 40)
                     from sh in Gen.Choose(1, 4)
                     from sw in Gen.Choose(1, 4)
                     from kh in Gen.Choose(1, 7)
                     from kw in Gen.Choose(1, 7)
                     from shift in Gen.Choose(-2, 2)
                     select (inH, inW, sh, sw, kh, kw, shift)).ToArbitrary(), c =>
        {
            var h = TfSame(c.inH, c.sh, c.kh);
            var w = TfSame(c.inW, c.sw, c.kw);
            var input = T(1, c.inH, c.inW, 1);
            var output = T(1, h.Out, w.Out, 3);
            Assert.True(SamePadding.IsSamePadding(Pads(32, 0, 0, h.Before, h.After, w.Before, w.After, 0, 0), input, output, Strides(c.sh, c.sw)));
            // Moving rows from one side to the other keeps the total but breaks the split.
            var moved = Pads(32, 0, 0, h.Before + c.shift, h.After - c.shift, w.Before, w.After, 0, 0);
            Assert.Equal(c.shift == 0, SamePadding.IsSamePadding(moved, input, output, Strides(c.sh, c.sw)));
        }).Check(Many);
}

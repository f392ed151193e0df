namespace Lce.Tests.Larq.FusePadding;

using FsCheck;
using FsCheck.Fluent;
using Lce.Dialects;
using Lce.IR;
using Lce.Transforms.Larq.FusePadding;

/// <summary>
/// The padding predicates of `-tfl-fuse-padding` against TensorFlow's definition of SAME
/// padding (out = ⌈in/stride⌉, total = max((out−1)·stride + filter − in, 0), the odd pixel
/// after), for paddings of every integer width.
/// </summary>
public sealed class SamePaddingTests
{
    private static readonly IRContext Ctx = StandardDialects.CreateContext();

    private static IRAttribute Paddings(int width, long[] values) =>
        DenseElementsAttr.FromRaw(Ctx, RankedTensorType.Get(Ctx, [4, 2], IntegerType.Get(Ctx, width)),
            values.SelectMany(v => BitConverter.GetBytes(v).Take(width / 8)).ToArray(), isSplat: false);

    private static IRType Nhwc(long h, long w) => RankedTensorType.Get(Ctx, [1, h, w, 3], FloatType.F32(Ctx));
    private static IRAttribute I32(long v) => IntegerAttr.Get(Ctx, IntegerType.Get(Ctx, 32), v);

    [Fact]
    public void TensorFlowSamePaddingIsRecognizedAtEveryIntegerWidth()
    {
        var gen = from n in Gen.Choose(1, 40)
                  from s in Gen.Choose(1, 4)
                  from f in Gen.Choose(1, 7)
                  from width in Gen.Elements(8, 16, 32, 64)
                  select (n, s, f, width);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (n, s, f, width) = t;
            long output = (n + s - 1) / s;
            long total = Math.Max((output - 1) * s + f - n, 0);
            if (width == 8 && total > 127) return;
            long before = total / 2, after = total - before;
            var same = Paddings(width, [0, 0, before, after, 0, 0, 0, 0]);
            Assert.True(SamePadding.NoBatchAndChannelPadding(same));
            Assert.True(SamePadding.IsSamePadding1D(same, Nhwc(n, 5), Nhwc(output, 5), I32(s), 1));
            // Putting the odd pixel (or any pixel) first is not SAME's split.
            if (after > 0)
            {
                var shifted = Paddings(width, [0, 0, before + 1, after - 1, 0, 0, 0, 0]);
                Assert.False(SamePadding.IsSamePadding1D(shifted, Nhwc(n, 5), Nhwc(output, 5), I32(s), 1));
            }
            // An output size other than ⌈in/stride⌉ is never SAME.
            Assert.False(SamePadding.IsSamePadding1D(same, Nhwc(n, 5), Nhwc(output + 1, 5), I32(s), 1));
            // Width is dimension 2, read from the second padding row pair.
            var widthPads = Paddings(width, [0, 0, 0, 0, before, after, 0, 0]);
            Assert.True(SamePadding.IsSamePadding1D(widthPads, Nhwc(5, n), Nhwc(5, output), I32(s), 2));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void BatchOrChannelPaddingIsRejected()
    {
        Assert.False(SamePadding.NoBatchAndChannelPadding(Paddings(32, [1, 0, 1, 1, 1, 1, 0, 0])));
        Assert.False(SamePadding.NoBatchAndChannelPadding(Paddings(64, [0, 0, 1, 1, 1, 1, 0, 2])));
        Assert.True(SamePadding.NoBatchAndChannelPadding(Paddings(16, [0, 0, 3, 4, 1, 1, 0, 0])));
    }

    [Fact]
    public void MalformedInputsAreNotSame()
    {
        var good = Paddings(32, [0, 0, 1, 1, 1, 1, 0, 0]);
        // Not [4,2], not integers, not dense.
        var wrongShape = DenseElementsAttr.FromRaw(Ctx, RankedTensorType.Get(Ctx, [8], IntegerType.Get(Ctx, 32)), new byte[32], isSplat: false);
        var floats = DenseElementsValues.FromF32(Ctx, RankedTensorType.Get(Ctx, [4, 2], FloatType.F32(Ctx)), new float[8]);
        Assert.Null(SamePadding.Read(wrongShape));
        Assert.Null(SamePadding.Read(floats));
        Assert.Null(SamePadding.Read(I32(0)));
        // Dynamic sizes, unranked or non-4-D types, and non-positive strides.
        Assert.False(SamePadding.IsSamePadding1D(good, Nhwc(ShapedType.Dynamic, 4), Nhwc(ShapedType.Dynamic, 4), I32(1), 1));
        Assert.False(SamePadding.IsSamePadding1D(good, UnrankedTensorType.Get(Ctx, FloatType.F32(Ctx)), Nhwc(4, 4), I32(1), 1));
        Assert.False(SamePadding.IsSamePadding1D(good, RankedTensorType.Get(Ctx, [4, 4], FloatType.F32(Ctx)), Nhwc(4, 4), I32(1), 1));
        Assert.False(SamePadding.IsSamePadding1D(good, Nhwc(4, 4), Nhwc(4, 4), I32(0), 1));
        Assert.False(SamePadding.IsSamePadding1D(good, Nhwc(4, 4), Nhwc(4, 4), I32(-1), 1));
        Assert.True(SamePadding.IsSamePadding1D(good, Nhwc(4, 4), Nhwc(4, 4), I32(1), 1));
    }

    [Fact]
    public void PadValueMustBeOneFloatZero()
    {
        var f32 = FloatType.F32(Ctx);
        Assert.True(SamePadding.IsSingleFloatZero(DenseElementsValues.SplatF32(Ctx, RankedTensorType.Get(Ctx, [], f32), 0f)));
        Assert.True(SamePadding.IsSingleFloatZero(DenseElementsValues.SplatF32(Ctx, RankedTensorType.Get(Ctx, [1], f32), -0f)));
        Assert.False(SamePadding.IsSingleFloatZero(DenseElementsValues.SplatF32(Ctx, RankedTensorType.Get(Ctx, [2], f32), 0f)));
        Assert.False(SamePadding.IsSingleFloatZero(DenseElementsValues.SplatF32(Ctx, RankedTensorType.Get(Ctx, [], f32), float.Epsilon)));
        Assert.False(SamePadding.IsSingleFloatZero(DenseElementsValues.FromI32(Ctx, RankedTensorType.Get(Ctx, [], IntegerType.Get(Ctx, 32)), [0])));
    }
}

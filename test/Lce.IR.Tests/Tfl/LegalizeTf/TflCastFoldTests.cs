namespace Lce.Tests.Tfl.LegalizeTf;

using FsCheck;
using FsCheck.Fluent;
using Lce.Dialects.Tfl;
using Lce.IR;

/// <summary>tfl.cast's integer folding agrees with C#'s integer conversions (which are C's).</summary>
public sealed class TflCastFoldTests
{
    private static readonly IRContext Ctx = LegalizeTfTestUtil.NewContext();

    private static long[] Cast(long[] values, IntegerType from, IntegerType to)
    {
        var type = RankedTensorType.Get(Ctx, [values.Length], from);
        int w = DenseElementsAttr.ElementByteWidthOf(from);
        var bytes = new byte[values.Length * w];
        for (int i = 0; i < values.Length; i++) BitConverter.GetBytes(values[i]).AsSpan(0, w).CopyTo(bytes.AsSpan(i * w));
        var folded = TflDialect.CastIntegers(Ctx, DenseElementsAttr.FromRaw(Ctx, type, bytes, isSplat: false), from, to);
        return Enumerable.Range(0, values.Length).Select(i => (long)folded.IntegerAt(i)).ToArray();
    }

    [Fact]
    public void NarrowingTruncatesAndWideningExtendsBySignedness()
    {
        IntegerType i8 = IntegerType.Get(Ctx, 8), i32 = IntegerType.Get(Ctx, 32), u8 = IntegerType.Get(Ctx, 8, Signedness.Unsigned);
        Prop.ForAll(Gen.Choose(int.MinValue, int.MaxValue).ArrayOf(5).ToArbitrary(), ints =>
        {
            var values = ints.Select(v => (long)v).ToArray();
            Assert.Equal(ints.Select(v => (long)unchecked((sbyte)v)), Cast(values, i32, i8));
            var bytes = ints.Select(v => (long)unchecked((sbyte)v)).ToArray();
            Assert.Equal(bytes, Cast(bytes, i8, i32));
            var unsigned = ints.Select(v => (long)unchecked((byte)v)).ToArray();
            Assert.Equal(unsigned, Cast(unsigned, u8, i32));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void BooleansMeanNonZero()
    {
        IntegerType i1 = IntegerType.Get(Ctx, 1), i16 = IntegerType.Get(Ctx, 16);
        Assert.Equal([-1, 0, -1], Cast([2, 0, -4], i16, i1));
        Assert.Equal([1, 0], Cast([1, 0], i1, i16));
    }
}

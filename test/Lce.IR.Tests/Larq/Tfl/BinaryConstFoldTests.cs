namespace Lce.Tests.Larq.Tfl;

using FsCheck;
using FsCheck.Fluent;
using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.Tests.Dialects;
using Lce.Transforms;

/// <summary>
/// Canonicalize folds tfl.add/sub/mul/div of two constants into exactly what a direct
/// element-by-element computation with NumPy broadcasting gives (f32 in single precision,
/// i32 wrapping, division truncating), and leaves alone what TF does not fold.
/// </summary>
public sealed class BinaryConstFoldTests
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(200);
    private static readonly string[] Ops = ["add", "sub", "mul", "div"];

    /// <summary>Two shapes that broadcast: suffixes of one result shape, some dimensions set to 1.</summary>
    private sealed record Shapes(long[] Result, long[] Lhs, long[] Rhs);

    private static readonly Gen<Shapes> ShapeGen =
        from rank in Gen.Choose(0, 4)
        from result in Gen.Choose(1, 3).Select(d => (long)d).ArrayOf(rank)
        from lhs in Operand(result)
        from rhs in Operand(result)
        select new Shapes(Broadcast(lhs, rhs), lhs, rhs);

    private static Gen<long[]> Operand(long[] result) =>
        from drop in Gen.Choose(0, result.Length)
        from ones in Gen.Elements(true, false).ArrayOf(result.Length)
        select result.Skip(drop).Select((d, i) => ones[i + drop] ? 1L : d).ToArray();

    /// <summary>The broadcast shape: the longer rank; per right-aligned dimension the larger size (they agree or one is 1).</summary>
    private static long[] Broadcast(long[] lhs, long[] rhs)
    {
        int rank = Math.Max(lhs.Length, rhs.Length);
        long At(long[] s, int i) => i - (rank - s.Length) is var k && k >= 0 ? s[k] : 1;
        return Enumerable.Range(0, rank).Select(i => Math.Max(At(lhs, i), At(rhs, i))).ToArray();
    }

    [Fact]
    public void FloatFoldsMatchDirectComputation() =>
        Prop.ForAll((from shapes in ShapeGen
                     from op in Gen.Elements(Ops)
                     from lhs in Gen.Choose(-400, 400).Select(v => v / 8f).ArrayOf((int)Count(shapes.Lhs))
                     from rhs in Gen.Choose(-400, 400).Select(v => v / 8f).ArrayOf((int)Count(shapes.Rhs))
                     select (shapes, op, lhs, rhs)).ToArbitrary(), c =>
        {
            var folded = FoldToConstant(c.op, c.shapes, Dense(F32, c.shapes.Lhs, c.lhs), Dense(F32, c.shapes.Rhs, c.rhs));
            var expected = Expected(c.shapes, c.lhs, c.rhs, (a, b) => c.op switch
            {
                "add" => a + b, "sub" => a - b, "mul" => a * b, _ => a / b,
            });
            Assert.NotNull(folded);
            // x86 makes 0/0 a negative NaN, APFloat (and so TF's folder) a positive one: NaNs compare as NaN.
            Assert.Equal(expected.Select(Bits), Values(folded!, BitConverter.ToSingle).Select(Bits));
        }).Check(Many);

    private static int Bits(float f) => float.IsNaN(f) ? int.MinValue : BitConverter.SingleToInt32Bits(f);

    [Fact]
    public void ZeroOverZeroFoldsToApFloatsDefaultNaN()
    {
        var folded = FoldToConstant("div", new Shapes([1], [1], [1]), Dense(F32, [1], [0f]), Dense(F32, [1], [0f]));
        Assert.Equal(0x7FC00000, BitConverter.ToInt32(folded!.ElementBytes(0)));
    }

    [Fact]
    public void IntegerFoldsWrapAndTruncate() =>
        Prop.ForAll((from shapes in ShapeGen
                     from op in Gen.Elements(Ops)
                     from lhs in Gen.Choose(int.MinValue, int.MaxValue).ArrayOf((int)Count(shapes.Lhs))
                     from rhs in Gen.OneOf(Gen.Choose(-3, 3), Gen.Choose(int.MinValue, int.MaxValue)).ArrayOf((int)Count(shapes.Rhs))
                     select (shapes, op, lhs, rhs)).ToArbitrary(), c =>
        {
            bool divByZero = c.op == "div" && c.rhs.Contains(0) && Count(c.shapes.Result) > 0;
            var folded = FoldToConstant(c.op, c.shapes, Dense(I32, c.shapes.Lhs, c.lhs), Dense(I32, c.shapes.Rhs, c.rhs));
            if (divByZero) { Assert.Null(folded); return; }
            var expected = Expected(c.shapes, c.lhs, c.rhs, (a, b) => c.op switch
            {
                "add" => unchecked(a + b), "sub" => unchecked(a - b), "mul" => unchecked(a * b),
                _ => a == int.MinValue && b == -1 ? int.MinValue : a / b,
            });
            Assert.NotNull(folded);
            Assert.Equal(expected, Values(folded!, BitConverter.ToInt32));
        }).Check(Many);

    [Fact]
    public void ActivationOtherThanNoneIsNotFolded()
    {
        var t = new DialectTestUtil();
        var type = RankedTensorType.Get(t.Ctx, [2], t.F32);
        t.Func("f", [], [type]);
        var c = t.Constant(Dense(t.F32, [2], [1f, 2f])).GetResult(0);
        var sum = TflBuild.Add(t.B, t.Loc, c, c, TflEnums.Relu);
        t.Return(sum);
        Assert.True(new CanonicalizePass().Run(t.Module));
        Assert.Equal("tfl.add", sum.DefiningOp!.Name);
    }

    private static FloatType F32 => FloatType.F32(Ctx);
    private static IntegerType I32 => IntegerType.Get(Ctx, 32);
    private static readonly IRContext Ctx = Lce.Dialects.StandardDialects.CreateContext();

    private static long Count(long[] shape) => shape.Aggregate(1L, (a, b) => a * b);

    private static DenseElementsAttr Dense<T>(IRType element, long[] shape, T[] values) where T : unmanaged
    {
        var data = System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
        return DenseElementsAttr.FromRaw(Ctx, RankedTensorType.Get(Ctx, shape, element), data, isSplat: false);
    }

    /// <summary>Builds `op(const lhs, const rhs)`, canonicalizes, and returns the folded constant (null if the op stayed).</summary>
    private static DenseElementsAttr? FoldToConstant(string op, Shapes shapes, DenseElementsAttr lhs, DenseElementsAttr rhs)
    {
        var t = new DialectTestUtil();
        var lhsHere = Reintern(t.Ctx, lhs);
        var resultType = RankedTensorType.Get(t.Ctx, shapes.Result, lhsHere.ShapedType.ElementType);
        t.Func("f", [], [resultType]);
        var l = t.Constant(lhsHere).GetResult(0);
        var r = t.Constant(Reintern(t.Ctx, rhs)).GetResult(0);
        var value = op switch
        {
            "add" => TflBuild.Add(t.B, t.Loc, l, r), "sub" => TflBuild.Sub(t.B, t.Loc, l, r),
            "mul" => TflBuild.Mul(t.B, t.Loc, l, r), _ => TflBuild.Div(t.B, t.Loc, l, r),
        };
        Assert.Same(resultType, value.Type);
        var ret = t.Return(value);
        Assert.Empty(t.Verify());
        Assert.True(new CanonicalizePass().Run(t.Module));
        var def = ret.GetOperand(0).DefiningOp!;
        if (def.Name != "arith.constant") return null;
        Assert.Same(resultType, def.GetResult(0).Type);
        return (DenseElementsAttr)def.GetProp("value")!;
    }

    private static DenseElementsAttr Reintern(IRContext ctx, DenseElementsAttr a)
    {
        var element = a.ShapedType.ElementType is FloatType ? (IRType)FloatType.F32(ctx) : IntegerType.Get(ctx, 32);
        return DenseElementsAttr.FromRaw(ctx, RankedTensorType.Get(ctx, a.ShapedType.Shape, element), a.RawDataArray, a.IsSplat);
    }

    /// <summary>Direct broadcasting: each result index reads each operand at the right-aligned index, 0 where its size is 1.</summary>
    private static T[] Expected<T>(Shapes s, T[] lhs, T[] rhs, Func<T, T, T> f)
    {
        var result = new T[Count(s.Result)];
        var index = new long[s.Result.Length];
        for (long n = 0; n < result.Length; n++)
        {
            long rem = n;
            for (int d = s.Result.Length - 1; d >= 0; d--) { index[d] = rem % s.Result[d]; rem /= s.Result[d]; }
            result[n] = f(lhs[Offset(s.Lhs, index)], rhs[Offset(s.Rhs, index)]);
        }
        return result;
    }

    private static long Offset(long[] shape, long[] index)
    {
        long offset = 0;
        for (int d = 0; d < shape.Length; d++)
        {
            long i = shape[d] == 1 ? 0 : index[index.Length - shape.Length + d];
            offset = offset * shape[d] + i;
        }
        return offset;
    }

    private static T[] Values<T>(DenseElementsAttr a, Func<byte[], int, T> read) =>
        Enumerable.Range(0, (int)a.NumElements).Select(i => read(a.ElementBytes(i).ToArray(), 0)).ToArray();
}

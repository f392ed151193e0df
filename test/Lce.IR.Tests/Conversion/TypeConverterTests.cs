namespace Lce.Tests.Conversion;

using Lce.IR;
using Lce.IR.Conversion;

/// <summary>TypeConverter: callback order, 1:N and dropped types, caching, legality, signatures, materializations.</summary>
public class TypeConverterTests
{
    [Fact]
    public void LaterConversionsAreTriedFirstAndNullMeansNotApplicable()
    {
        using var u = new ConversionTestUtil();
        var tc = new TypeConverter();
        tc.AddConversion<IRType>(t => t);
        tc.AddConversion<IntegerType>(t => t.Width == 32 ? u.I(64) : null);
        Assert.Same(u.I(64), tc.ConvertType(u.I(32)));
        Assert.Same(u.I(8), tc.ConvertType(u.I(8)));
        Assert.Same(u.Index, tc.ConvertType(u.Index));
    }

    [Fact]
    public void AFailedConversionStopsTheSearch()
    {
        using var u = new ConversionTestUtil();
        var tc = new TypeConverter();
        tc.AddConversion<IRType>(t => t);
        tc.AddConversion<IndexType>((_, _) => false);
        var results = new List<IRType>();
        Assert.False(tc.ConvertType(u.Index, results));
        Assert.Empty(results);
        Assert.Null(tc.ConvertType(u.Index));
        Assert.False(tc.IsLegal(u.Index));
        Assert.True(tc.IsLegal(u.I(1)));
    }

    [Fact]
    public void OneToManyAndDroppedTypes()
    {
        using var u = new ConversionTestUtil();
        var tc = new TypeConverter();
        tc.AddConversion<IRType>(t => t);
        tc.AddConversion<IntegerType>((t, results) =>
        {
            if (t.Width == 64) { results.Add(u.I(32)); results.Add(u.I(32)); return true; }
            if (t.Width == 0) return true; // dropped
            return null;
        });
        var r = new List<IRType>();
        Assert.True(tc.ConvertType(u.I(64), r));
        Assert.Equal([u.I(32), u.I(32)], r);
        Assert.Null(tc.ConvertType(u.I(64))); // not 1:1

        var sig = new SignatureConversion(3);
        Assert.True(tc.ConvertSignatureArgs([u.I(64), u.I(16), u.Index], sig));
        Assert.Equal([u.I(32), u.I(32), u.I(16), u.Index], sig.ConvertedTypes);
        Assert.Equal((0, 2), (sig.GetInputMapping(0)!.InputNo, sig.GetInputMapping(0)!.Size));
        Assert.Equal((2, 1), (sig.GetInputMapping(1)!.InputNo, sig.GetInputMapping(1)!.Size));
        Assert.Equal((3, 1), (sig.GetInputMapping(2)!.InputNo, sig.GetInputMapping(2)!.Size));
    }

    [Fact]
    public void ResultsAreCachedUntilAConversionIsAdded()
    {
        using var u = new ConversionTestUtil();
        var tc = new TypeConverter();
        int calls = 0;
        tc.AddConversion<IRType>(t => { calls++; return t; });
        tc.ConvertType(u.I(32));
        tc.ConvertType(u.I(32));
        Assert.Equal(1, calls);
        tc.AddConversion<IndexType>(_ => u.I(64));
        tc.ConvertType(u.I(32));
        Assert.Equal(2, calls);
    }

    [Fact]
    public void OpAndSignatureLegality()
    {
        using var u = new ConversionTestUtil();
        var tc = new TypeConverter();
        tc.AddConversion<IRType>(t => t);
        tc.AddConversion<IntegerType>(t => t.Width == 32 ? u.I(64) : null);
        var m = u.Parse("func.func @f(%a: i64) -> i32 {\n  %0 = arith.trunci %a : i64 to i32\n  return %0 : i32\n}\n");
        var func = m.GetRegion(0).EntryBlock!.FirstOp!;
        var trunc = func.GetRegion(0).EntryBlock!.FirstOp!;
        Assert.False(tc.IsLegal(trunc));
        Assert.True(tc.IsLegal(func.GetRegion(0)));
        Assert.False(tc.IsSignatureLegal(Lce.Dialects.Func.FuncOp.Type(func)));
        Assert.True(tc.IsSignatureLegal(FunctionType.Get(u.Ctx, [u.I(64)], [u.Index])));
    }

    [Fact]
    public void MaterializationsAreTriedMostRecentFirst()
    {
        using var u = new ConversionTestUtil();
        var tc = new TypeConverter();
        var order = new List<string>();
        tc.AddSourceMaterialization((b, t, ins, loc) => { order.Add("first"); return null; });
        tc.AddSourceMaterialization((b, t, ins, loc) => { order.Add("second"); return null; });
        Assert.Null(tc.MaterializeSourceConversion(new Builder(u.Ctx), UnknownLoc.Get(u.Ctx), u.I(32), []));
        Assert.Equal(["second", "first"], order);
    }
}

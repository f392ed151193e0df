using Lce.IR;
using Lce.IR.Printing;

namespace Lce.Tests.Core;

public class CoreIRTests
{
    private static IRContext NewContext()
    {
        var ctx = new IRContext { AllowUnregisteredDialects = true };
        ctx.Register<TestDialect>();
        return ctx;
    }

    [Fact]
    public void TypesAndAttributesAreInterned()
    {
        var ctx = NewContext();
        Assert.Same(IntegerType.Get(ctx, 32), IntegerType.Get(ctx, 32));
        Assert.NotSame(IntegerType.Get(ctx, 32), IntegerType.Get(ctx, 32, Signedness.Unsigned));
        var t1 = RankedTensorType.Get(ctx, [2, ShapedType.Dynamic], FloatType.F32(ctx));
        var t2 = RankedTensorType.Get(ctx, new List<long> { 2, ShapedType.Dynamic }, FloatType.F32(ctx));
        Assert.Same(t1, t2);
        var a = DictionaryAttr.Get(ctx, [new("b", UnitAttr.Get(ctx)), new("a", IntegerAttr.Get(ctx, 32, 1))]);
        var b = DictionaryAttr.Get(ctx, [new("a", IntegerAttr.Get(ctx, 32, 1)), new("b", UnitAttr.Get(ctx))]);
        Assert.Same(a, b);
        Assert.Equal("a", a.Entries[0].Name);
    }

    [Fact]
    public void DeeplyNestedTypesHashWithoutRecursionBlowup()
    {
        var ctx = NewContext();
        IRType t = IntegerType.Get(ctx, 8);
        for (int i = 0; i < 10_000; i++) t = TupleType.Get(ctx, [t]);
        IRType u = IntegerType.Get(ctx, 8);
        for (int i = 0; i < 10_000; i++) u = TupleType.Get(ctx, [u]);
        Assert.Same(t, u);
    }

    [Theory]
    [InlineData(8, 255, "-1 : i8")]
    [InlineData(8, -128, "-128 : i8")]
    [InlineData(64, 16, "16 : i64")]
    [InlineData(1, 1, "true")]
    public void IntegerAttributesNormalizeAndPrint(int width, long value, string expected)
    {
        var ctx = NewContext();
        Assert.Equal(expected, IntegerAttr.Get(ctx, width, value).ToString());
    }

    [Fact]
    public void UnsignedIntegersPrintUnsigned()
    {
        var ctx = NewContext();
        Assert.Equal("200 : ui8", IntegerAttr.Get(ctx, IntegerType.Get(ctx, 8, Signedness.Unsigned), 200).ToString());
    }

    [Theory]
    [InlineData(0.1, "1.000000e-01 : f32")]
    [InlineData(1.0, "1.000000e+00 : f32")]
    [InlineData(double.PositiveInfinity, "0x7F800000 : f32")]
    public void FloatAttributesPrintLikeMlir(double value, string expected)
    {
        var ctx = NewContext();
        Assert.Equal(expected, FloatAttr.Get(ctx, FloatType.F32(ctx), value).ToString());
    }

    [Fact]
    public void TypesPrintInMlirSyntax()
    {
        var ctx = NewContext();
        var f32 = FloatType.F32(ctx);
        Assert.Equal("tensor<?x4xf32>", RankedTensorType.Get(ctx, [ShapedType.Dynamic, 4], f32).ToString());
        Assert.Equal("tensor<*xf32>", UnrankedTensorType.Get(ctx, f32).ToString());
        Assert.Equal("vector<2x[4]xf32>", VectorType.Get(ctx, [2, 4], f32, [false, true]).ToString());
        Assert.Equal("() -> ((i32) -> i32)",
            FunctionType.Get(ctx, [], [FunctionType.Get(ctx, [IntegerType.Get(ctx, 32)], [IntegerType.Get(ctx, 32)])]).ToString());
        Assert.Equal("(i32, f32) -> ()", FunctionType.Get(ctx, [IntegerType.Get(ctx, 32), f32], []).ToString());
    }

    [Fact]
    public void DenseElementsSwitchToHexAbove100Elements()
    {
        var ctx = NewContext();
        var i32 = IntegerType.Get(ctx, 32);
        DenseElementsAttr Make(int n)
        {
            var data = new byte[n * 4];
            for (int i = 0; i < n; i++) BitConverter.TryWriteBytes(data.AsSpan(i * 4), i);
            return DenseElementsAttr.FromRaw(ctx, RankedTensorType.Get(ctx, [n], i32), data, false);
        }
        Assert.StartsWith("dense<[0, 1, 2,", Make(100).ToString());
        Assert.StartsWith("dense<\"0x0000000001000000", Make(101).ToString());
        var splat = DenseElementsAttr.FromRaw(ctx, RankedTensorType.Get(ctx, [200], i32), new byte[800], false);
        Assert.Equal("dense<0> : tensor<200xi32>", splat.ToString());
    }

    [Fact]
    public void StringsEscapeLikeMlir()
    {
        var ctx = NewContext();
        Assert.Equal("\"a\\22b\\\\c\\09\\0A\\E2\\82\\AC\"", StringAttr.Get(ctx, "a\"b\\c\t\n€").ToString());
    }

    [Fact]
    public void UseListsFollowReplaceAllUsesWith()
    {
        var ctx = NewContext();
        var loc = UnknownLoc.Get(ctx);
        var i32 = IntegerType.Get(ctx, 32);
        var block = new Block();
        var c1 = Operation.Create(ctx, "tt.const", loc, resultTypes: [i32], properties: DictionaryAttr.Get(ctx, [new("value", IntegerAttr.Get(ctx, 32, 1))]));
        var c2 = Operation.Create(ctx, "tt.const", loc, resultTypes: [i32], properties: DictionaryAttr.Get(ctx, [new("value", IntegerAttr.Get(ctx, 32, 2))]));
        block.Append(c1); block.Append(c2);
        var add = Operation.Create(ctx, "tt.add", loc, [c1.Result, c1.Result], [i32]);
        block.Append(add);
        Assert.Equal(2, c1.Result.UseCount);
        c1.Result.ReplaceAllUsesWith(c2.Result);
        Assert.False(c1.Result.HasUses);
        Assert.Equal(2, c2.Result.UseCount);
        Assert.All(add.Operands, v => Assert.Same(c2.Result, v));
        c1.Erase();
        Assert.Equal(2, block.OperationCount);
        Assert.True(c2.IsBeforeInBlock(add));
        add.MoveBefore(c2);
        Assert.True(add.IsBeforeInBlock(c2));
    }

    [Fact]
    public void VerifierReportsDominanceViolations()
    {
        var ctx = NewContext();
        var loc = FileLineColLoc.Get(ctx, "t.mlir", 3, 5);
        var i32 = IntegerType.Get(ctx, 32);
        var scope = Operation.Create(ctx, "tt.scope", loc, numRegions: 1);
        var body = scope.GetRegion(0).AddBlock();
        var c = Operation.Create(ctx, "tt.const", loc, resultTypes: [i32], properties: DictionaryAttr.Get(ctx, [new("value", IntegerAttr.Get(ctx, 32, 1))]));
        var add = Operation.Create(ctx, "tt.add", loc, [c.Result, c.Result], [i32]);
        body.Append(add); // uses %c before it is defined
        body.Append(c);
        body.Append(Operation.Create(ctx, "tt.ret", loc));
        var diags = new List<Diagnostic>();
        using (ctx.Diagnostics.AddHandler(d => { diags.Add(d); return true; }))
            Assert.False(Verifier.Verify(scope));
        Assert.Contains(diags, d => d.Message.Contains("operand #0 does not dominate this use"));
    }

    [Fact]
    public void VerifierChecksTraitsAndSignatures()
    {
        var ctx = NewContext();
        var loc = UnknownLoc.Get(ctx);
        var i32 = IntegerType.Get(ctx, 32);
        var i64 = IntegerType.Get(ctx, 64);
        var scope = Operation.Create(ctx, "tt.scope", loc, numRegions: 1);
        var body = scope.GetRegion(0).AddBlock();
        var a = body.AddArgument(i32, loc);
        var b = body.AddArgument(i64, loc);
        body.Append(Operation.Create(ctx, "tt.add", loc, [a, b], [i32]));
        body.Append(Operation.Create(ctx, "tt.ret", loc));
        var diags = new List<Diagnostic>();
        using (ctx.Diagnostics.AddHandler(d => { diags.Add(d); return true; }))
            Assert.False(Verifier.Verify(scope));
        Assert.Contains(diags, d => d.Message == "'tt.add' op requires the same type for all operands and results");
    }

    [Fact]
    public void GenericPrinterNamesValuesLikeMlir()
    {
        var ctx = NewContext();
        var loc = UnknownLoc.Get(ctx);
        var i32 = IntegerType.Get(ctx, 32);
        var root = Operation.Create(ctx, "tst.root", loc, numRegions: 1);
        var body = root.GetRegion(0).AddBlock();
        var x = body.AddArgument(i32, loc);
        var multi = Operation.Create(ctx, "tst.multi", loc, resultTypes: [i32, i32, i32]);
        body.Append(multi);
        body.Append(Operation.Create(ctx, "tst.use", loc, [multi.GetResult(2), x]));
        var text = AsmPrinter.PrintTopLevel(root);
        Assert.Equal(
            "\"tst.root\"() ({\n" +
            "^bb0(%arg0: i32):\n" +
            "  %0:3 = \"tst.multi\"() : () -> (i32, i32, i32)\n" +
            "  \"tst.use\"(%0#2, %arg0) : (i32, i32) -> ()\n" +
            "}) : () -> ()\n", text);
    }

    [Fact]
    public void WalkIsIterativeAndOrdered()
    {
        var ctx = NewContext();
        var loc = UnknownLoc.Get(ctx);
        var root = Operation.Create(ctx, "tst.n", loc, numRegions: 1);
        var cur = root;
        for (int i = 0; i < 10_000; i++)
        {
            var child = Operation.Create(ctx, "tst.n", loc, numRegions: 1);
            cur.GetRegion(0).AddBlock().Append(child);
            cur = child;
        }
        int pre = 0, post = 0;
        Operation? firstPost = null;
        root.Walk(_ => pre++, WalkOrder.PreOrder);
        root.Walk(o => { post++; firstPost ??= o; }, WalkOrder.PostOrder);
        Assert.Equal(10_001, pre);
        Assert.Equal(10_001, post);
        Assert.Same(cur, firstPost);
    }
}

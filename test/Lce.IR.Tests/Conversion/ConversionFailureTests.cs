namespace Lce.Tests.Conversion;

using Lce.IR;
using Lce.IR.Conversion;
using Lce.IR.Rewrite;

/// <summary>Partial vs full conversion failures, their diagnostics, and restoring the IR on failure.</summary>
public class ConversionFailureTests
{
    private const string WithUnknownOp = """
        func.func @f(%a: i32) -> i32 {
          %0 = "tst.add"(%a, %a) : (i32, i32) -> i32
          %1 = "tst.opaque"(%0) : (i32) -> i32
          return %1 : i32
        }
        """;

    [Fact]
    public void FullConversionFailsOnAnUnknownOpAndRestoresTheIR()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse(WithUnknownOp);
        var before = ConversionTestUtil.Print(m);
        var toy = new ToyConversion(u.Ctx);
        Assert.False(toy.ApplyFull(m));
        Assert.Equal(before, ConversionTestUtil.Print(m));
        u.AssertVerifies(m);
        Assert.Equal("t.mlir:3:8: error: failed to legalize operation 'tst.opaque'\n" +
                     "t.mlir:3:8: note: see current operation: %2 = \"tst.opaque\"(%1) : (i32) -> i32\n", u.DiagnosticText());
    }

    [Fact]
    public void PartialConversionLeavesUnknownOpsAndBridgesTypes()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse(WithUnknownOp);
        var toy = new ToyConversion(u.Ctx);
        var unlegalized = new HashSet<Operation>();
        Assert.True(toy.ApplyPartial(m, new ConversionConfig { UnlegalizedOps = unlegalized, BuildMaterializations = false }), u.DiagnosticText());
        u.AssertVerifies(m);
        Assert.Equal(["tst.opaque"], unlegalized.Select(o => o.Name));
        // The unknown op still wants i32: casts bridge both directions.
        Assert.Equal("""
            module {
              func.func @f(%arg0: i64) -> i64 {
                %0 = arith.addi %arg0, %arg0 : i64
                %1 = builtin.unrealized_conversion_cast %0 : i64 to i32
                %2 = "tst.opaque"(%1) : (i32) -> i32
                %3 = builtin.unrealized_conversion_cast %2 : i32 to i64
                return %3 : i64
              }
            }

            """, ConversionTestUtil.Print(m));
    }

    [Fact]
    public void UnresolvedMaterializationWithoutCallbacksIsReported()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse(WithUnknownOp);
        var toy = new ToyConversion(u.Ctx);
        Assert.False(toy.ApplyPartial(m));
        Assert.Equal(
            "t.mlir:4:3: error: failed to legalize unresolved materialization from ('i32') to ('i64') that remained live after conversion\n" +
            "t.mlir:4:3: note: see current operation: %3 = \"builtin.unrealized_conversion_cast\"(%2) : (i32) -> i64\n" +
            "t.mlir:4:3: note: see existing live user here: func.return %3 : i64\n", u.DiagnosticText());
    }

    [Fact]
    public void SourceAndTargetMaterializationsReplaceTheCasts()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse(WithUnknownOp);
        var toy = new ToyConversion(u.Ctx);
        toy.Converter.AddSourceMaterialization((b, type, inputs, loc) =>
            b.Create("arith.trunci", loc, inputs, [type]).GetResult(0));
        toy.Converter.AddTargetMaterialization((b, type, inputs, loc) =>
            b.Create("arith.extsi", loc, inputs, [type]).GetResult(0));
        Assert.True(toy.ApplyPartial(m), u.DiagnosticText());
        u.AssertVerifies(m);
        Assert.Equal("""
            module {
              func.func @f(%arg0: i64) -> i64 {
                %0 = arith.addi %arg0, %arg0 : i64
                %1 = arith.trunci %0 : i64 to i32
                %2 = "tst.opaque"(%1) : (i32) -> i32
                %3 = arith.extsi %2 : i32 to i64
                return %3 : i64
              }
            }

            """, ConversionTestUtil.Print(m));
    }

    [Fact]
    public void ExplicitlyIllegalOpFailsPartialConversion()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse("func.func @f(%a: i32) {\n  \"tst.add\"(%a, %a) : (i32, i32) -> ()\n  return\n}\n");
        var before = ConversionTestUtil.Print(m);
        var toy = new ToyConversion(u.Ctx);
        Assert.False(toy.ApplyPartial(m));
        Assert.Equal(before, ConversionTestUtil.Print(m));
        Assert.StartsWith("t.mlir:2:3: error: failed to legalize operation 'tst.add' that was explicitly marked illegal\n", u.DiagnosticText());
    }

    [Fact]
    public void AnalysisConversionReportsLegalizableOpsWithoutChangingIR()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse(WithUnknownOp);
        var before = ConversionTestUtil.Print(m);
        var toy = new ToyConversion(u.Ctx);
        var legalizable = new HashSet<Operation>();
        Assert.True(DialectConversion.ApplyAnalysisConversion(m, toy.Target, toy.Patterns.Freeze(), new ConversionConfig { LegalizableOps = legalizable, BuildMaterializations = false }));
        Assert.Equal(before, ConversionTestUtil.Print(m));
        var names = legalizable.Select(o => o.Name).OrderBy(n => n).ToList();
        Assert.Equal(["builtin.module", "func.func", "func.return", "tst.add"], names);
        // The set holds the original ops, not the clone's.
        Assert.All(legalizable, op => Assert.True(ReferenceEquals(op, m) || m.IsAncestorOf(op)));
    }

    [Fact]
    public void DelayedListenerHearsNothingWhenTheConversionFails()
    {
        using var u = new ConversionTestUtil();
        var m = u.Parse(WithUnknownOp);
        var toy = new ToyConversion(u.Ctx);
        var log = new RecordingListener();
        Assert.False(toy.ApplyFull(m, new ConversionConfig { Listener = log }));
        Assert.DoesNotContain(log.Events, e => e.StartsWith("insert") || e.StartsWith("erase") || e.StartsWith("modify"));
        Assert.Contains(log.Events, e => e.StartsWith("begin"));

        using var u2 = new ConversionTestUtil();
        var m2 = u2.Parse("func.func @f(%a: i32) -> i32 {\n  %0 = \"tst.add\"(%a, %a) : (i32, i32) -> i32\n  return %0 : i32\n}\n");
        var log2 = new RecordingListener();
        Assert.True(new ToyConversion(u2.Ctx).ApplyFull(m2, new ConversionConfig { Listener = log2 }));
        Assert.Contains("insert arith.addi", log2.Events);
        Assert.Contains("replace tst.add", log2.Events);
        Assert.Contains("erase tst.add", log2.Events);
        Assert.Contains("modify func.func", log2.Events);
    }

    private sealed class RecordingListener : IRewriterListener
    {
        public List<string> Events { get; } = new();
        public void NotifyOperationInserted(Operation op, Block? previousBlock, Operation? previousNext) => Events.Add("insert " + op.Name);
        public void NotifyOperationModified(Operation op) => Events.Add("modify " + op.Name);
        public void NotifyOperationReplaced(Operation op, IReadOnlyList<Value> replacement) => Events.Add("replace " + op.Name);
        public void NotifyOperationErased(Operation op) => Events.Add("erase " + op.Name);
        public void NotifyPatternBegin(RewritePattern pattern, Operation op) => Events.Add("begin " + pattern.DebugName);
        public void NotifyPatternEnd(RewritePattern pattern, bool succeeded) => Events.Add($"end {pattern.DebugName} {succeeded}");
    }
}

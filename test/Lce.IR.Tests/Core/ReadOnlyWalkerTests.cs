using FsCheck;
using FsCheck.Fluent;
using Lce.IR;
using Lce.IR.Parsing;
using Lce.Tests.Properties;
using Xunit;

namespace Lce.Tests.Core;

/// <summary>
/// The verifier's read-only walk must visit exactly as <see cref="Walker"/> does (pre- and
/// post-order, Skip leaving an op's regions out, Interrupt stopping at once) on nested random IR.
/// </summary>
public class ReadOnlyWalkerTests
{
    private static List<string> Trace(Operation root, WalkOrder order, Func<Operation, WalkResult> decide,
        Func<Operation, Func<Operation, WalkResult>, WalkOrder, WalkResult> walk)
    {
        var ids = new Dictionary<Operation, int>(ReferenceEqualityComparer.Instance);
        var trace = new List<string>();
        var result = walk(root, op =>
        {
            if (!ids.TryGetValue(op, out int id)) ids[op] = id = ids.Count;
            trace.Add($"{op.Name}#{id}");
            return decide(op);
        }, order);
        trace.Add(result.ToString());
        return trace;
    }

    /// <summary>Both walks with a fresh decision function each (decisions may count visits).</summary>
    private static void Same(Operation root, WalkOrder order, Func<Func<Operation, WalkResult>> decide)
    {
        var expected = Trace(root, order, decide(), (r, v, o) => r.Walk(v, o));
        var actual = Trace(root, order, decide(), ReadOnlyWalker.Walk);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void VisitsAsTheGeneralWalkerOnRandomIR() =>
        Prop.ForAll(RandomIRArb.Arb, c =>
        {
            var ctx = RoundTripPropertyTests.NewContext();
            var module = new RandomIR(ctx, c).Module();
            int n = 0;
            module.Walk(_ => { n++; return WalkResult.Advance; }, WalkOrder.PreOrder);
            var rng = new Random(c.Seed);
            int skipAt = rng.Next(n + 1), stopAt = rng.Next(n + 1);
            foreach (var order in new[] { WalkOrder.PreOrder, WalkOrder.PostOrder })
            {
                Same(module, order, () => _ => WalkResult.Advance);
                Same(module, order, () => { int k = 0; return _ => k++ == stopAt ? WalkResult.Interrupt : WalkResult.Advance; });
                Same(module, order, () => { int k = 0; return op => k++ % 3 == skipAt % 3 && op.NumRegions > 0 ? WalkResult.Skip : WalkResult.Advance; });
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200).WithEndSize(60));

    [Fact]
    public void EmptyBlocksAndRegionsAreSteppedOver()
    {
        var ctx = new IRContext { AllowUnregisteredDialects = true };
        var m = MlirParser.ParseSourceString(ctx, """
            "t.a"() ({
            ^bb0:
            ^bb1:
              "t.b"() : () -> ()
            }, {
            }, {
              "t.c"() ({}) : () -> ()
            ^bb2:
            }) : () -> ()
            "t.d"() : () -> ()
            """, "w.mlir").Operation!;
        foreach (var order in new[] { WalkOrder.PreOrder, WalkOrder.PostOrder }) Same(m, order, () => _ => WalkResult.Advance);
        Assert.Equal(["builtin.module#0", "t.a#1", "t.b#2", "t.c#3", "t.d#4", "Advance"],
            Trace(m, WalkOrder.PreOrder, _ => WalkResult.Advance, ReadOnlyWalker.Walk));
    }
}

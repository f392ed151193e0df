namespace Lce.Tests.Passes;

using Lce.IR;
using Lce.IR.Parsing;
using Lce.Transforms.Cse;

/// <summary>CSE's scoped table: inner inserts shadow equivalent outer ones until their scope is popped.</summary>
public class ScopedOperationTableTests
{
    /// <summary>Three equivalent constants and one different one, in one function.</summary>
    private static List<Operation> Constants()
    {
        var ctx = new IRContext { AllowUnregisteredDialects = true };
        Lce.Dialects.StandardDialects.RegisterAll(ctx);
        var module = MlirParser.ParseSourceString(ctx, """
            func.func @f() {
              %a = arith.constant 1 : i32
              %b = arith.constant 1 : i32
              %c = arith.constant 1 : i32
              %d = arith.constant 2 : i32
              return
            }
            """).Operation!;
        var ops = new List<Operation>();
        module.Walk(op => { if (op.Name == "arith.constant") ops.Add(op); }, WalkOrder.PreOrder);
        return ops;
    }

    private static Operation? Lookup(ScopedOperationTable t, Operation op) => t.Lookup(op, ScopedOperationTable.HashOf(op));

    [Fact]
    public void InnerEntriesShadowOuterOnesUntilPopped()
    {
        var ops = Constants();
        var (a, b, c, d) = (ops[0], ops[1], ops[2], ops[3]);
        var t = new ScopedOperationTable();
        t.PushScope();
        Assert.Null(Lookup(t, b));
        t.Insert(a, ScopedOperationTable.HashOf(a));
        Assert.Same(a, Lookup(t, b));
        Assert.Null(Lookup(t, d));

        t.PushScope();
        t.Insert(b, ScopedOperationTable.HashOf(b));
        t.Insert(d, ScopedOperationTable.HashOf(d));
        Assert.Same(b, Lookup(t, c));
        Assert.Same(d, Lookup(t, d));
        Assert.True(t.Contains(c));

        t.PopScope();
        Assert.Same(a, Lookup(t, c));
        Assert.Null(Lookup(t, d));

        // A popped scope's list is reused by the next one.
        t.PushScope();
        t.Insert(c, ScopedOperationTable.HashOf(c));
        Assert.Same(c, Lookup(t, b));
        t.PopScope();
        Assert.Same(a, Lookup(t, b));

        t.PopScope();
        Assert.Null(Lookup(t, b));
        Assert.False(t.Contains(a));
    }
}

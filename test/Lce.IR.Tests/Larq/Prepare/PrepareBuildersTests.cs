namespace Lce.Tests.Larq.Prepare;

using Lce.Dialects.Tf;
using Lce.IR;
using Lce.Tests.Dialects;
using Lce.Transforms.Larq.Prepare;

/// <summary>What the prepare rewrites build: the result types of TF's and LCE's builders, and the ops LCE's NativeCodeCalls create.</summary>
public sealed class PrepareBuildersTests
{
    private static RankedTensorType T(DialectTestUtil t, IRType element, params long[] shape) => RankedTensorType.Get(t.Ctx, shape, element);

    [Fact]
    public void TypesFollowTfsAndLcesBuilders()
    {
        var t = new DialectTestUtil();
        var filter = T(t, t.F32, 3, 1, 2, 5);
        var entry = t.Func("f", [filter, T(t, t.F32, 5), T(t, t.I(1), 4, 70), UnrankedTensorType.Get(t.Ctx, t.F32)], []);
        var perm = t.Constant(TfConstants.IntVector(t.Ctx, [3, 0, 1, 2], 32)).GetResult(0);
        var shortPerm = t.Constant(TfConstants.IntVector(t.Ctx, [1, 0], 32)).GetResult(0);

        Assert.Same(T(t, t.F32, 5, 3, 1, 2), PrepareBuilders.PermutedType(t.Ctx, entry.GetArgument(0), perm));
        // A permutation of another rank, or an unranked input, gives an unranked result (TF's builder).
        Assert.Same(UnrankedTensorType.Get(t.Ctx, t.F32), PrepareBuilders.PermutedType(t.Ctx, entry.GetArgument(0), shortPerm));
        Assert.Same(UnrankedTensorType.Get(t.Ctx, t.F32), PrepareBuilders.PermutedType(t.Ctx, entry.GetArgument(3), perm));
        Assert.Same(filter, PrepareBuilders.BroadcastType(t.Ctx, entry.GetArgument(0), entry.GetArgument(1)));
        Assert.Same(T(t, t.I(32), 4, 3), PrepareBuilders.PackedType(t.Ctx, entry.GetArgument(2)));
    }

    [Fact]
    public void ShapeConstantAndBroadcastAreBuiltAtTheSelect()
    {
        var t = new DialectTestUtil();
        var entry = t.Func("f", [T(t, t.I(1), 1, 6), T(t, t.F32, 4, 6)], []);
        var selectLoc = FileLineColLoc.Get(t.Ctx, "m.mlir", 3, 5);
        var select = t.B.Create("tf.SelectV2", selectLoc, [entry.GetArgument(0), entry.GetArgument(1), entry.GetArgument(1)], [T(t, t.F32, 4, 6)]);
        var shape = PrepareBuilders.CreateShapeConstant(t.B, select.GetResult(0));
        var broadcast = PrepareBuilders.CreateBroadcastTo(t.B, select.GetResult(0), entry.GetArgument(0), shape);
        t.Return();
        Assert.Empty(t.Verify());
        Assert.Equal("%cst = arith.constant dense<[4, 6]> : tensor<2xi64>", shape.DefiningOp!.ToString());
        Assert.Same(selectLoc, shape.DefiningOp!.Location);
        Assert.Same(selectLoc, broadcast.DefiningOp!.Location);
        Assert.Same(T(t, t.I(1), 4, 6), broadcast.Type);
        Assert.Equal("tf.BroadcastTo", broadcast.DefiningOp!.Name);
    }

    [Fact]
    public void NoValueIsLocatedAtTheInput()
    {
        var t = new DialectTestUtil();
        var entry = t.Func("f", [T(t, t.I(32), 1, 2, 2, 1)], []);
        var loc = FileLineColLoc.Get(t.Ctx, "m.mlir", 1, 9);
        entry.GetArgument(0).Location = loc;
        var none = PrepareBuilders.CreateNoneValue(t.B, entry.GetArgument(0));
        Assert.Equal("tfl.no_value", none.DefiningOp!.Name);
        Assert.Same(loc, none.DefiningOp!.Location);
        Assert.Same(loc, FilterShape.LocationOf(entry.GetArgument(0)));
    }
}

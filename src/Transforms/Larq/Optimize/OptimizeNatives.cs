using Lce.Dialects.Lq;
using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.IR.Rewrite.Pdll;

namespace Lce.Transforms.Larq.Optimize;

/// <summary>
/// The C# side of the optimize pattern files: what LCE's DRR patterns write as CPred
/// constraints, NativeCodeCalls and op builders (result types of the ops they create).
///
/// Where LCE's C++ would assert, crash or read out of bounds (a builder given operands that do
/// not broadcast, a non-dense constant cast to DenseElementsAttr, a multiplier that is not a
/// vector), the constraints below make the pattern not match instead; those inputs have no
/// defined LCE behaviour to reproduce.
/// </summary>
internal static class OptimizeNatives
{
    /// <summary>The natives of the three optimize pattern files, with the shared DRR natives (HasOneUse, LocateAtDefiningOps).</summary>
    public static NativeRegistry Create() => new NativeRegistry().AddDrrNatives()
        .AddConstraint("IsF32Elements", c => IsF32Elements(c.Attr(0)))
        .AddConstraint("IsConstantValue", c => IsConstantValue(c.Attr(0), (float)((FloatAttr)c.Attr(1)).ToDouble()))
        .AddConstraint("Broadcastable", c => Broadcast.Type(c.Context, c.Value(0).Type, c.Value(1).Type) is not null)
        .AddConstraint("FoldKeepsType", c => FoldKeepsType(c.Context, c.Attr(0), c.Attr(1)))
        .AddConstraint("IsPackable", c => IsPackable(c.Value(0).Type))
        .AddConstraint("CanBitpackOutput", c => CanBitpackOutput(c.Attr(0), c.Attr(1), c.Attr(2)))
        .AddRewrite("TypeOfAttr", c => ((ITypedAttribute)c.Attr(0)).Type)
        .AddRewrite("BroadcastType", c => TflBuild.BroadcastResultType(c.Context, c.Value(0), c.Value(1)))
        .AddRewrite("ComparisonType", c => ComparisonType(c.Context, c.Value(0), c.Value(1)))
        .AddRewrite("PackedType", c => LqShapes.PackedTypeOf(c.Context, (RankedTensorType)c.Value(0).Type))
        .AddRewrite("CreateNoneValue", c => TflBuild.NoValue(c.Rewriter!, LocationOf(c.Value(0))))
        .AddRewrite("SignsOfMultipliers", c => FilterSigns(c.Context, (DenseElementsAttr)c.Attr(0)))
        .AddRewrite("BitpackedOutputThresholds", c =>
            OutputThresholds(c.Context, (DenseElementsAttr)c.Attr(0), (DenseElementsAttr)c.Attr(1), (DenseElementsAttr)c.Attr(2),
                ((StringAttr)c.Attr(3)).Value));

    /// <summary>F32ElementsAttr: an elements attribute with f32 elements.</summary>
    public static bool IsF32Elements(IRAttribute a) =>
        a is ElementsAttr e && LqConstraints.IsF32(e.ShapedType.ElementType);

    /// <summary>
    /// LCE's IsConstantValue: a dense attribute whose every element equals <paramref name="expected"/>
    /// (float comparison: −0.0 equals 0.0, NaN equals nothing; no elements is vacuously true).
    /// LCE reads the elements as float without checking the element type, which is undefined
    /// for anything but f32, so other element types do not match.
    /// </summary>
    public static bool IsConstantValue(IRAttribute a, float expected)
    {
        if (a is not DenseElementsAttr d || !d.IsF32()) return false;
        if (d.IsSplat) return d.NumElements == 0 || d.F32At(0) == expected;
        foreach (float v in d.ToF32Array())
            if (v != expected) return false;
        return true;
    }

    /// <summary>
    /// Whether folding tfl.add/sub/mul/div(<paramref name="operand"/>, <paramref name="other"/>)
    /// gives a constant of the operand's own type. LCE fuses without this check (a TODO in its
    /// pattern file); requiring it keeps the per-channel bias/multiplier a vector, which is what
    /// the kernel and the lq verifier accept, and excludes constants that would broadcast the
    /// bias over other dimensions (a different computation) or not broadcast at all (TF's
    /// builder fails).
    /// </summary>
    public static bool FoldKeepsType(IRContext ctx, IRAttribute operand, IRAttribute other) =>
        operand is ITypedAttribute a && other is ITypedAttribute b && Broadcast.Type(ctx, a.Type, b.Type) is { } t && t.Equals(a.Type);

    /// <summary>
    /// What the bitpacked-output rewrite reads: a dense 4-D f32 filter, a dense 1-D f32
    /// multiplier with one value per output channel (LCE asserts rank 1 and broadcasts the signs
    /// against the filter) and a dense f32 bias.
    /// </summary>
    public static bool CanBitpackOutput(IRAttribute filter, IRAttribute multiplier, IRAttribute bias) =>
        filter is DenseElementsAttr f && f.IsF32() && f.ShapedType is RankedTensorType { Rank: 4 } ft
        && multiplier is DenseElementsAttr m && m.IsF32() && m.ShapedType is RankedTensorType { Rank: 1 } mt && mt.Shape[0] == ft.Shape[0]
        && bias is DenseElementsAttr b && b.IsF32();

    /// <summary>
    /// What lq.Quantize's builder can give a type for: a ranked tensor whose channel dimension
    /// is dynamic (kept dynamic) or fits an int (LCE reads the shape of a ranked tensor only).
    /// </summary>
    public static bool IsPackable(IRType type) =>
        type is RankedTensorType { Rank: > 0 } t && (t.Shape[^1] == ShapedType.Dynamic || t.Shape[^1] <= int.MaxValue - 31);

    /// <summary>The i1 result type of TF's comparison builders: the broadcast shape, unranked if that is unranked.</summary>
    private static IRType ComparisonType(IRContext ctx, Value lhs, Value rhs)
    {
        var i1 = IntegerType.Get(ctx, 1);
        return TflBuild.BroadcastResultType(ctx, lhs, rhs) is RankedTensorType r
            ? RankedTensorType.Get(ctx, r.Shape, i1)
            : UnrankedTensorType.Get(ctx, i1);
    }

    /// <summary>Value::getLoc: a block argument's own location, else its defining op's.</summary>
    private static Location LocationOf(Value v) => v is BlockArgument a ? a.Location : v.DefiningOp!.Location;

    /// <summary>GetSignsOfVectorAndBroadcast4D: the [O,1,1,1] tensor of ±1 filter factors.</summary>
    public static DenseElementsAttr FilterSigns(IRContext ctx, DenseElementsAttr multipliers)
    {
        var m = multipliers.ToF32Array();
        var signs = m.Select(BitpackedOutputThresholds.FilterSign).ToArray();
        var type = RankedTensorType.Get(ctx, [m.Length, 1, 1, 1], multipliers.ShapedType.ElementType);
        return DenseElementsValues.FromF32(ctx, type, signs);
    }

    /// <summary>GetBitpackedOutputThresholds: the i32 vector of per-channel thresholds.</summary>
    public static DenseElementsAttr OutputThresholds(IRContext ctx, DenseElementsAttr filter, DenseElementsAttr multipliers,
        DenseElementsAttr biases, string activation)
    {
        int k = BitpackedOutputThresholds.BacktransformAdd(filter.ShapedType.Shape);
        var thresholds = BitpackedOutputThresholds.Compute(multipliers.ToF32Array(), biases.ToF32Array(), k, activation);
        var type = RankedTensorType.Get(ctx, [thresholds.Length], IntegerType.Get(ctx, 32));
        return DenseElementsValues.FromI32(ctx, type, thresholds);
    }
}

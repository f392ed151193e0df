using System.Numerics;
using Lce.IR;
using Lce.IR.Rewrite;
using Lce.IR.Rewrite.Pdll;

namespace Lce.Transforms.Tfl.LegalizeTf;

/// <summary>
/// The natives of LegalizeTf.pdll and LowerTf.pdll: TF's constraint predicates (validators.h,
/// utils.h: TFIntListIs1XY1, OpHasSameStaticShapes, ...), DRR's default-valued attribute reads,
/// and the NativeCodeCalls that compute attributes, types and the i32 operand casts.
/// </summary>
public static class LegalizeTfNatives
{
    public static NativeRegistry Registry { get; } = new NativeRegistry()
        .AddConstraint("IsDenseElementsAttr", c => IsDenseElementsAttr(c.Attr(0)))
        .AddConstraint("IsElementsAttr", c => c.Attr(0) is ElementsAttr)
        .AddConstraint("IsStaticShapeTensor", c => c.Value(0).Type is RankedTensorType { HasStaticShape: true })
        .AddConstraint("IsF32Tensor", c => TensorElement(c.Value(0).Type) is FloatType { Width: 32 } f
            && ReferenceEquals(f.Semantics, IR.Numerics.FloatSemantics.Single))
        .AddConstraint("HasElementType", c => TensorElement(c.Value(0).Type) is { } e && ReferenceEquals(e, c.Type(1)))
        .AddConstraint("HasRank", c => c.Value(0).Type is RankedTensorType r && r.Rank == (long)((IntegerAttr)c.Attr(1)).Value)
        .AddConstraint("IsDataFormat", c => DataFormat(c.Op(0)) == ((StringAttr)c.Attr(1)).Value)
        .AddConstraint("IsIntList1XY1", c => IsIntList1XY1(c.Attr(0)))
        .AddConstraint("IsIntList11XY", c => IsIntList11XY(c.Attr(0)))
        .AddConstraint("OpHasSameStaticShapes", c => OpHasSameStaticShapes(c.Op(0)))
        .AddConstraint("KeepDimsOrDefault", c => c.Succeed(c.Op(0).GetAttr("keep_dims") ?? BoolAttr.Get(c.Context, false)))
        .AddConstraint("SqueezeDimsOrDefault", c => c.Succeed(c.Op(0).GetAttr("squeeze_dims") ?? ArrayAttr.Get(c.Context, [])))
        .AddConstraint("IsSignlessIntOrFloatTensor", c => TensorElement(c.Value(0).Type) is FloatType or IntegerType { IsSignless: true })
        .AddRewrite("I32At", c => I32At(c.Context, (ArrayAttr)c.Attr(0), (int)((IntegerAttr)c.Attr(1)).Value))
        .AddRewrite("CastToInt32", c => Int32Operands.CastToInt32(c.Rewriter!, c.Location!, c.Value(0)))
        .AddRewrite("Int32ConstOrCast", c => Int32Operands.ConstOrCast(c.Rewriter!, c.Location!, c.Value(0)))
        .AddRewrite("TransposedType", c => TransposedType(c.Context, c.Value(0), ((ArrayAttr)c.Attr(1)).Elements.Select(e => (int)((IntegerAttr)e).Value).ToArray()))
        .AddRewrite("TransposeResultType", c => TransposeResultType(c.Context, c.Value(0), c.Value(1)))
        .AddRewrite("ScalarZeroOf", c => ScalarZeroOf(c.Context, c.Value(0).Type))
        .AddRewrite("TypeOfAttr", c => ((ElementsAttr)c.Attr(0)).Type);

    /// <summary>DRR's DenseElementsAttr constraint: dense numbers or strings (not resources, not opaque).</summary>
    public static bool IsDenseElementsAttr(IRAttribute a) => a is DenseElementsAttr or DenseStringElementsAttr;

    /// <summary>The element type of a tensor (ranked or not), else null.</summary>
    public static IRType? TensorElement(IRType t) => t is RankedTensorType or UnrankedTensorType ? ((ShapedType)t).ElementType : null;

    /// <summary>`data_format`, "NHWC" when absent (TF's default).</summary>
    public static string? DataFormat(Operation op) => op.GetAttr("data_format") switch
    {
        null => "NHWC",
        StringAttr s => s.Value,
        _ => null,
    };

    private static long[]? IntList(IRAttribute a) =>
        a is ArrayAttr arr && arr.Elements.All(e => e is IntegerAttr)
            ? arr.Elements.Select(e => (long)((IntegerAttr)e).Value).ToArray() : null;

    /// <summary>TFIntListIs1XY1: four integers, the first and last 1.</summary>
    public static bool IsIntList1XY1(IRAttribute a) => IntList(a) is [1, _, _, 1];

    /// <summary>TFIntListIs11XY: four integers, the first two 1.</summary>
    public static bool IsIntList11XY(IRAttribute a) => IntList(a) is [1, 1, _, _];

    /// <summary>OpHasSameStaticShapes: every operand is shaped, static, and of the first operand's shape.</summary>
    public static bool OpHasSameStaticShapes(Operation op)
    {
        IReadOnlyList<long>? shape = null;
        foreach (var v in op.Operands)
        {
            if (v.Type is not ShapedType { HasStaticShape: true } s) return false;
            if (shape is null) shape = s.Shape;
            else if (!shape.SequenceEqual(s.Shape)) return false;
        }
        return true;
    }

    /// <summary>ExtractI32At&lt;i&gt;: element i of an integer list as an i32 attribute (truncating, as getI32IntegerAttr).</summary>
    public static IntegerAttr I32At(IRContext ctx, ArrayAttr list, int index) =>
        IntegerAttr.Get(ctx, IntegerType.Get(ctx, 32), ((IntegerAttr)list[index]).Value);

    /// <summary>GetTransposedType: the ranked type of <paramref name="value"/> with its dimensions permuted.</summary>
    public static IRType TransposedType(IRContext ctx, Value value, IReadOnlyList<int> perm)
    {
        var t = (RankedTensorType)value.Type;
        return RankedTensorType.Get(ctx, perm.Select(p => t.Shape[p]), t.ElementType);
    }

    /// <summary>
    /// The result type TFL's transpose builder computes: the input's dimensions permuted by a
    /// constant permutation, or an unranked tensor when the input is unranked or the permutation
    /// is not a non-empty constant.
    /// </summary>
    public static IRType TransposeResultType(IRContext ctx, Value input, Value perm)
    {
        var type = (ShapedType)input.Type;
        if (!type.HasRank || !Matchers.MatchConstant(perm, out var attr) || attr is not DenseElementsAttr { NumElements: > 0 } dense
            || dense.ShapedType.ElementType is not IntegerType)
            return UnrankedTensorType.Get(ctx, type.ElementType);
        var shape = new long[type.Rank];
        for (int i = 0; i < shape.Length; i++) shape[i] = type.Shape[(int)dense.IntegerAt(i)];
        return RankedTensorType.Get(ctx, shape, type.ElementType);
    }

    /// <summary>GetScalarOfType&lt;0&gt;: a rank-0 tensor holding zero of the value's element type.</summary>
    public static DenseElementsAttr ScalarZeroOf(IRContext ctx, IRType type)
    {
        var element = ((ShapedType)type).ElementType;
        var scalar = RankedTensorType.Get(ctx, [], element);
        return DenseElementsAttr.FromRaw(ctx, scalar, new byte[DenseElementsAttr.ElementByteWidthOf(element)], isSplat: true);
    }
}

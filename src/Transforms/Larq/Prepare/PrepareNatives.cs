using Lce.IR;
using Lce.IR.Rewrite.Pdll;

namespace Lce.Transforms.Larq.Prepare;

/// <summary>The C# functions Prepare.pdll calls, bound by the names it declares.</summary>
internal static class PrepareNatives
{
    public static readonly NativeRegistry Registry = new NativeRegistry()
        // constraints
        .AddConstraint("IsConstantValue", c => BinarySign.IsConstantValue(c.Attr(0), (float)((FloatAttr)c.Attr(1)).ToDouble()))
        .AddConstraint("HasStaticShape", c => BinarySign.HasStaticShape(c.Value(0).Type))
        .AddConstraint("HasElementwiseCondition", c => BinarySign.HasElementwiseCondition(c.Op(0)))
        .AddConstraint("IsQuantizableLike", c => BinarySign.IsQuantizableLike(c.Value(0), c.Value(1)))
        .AddConstraint("IsIntList1XY1", c => ConvAttributes.IsIntList1XY1(c.Attr(0)))
        .AddConstraint("HasDilations1XY1", c => ConvAttributes.IsIntList1XY1(ConvAttributes.Dilations(c.Op(0))))
        .AddConstraint("IsDataFormatNHWC", c => ConvAttributes.IsDataFormatNHWC(c.Op(0)))
        .AddConstraint("IsBinaryFilter", c => BinaryFilter.IsBinaryFilter(c.Attr(0)))
        .AddConstraint("InputChannels", c => ConvAttributes.InputChannels(c.Context, c.Value(0).Type) is { } n && c.Succeed(n))
        .AddConstraint("HasValidFilterShape", c => FilterShape.HasValidFilterShape(c.Context, (IntegerAttr)c.Attr(0), c.Value(1)))
        .AddConstraint("ConstFloatValueIsOne", c => c.Attr(0) is DenseElementsAttr { NumElements: 1 } d && d.IsF32() && d.F32At(0) == 1.0f)
        .AddConstraint("IsSamePadding", c => SamePadding.IsSamePadding(c.Attr(0), c.Value(1).Type, c.Value(2).Type, c.Attr(3)))
        // rewrites
        .AddRewrite("LocateAtDefiningOps", c =>
        {
            c.Location = PrepareBuilders.FusedLocationOf(c.Context, c.ValueRange(0));
            return null;
        })
        .AddRewrite("CreateShapeConstant", c => PrepareBuilders.CreateShapeConstant(c.Rewriter!, c.Value(0)))
        .AddRewrite("CreateBroadcastTo", c => PrepareBuilders.CreateBroadcastTo(c.Rewriter!, c.Value(0), c.Value(1), c.Value(2)))
        .AddRewrite("CreateNoneValue", c => PrepareBuilders.CreateNoneValue(c.Rewriter!, c.Value(0)))
        .AddRewrite("TypeOf", c => c.Value(0).Type)
        .AddRewrite("PackedType", c => PrepareBuilders.PackedType(c.Context, c.Value(0)))
        .AddRewrite("BroadcastType", c => PrepareBuilders.BroadcastType(c.Context, c.Value(0), c.Value(1)))
        .AddRewrite("PermutedType", c => PrepareBuilders.PermutedType(c.Context, c.Value(0), c.Value(1)))
        .AddRewrite("AttrType", c => PrepareBuilders.AttrType(c.Attr(0)))
        .AddRewrite("ScaleVector", c => BinaryFilter.ScaleVector(c.Context, (DenseElementsAttr)c.Attr(0)))
        .AddRewrite("ConstantVector", c =>
            BinaryFilter.ConstantVector(c.Context, (DenseElementsAttr)c.Attr(0), (float)((FloatAttr)c.Attr(1)).ToDouble()))
        .AddRewrite("ExtractI32At", c => ConvAttributes.ExtractI32At(c.Context, (ArrayAttr)c.Attr(0), (int)((IntegerAttr)c.Attr(1)).Int64))
        .AddRewrite("DilationsOf", c => ConvAttributes.Dilations(c.Op(0)));
}

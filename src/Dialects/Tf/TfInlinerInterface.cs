namespace Lce.Dialects.Tf;

using Lce.IR;

/// <summary>
/// TF's inliner hooks: a tf op may be inlined unless it would be cloned and cannot be duplicated
/// (it has memory effects, is not marked `is_stateless`, and is unregistered); callees marked
/// `tf._noinline = true` are not inlined; regions are inlined only into TF's region control-flow ops.
/// </summary>
public sealed class TfInlinerInterface : DialectInlinerInterface
{
    public override bool IsLegalToInline(Operation call, Operation callable, bool wouldBeCloned)
    {
        if (callable.GetAttr("tf._XlaMustCompile") is not null) return true;
        return callable.GetAttr("tf._noinline") is not IntegerAttr { IsBool: true } noinline || noinline.Value.IsZero;
    }

    public override bool IsLegalToInline(Region dest, Region src, bool wouldBeCloned, IRMapping valueMapping) =>
        dest.Owner?.Name is "tf.IfRegion" or "tf.CaseRegion" or "tf.WhileRegion" && src.Blocks.Count == 1;

    public override bool IsLegalToInline(Operation op, Region dest, bool wouldBeCloned, IRMapping valueMapping) =>
        !wouldBeCloned || CanDuplicate(op);

    /// <summary>TensorFlowDialect::CanDuplicate.</summary>
    public static bool CanDuplicate(Operation op)
    {
        if (op.HasTrait<IR.Traits.Pure>()) return true;
        if (op.GetAttr("is_stateless") is IntegerAttr { IsBool: true } stateless) return !stateless.Value.IsZero;
        return op.Definition is not null;
    }
}

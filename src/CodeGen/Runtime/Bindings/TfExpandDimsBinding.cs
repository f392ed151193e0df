namespace Lce.CodeGen.Runtime.Bindings;

/// <summary>`tf.ExpandDims`: the expanded shape is the result type's (the axis operand only fixed it).</summary>
public sealed class TfExpandDimsBinding : IOpBinding
{
    public string OpName => "tf.ExpandDims";

    public Kernel Bind(BindingContext ctx) => CopyKernel.Bind(ctx);
}

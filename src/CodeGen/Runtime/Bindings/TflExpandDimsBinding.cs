namespace Lce.CodeGen.Runtime.Bindings;

/// <summary>`tfl.expand_dims`: the expanded shape is the result type's.</summary>
public sealed class TflExpandDimsBinding : IOpBinding
{
    public string OpName => "tfl.expand_dims";

    public Kernel Bind(BindingContext ctx) => CopyKernel.Bind(ctx);
}

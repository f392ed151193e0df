namespace Lce.CodeGen.Runtime.Bindings;

/// <summary>`tfl.squeeze`: the squeezed shape is the result type's.</summary>
public sealed class TflSqueezeBinding : IOpBinding
{
    public string OpName => "tfl.squeeze";

    public Kernel Bind(BindingContext ctx) => CopyKernel.Bind(ctx);
}

namespace Lce.CodeGen.Runtime.Bindings;

/// <summary>`tf.Squeeze`: the squeezed shape is the result type's.</summary>
public sealed class TfSqueezeBinding : IOpBinding
{
    public string OpName => "tf.Squeeze";

    public Kernel Bind(BindingContext ctx) => CopyKernel.Bind(ctx);
}

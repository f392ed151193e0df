namespace Lce.CodeGen.Runtime.Bindings;

/// <summary>`tf.Identity`: an identity copies its input.</summary>
public sealed class TfIdentityBinding : IOpBinding
{
    public string OpName => "tf.Identity";

    public Kernel Bind(BindingContext ctx) => CopyKernel.Bind(ctx);
}

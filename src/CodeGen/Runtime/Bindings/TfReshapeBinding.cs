namespace Lce.CodeGen.Runtime.Bindings;

/// <summary>`tf.Reshape`: the new shape comes from the result type.</summary>
public sealed class TfReshapeBinding : IOpBinding
{
    public string OpName => "tf.Reshape";

    public Kernel Bind(BindingContext ctx) => CopyKernel.Bind(ctx);
}

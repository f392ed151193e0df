namespace Lce.CodeGen.Runtime.Bindings;

/// <summary>`tf.StopGradient`: at inference it is an identity.</summary>
public sealed class TfStopGradientBinding : IOpBinding
{
    public string OpName => "tf.StopGradient";

    public Kernel Bind(BindingContext ctx) => CopyKernel.Bind(ctx);
}

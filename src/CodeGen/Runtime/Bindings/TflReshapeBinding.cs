namespace Lce.CodeGen.Runtime.Bindings;

/// <summary>`tfl.reshape`: the new shape comes from the result type (its shape operand was checked against it by the verifier).</summary>
public sealed class TflReshapeBinding : IOpBinding
{
    public string OpName => "tfl.reshape";

    public Kernel Bind(BindingContext ctx) => CopyKernel.Bind(ctx);
}

namespace Lce.CodeGen.Runtime.Bindings;

/// <summary>
/// One op name, two element types: the registry holds one binding per op, so the int8 binding
/// and the existing (float) binding of the same op share it, chosen by operand 0's element type.
/// </summary>
public sealed class Int8Dispatch(IOpBinding? other, IOpBinding int8) : IOpBinding
{
    public string OpName => int8.OpName;

    public Kernel Bind(BindingContext ctx)
    {
        if (ctx.Inputs.Count > 0 && ctx.Inputs[0]?.DType == DType.Int8) return int8.Bind(ctx);
        if (other is not null) return other.Bind(ctx);
        throw ctx.Error($"only int8 operands are supported, operand #0 is {(ctx.Inputs.Count > 0 ? ctx.Inputs[0]?.ToString() ?? "none" : "missing")}");
    }
}

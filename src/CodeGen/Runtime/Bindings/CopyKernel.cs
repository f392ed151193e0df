namespace Lce.CodeGen.Runtime.Bindings;

/// <summary>
/// The kernel of ops that only reinterpret the shape (reshape, squeeze, expand_dims, identity):
/// row-major data is unchanged, so the output is a byte copy of the input.
/// </summary>
internal static class CopyKernel
{
    /// <summary>Checks that operand 0 and result 0 hold the same elements and returns the copy kernel.</summary>
    public static Kernel Bind(BindingContext ctx)
    {
        var input = ctx.Input(0);
        var output = ctx.Outputs[0];
        if (input.DType != output.DType)
            throw ctx.Error($"input element type {input.DType.Name()} differs from the result's {output.DType.Name()}");
        if (input.ElementCount != output.ElementCount)
            throw ctx.Error($"input {input} and result {output} have different element counts");
        return io => io.Input(0).Storage.Span.CopyTo(io.Output(0).Storage.Span);
    }
}

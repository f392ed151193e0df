namespace Lce.CodeGen.Runtime.Bindings;

/// <summary>`tf.Shape`: the operand's static shape as int32 or int64 (known at bind time).</summary>
public sealed class TfShapeBinding : IOpBinding
{
    public string OpName => "tf.Shape";

    public Kernel Bind(BindingContext ctx)
    {
        int[] shape = ctx.Input(0).Shape;
        var result = ctx.Outputs[0];
        if (result.Shape.Length != 1 || result.Shape[0] != shape.Length)
            throw ctx.Error($"result {result} should have {shape.Length} elements");
        return result.DType switch
        {
            DType.Int32 => io => shape.CopyTo(io.Output(0).Span<int>()),
            DType.Int64 => io =>
            {
                var o = io.Output(0).Span<long>();
                for (int i = 0; i < shape.Length; i++) o[i] = shape[i];
            },
            _ => throw ctx.Error($"result {result} is not int32 or int64"),
        };
    }
}

namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>`tf.ConcatV2` of float32 tensors; the axis is the last operand and must be a constant (negative counts from the end).</summary>
public sealed class TfConcatV2Binding : IOpBinding
{
    public string OpName => "tf.ConcatV2";

    public Kernel Bind(BindingContext ctx)
    {
        int count = ctx.Inputs.Count - 1;
        if (count < 1) throw ctx.Error("needs at least one value to concatenate");
        var shapes = Enumerable.Range(0, count).Select(i => Float32Input(ctx, i).Shape).ToArray();
        int[] axisValue = TflConstantInts.Read(ctx, count);
        if (axisValue.Length != 1) throw ctx.Error($"axis {ctx.Inputs[count]} is not one value");
        int axis = axisValue[0];
        RequireOutput(ctx, Shape(ctx, () => DataMovement.ConcatenationShape(shapes, axis)));
        return io =>
        {
            var inputs = Enumerable.Range(0, count)
                .Select(i => (ReadOnlyMemory<float>)io.Input(i).Span<float>().ToArray()).ToArray();
            DataMovement.Concatenation(inputs, shapes, axis, io.Output(0).Span<float>());
        };
    }
}

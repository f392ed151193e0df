namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static Int8BindingSupport;
using static TflBindingSupport;

/// <summary>
/// Int8 `tfl.transpose`, `tfl.pad` / `tfl.padv2` and `tfl.concatenation`: stored values move
/// unchanged, so every input and the result must share scale and zero point (TFLite's int8
/// concatenation rejects differing ones rather than rescaling). `tfl.pad` fills with the zero
/// point; `tfl.padv2`'s constant_values must share the quantization too.
/// </summary>
public static class TflDataMovementInt8Bindings
{
    public static IEnumerable<IOpBinding> All { get; } =
        [new Transpose(), new Pad("tfl.pad", withValue: false), new Pad("tfl.padv2", withValue: true), new Concatenation()];

    private sealed class Transpose : IOpBinding
    {
        public string OpName => "tfl.transpose";

        public Kernel Bind(BindingContext ctx)
        {
            var (input, iq) = Int8Input(ctx, 0);
            int[] shape = input.Shape, perm = TflConstantInts.Read(ctx, 1);
            RequireSameQuantization(ctx, iq, Int8Output(ctx, Shape(ctx, () => DataMovement.TransposeShape(shape, perm))), OpName);
            return io => DataMovement.Transpose<sbyte>(io.Input(0).Span<sbyte>(), shape, perm, io.Output(0).Span<sbyte>());
        }
    }

    private sealed class Pad(string opName, bool withValue) : IOpBinding
    {
        public string OpName => opName;

        public Kernel Bind(BindingContext ctx)
        {
            var (input, iq) = Int8Input(ctx, 0);
            int[] shape = input.Shape, flat = TflConstantInts.Read(ctx, 1);
            if (flat.Length != 2 * shape.Length) throw ctx.Error($"paddings have {flat.Length} values, expected {2 * shape.Length}");
            var paddings = Enumerable.Range(0, shape.Length).Select(i => (flat[2 * i], flat[2 * i + 1])).ToArray();
            if (paddings.Any(p => p.Item1 < 0 || p.Item2 < 0)) throw ctx.Error("paddings must not be negative");
            var oq = Int8Output(ctx, Shape(ctx, () => DataMovement.PadShape(shape, paddings)));
            RequireSameQuantization(ctx, iq, oq, opName);
            if (withValue)
            {
                var (value, vq) = Int8Input(ctx, 2);
                if (value.ElementCount != 1) throw ctx.Error($"constant_values {value} is not one value");
                RequireSameQuantization(ctx, vq, oq, opName + " constant_values");
            }
            sbyte zeroPoint = (sbyte)oq.ZeroPoint;
            return io => DataMovement.Pad(io.Input(0).Span<sbyte>(), shape, paddings,
                withValue ? io.Input(2).Span<sbyte>()[0] : zeroPoint, io.Output(0).Span<sbyte>());
        }
    }

    private sealed class Concatenation : IOpBinding
    {
        public string OpName => "tfl.concatenation";

        public Kernel Bind(BindingContext ctx)
        {
            var inputs = Enumerable.Range(0, ctx.Inputs.Count).Select(i => Int8Input(ctx, i)).ToArray();
            var shapes = inputs.Select(i => i.Spec.Shape).ToArray();
            if (Activation(ctx) != TflActivation.None) throw ctx.Error("concatenation supports only fused_activation_function NONE");
            int axis = Int(ctx, "axis");
            var oq = Int8Output(ctx, Shape(ctx, () => DataMovement.ConcatenationShape(shapes, axis)));
            foreach (var (_, q) in inputs) RequireSameQuantization(ctx, q, oq, OpName);
            return io =>
            {
                var data = Enumerable.Range(0, shapes.Length)
                    .Select(i => (ReadOnlyMemory<sbyte>)io.Input(i).Span<sbyte>().ToArray()).ToArray();
                DataMovement.Concatenation(data, shapes, axis, io.Output(0).Span<sbyte>());
            };
        }
    }
}

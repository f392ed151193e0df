namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;

/// <summary>
/// Bind-time readers of the int8 TFL bindings: element types and quantization come from the
/// operand and result types (`!quant.uniform<i8:f32, scale:zp>` per tensor,
/// `!quant.uniform<i8:f32:axis, {...}>` per axis). TFLite stores scales as float32, so they are
/// narrowed to float here.
/// </summary>
internal static class Int8BindingSupport
{
    /// <summary>Operand <paramref name="i"/>: int8 with per-tensor quantization.</summary>
    public static (TensorSpec Spec, QuantParams Quant) Int8Input(BindingContext ctx, int i) =>
        (ctx.Input(i), PerTensor(ctx, ctx.Input(i), $"operand #{i}"));

    /// <summary>Result <paramref name="i"/>: int8 with per-tensor quantization and the shape the kernel computes.</summary>
    public static QuantParams Int8Output(BindingContext ctx, int[] expectedShape, int i = 0)
    {
        var spec = ctx.Outputs[i];
        if (!spec.Shape.AsSpan().SequenceEqual(expectedShape))
            throw ctx.Error($"result {spec} should have shape [{string.Join(", ", expectedShape)}]");
        return PerTensor(ctx, spec, $"result #{i}");
    }

    /// <summary>The per-tensor parameters of an int8 spec; anything else is a diagnostic naming <paramref name="what"/>.</summary>
    public static QuantParams PerTensor(BindingContext ctx, TensorSpec spec, string what)
    {
        if (spec.DType != DType.Int8) throw ctx.Error($"{what} {spec} is not int8");
        var q = spec.Quantization ?? throw ctx.Error($"{what} {spec} has no quantization parameters");
        if (!q.IsPerTensor) throw ctx.Error($"{what} is quantized per axis; only per-tensor quantization is supported here");
        return new QuantParams(Scale(ctx, q.Scale, what), ZeroPoint(ctx, q.ZeroPoint, what));
    }

    /// <summary>Per-axis (or per-tensor, as one-element lists on axis 0) parameters of an int8 spec.</summary>
    public static PerAxisQuantParams PerAxis(BindingContext ctx, TensorSpec spec, string what)
    {
        if (spec.DType != DType.Int8) throw ctx.Error($"{what} {spec} is not int8");
        var q = spec.Quantization ?? throw ctx.Error($"{what} {spec} has no quantization parameters");
        var scales = q.Scales.Select(s => Scale(ctx, s, what)).ToArray();
        var zeroPoints = q.ZeroPoints.Select(z => ZeroPoint(ctx, z, what)).ToArray();
        var p = new PerAxisQuantParams(scales, zeroPoints, q.Axis ?? 0);
        if (q.Axis is not null)
        {
            try { p.Validate(spec.Shape); }
            catch (ArgumentException e) { throw ctx.Error($"{what}: {e.Message}"); }
        }
        return p;
    }

    /// <summary>
    /// The filter scales of a symmetric int8 filter quantized per tensor or along
    /// <paramref name="axis"/> (the output channel); TFLite's int8 kernels ignore filter zero
    /// points, so non-zero ones are rejected.
    /// </summary>
    public static float[] FilterScales(BindingContext ctx, int operand, int axis)
    {
        var p = PerAxis(ctx, ctx.Input(operand), $"filter (operand #{operand})");
        if (ctx.Input(operand).Quantization!.Axis is { } a && a != axis)
            throw ctx.Error($"filter is quantized along dimension {a}; int8 kernels need dimension {axis}");
        if (p.ZeroPoints.Any(z => z != 0)) throw ctx.Error("int8 filters must have zero points 0");
        return p.Scales;
    }

    /// <summary>The optional int32 bias operand (`none` gives no bias) with <paramref name="channels"/> elements.</summary>
    public static bool Bias(BindingContext ctx, int operand, int channels)
    {
        if (ctx.Inputs.Count <= operand || ctx.Inputs[operand] is null) return false;
        var spec = ctx.Inputs[operand]!;
        if (spec.DType != DType.Int32) throw ctx.Error($"bias {spec} is not int32 (int8 kernels take an int32 bias)");
        if (spec.ElementCount != channels) throw ctx.Error($"bias {spec} does not have {channels} elements");
        return true;
    }

    /// <summary>Input and result must share scale and zero point (kernels that only move or compare stored values).</summary>
    public static void RequireSameQuantization(BindingContext ctx, QuantParams input, QuantParams output, string op)
    {
        if (input != output)
            throw ctx.Error($"int8 {op} needs the input's scale and zero point ({input.Scale}, {input.ZeroPoint}) on its result, which has ({output.Scale}, {output.ZeroPoint})");
    }

    private static float Scale(BindingContext ctx, double scale, string what)
    {
        float f = (float)scale;
        return float.IsFinite(f) && f > 0 ? f : throw ctx.Error($"{what} has scale {scale}, which is not a positive float32");
    }

    private static int ZeroPoint(BindingContext ctx, long zp, string what) =>
        zp is >= sbyte.MinValue and <= sbyte.MaxValue ? (int)zp : throw ctx.Error($"{what} has zero point {zp} outside the int8 range");

    /// <summary>Runs kernel setup that validates with ArgumentException (multipliers, tables), as a diagnostic.</summary>
    public static T Prepare<T>(BindingContext ctx, Func<T> prepare)
    {
        try { return prepare(); }
        catch (ArgumentException e) { throw ctx.Error(e.Message); }
    }
}

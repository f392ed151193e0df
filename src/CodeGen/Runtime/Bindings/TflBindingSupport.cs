namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;

/// <summary>
/// Attribute readers and bind-time checks shared by the float32 TFL bindings: TFL keeps its
/// options (`fused_activation_function`, `padding`, strides, ...) in the attribute dictionary.
/// </summary>
internal static class TflBindingSupport
{
    /// <summary>Operand <paramref name="i"/>, which must be float32.</summary>
    public static TensorSpec Float32Input(BindingContext ctx, int i)
    {
        var spec = ctx.Input(i);
        if (spec.DType != DType.Float32) throw ctx.Error($"operand #{i} {spec} is not float32 (only float32 is supported)");
        return spec;
    }

    /// <summary>`fused_activation_function`; absent means NONE. TANH and SIGN_BIT have no clamp range and are rejected.</summary>
    public static TflActivation Activation(BindingContext ctx)
    {
        if (!ctx.HasAttr("fused_activation_function")) return TflActivation.None;
        return ctx.StringAttr("fused_activation_function") switch
        {
            "NONE" => TflActivation.None,
            "RELU" => TflActivation.Relu,
            "RELU_N1_TO_1" => TflActivation.ReluN1To1,
            "RELU6" => TflActivation.Relu6,
            var s => throw ctx.Error($"unsupported fused_activation_function '{s}'"),
        };
    }

    public static TflPadding Padding(BindingContext ctx) => ctx.StringAttr("padding") switch
    {
        "SAME" => TflPadding.Same,
        "VALID" => TflPadding.Valid,
        var s => throw ctx.Error($"unknown padding '{s}'"),
    };

    public static int Int(BindingContext ctx, string name) => ToInt(ctx, ctx.IntAttr(name), $"attribute '{name}'");

    /// <summary>A 64-bit value narrowed to int, out-of-range values being a diagnostic rather than an OverflowException.</summary>
    public static int ToInt(BindingContext ctx, long value, string what) =>
        value is >= int.MinValue and <= int.MaxValue ? (int)value : throw ctx.Error($"{what} value {value} is out of the int32 range");

    /// <summary>Runs a kernel's shape helper, turning its ArgumentException into a diagnostic.</summary>
    public static int[] Shape(BindingContext ctx, Func<int[]> outputShape)
    {
        try
        {
            return outputShape();
        }
        catch (ArgumentException e)
        {
            throw ctx.Error(e.Message);
        }
    }

    /// <summary>Result <paramref name="i"/> must have <paramref name="dtype"/> and the shape the kernel computes.</summary>
    public static void RequireOutput(BindingContext ctx, int[] expected, DType dtype = DType.Float32, int i = 0)
    {
        var actual = ctx.Outputs[i];
        if (actual.DType != dtype || !actual.Shape.AsSpan().SequenceEqual(expected))
            throw ctx.Error($"result {actual} should be {new TensorSpec(dtype, expected)}");
    }
}

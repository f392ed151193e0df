using Lce.Dialects.Quant;
using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.IR.Passes;
using Lce.Transforms.Tf.PrepareTf;

namespace Lce.Transforms.Tfl.Quantize;

/// <summary>
/// `tfl-default-quant` (TF 2.16's DefaultQuantParamsPass; LCE's experimental_default_int8_range):
/// every float value of the int8 path that no quantize op holds yet (function arguments, results
/// of int8-path ops and float constants) gets a quantize/dequantize pair with the default range
/// [`default-min`, `default-max`] in 8 bits, not narrow; then each bias left unquantized gets the
/// i32 type its operands' scales give. It exists for latency measurements: the ranges are not
/// calibrated.
/// </summary>
public sealed class DefaultQuantParamsPass : Pass
{
    private readonly Option<double> _min;
    private readonly Option<double> _max;
    private readonly Option<bool> _signed;

    public DefaultQuantParamsPass()
    {
        _min = Option("default-min", "Default minimum value for TFLite quantization", -1.0);
        _max = Option("default-max", "Default maximum value for TFLite quantization", 1.0);
        _signed = Option("is-signed", "Is the corresponding integer signed", false);
    }

    public override string Argument => "tfl-default-quant";
    public override string Name => "DefaultQuantParamsPass";
    public override string Description => "Apply quantization with default quantization parameter";
    public override string? AnchorName => "func.func";

    protected override void RunOnOperation()
    {
        var func = Operation;
        if (func.NumRegions == 0 || func.GetRegion(0).Blocks.Count == 0) return;
        var body = func.GetRegion(0).Blocks[0];
        var activations = new List<Value>();
        var biases = new List<Value>();
        void Collect(Value v)
        {
            if (!QuantParams.IsF32Tensor(v.Type)) return;
            if (v.HasOneUse && v.Users.First().Name == "tfl.quantize") return;
            (UsedAsBias(v) ? biases : activations).Add(v);
        }
        foreach (var arg in body.Arguments) Collect(arg);
        func.Walk(op => { if (op != func && QuantOpSpec.IsQuantizable(op)) foreach (var r in op.Results) Collect(r); });

        double min = _min.Value, max = _max.Value;
        var defaults = min <= 0 && 0 <= max && min < max
            ? FakeQuantRange.ToType(func.Context, FloatType.F32(func.Context), min, max, 8, narrowRange: false, _signed.Value) : null;
        if (defaults is null)
        {
            func.EmitError(FormattableString.Invariant($"the default range [{min}, {max}] has no 8-bit quantized type (it must be MIN,MAX with MIN < MAX, containing 0)"));
            SignalPassFailure();
            return;
        }
        foreach (var v in activations) QuantizeValue(func.Context, v, defaults);
        foreach (var bias in biases)
        {
            var user = bias.Users.First();
            var spec = QuantOpSpec.Of(user);
            if (BiasParams(user, spec.NonBiasOperands!) is { } parameters) QuantizeValue(func.Context, bias, parameters);
        }
    }

    private static bool UsedAsBias(Value v) => v.Uses.Any(u => u.Index == QuantOpSpec.Of(u.Owner).BiasOperand);

    /// <summary>The bias type from the other operands, when they are all dequantized already.</summary>
    private static QuantizedType? BiasParams(Operation op, int[] nonBiases)
    {
        var types = new List<QuantizedType>();
        foreach (int i in nonBiases)
        {
            if (op.GetOperand(i).DefiningOp is not { Name: "tfl.dequantize" } dq || QuantParams.Element(dq.GetOperand(0).Type) is not { } t) return null;
            types.Add(t);
        }
        return QuantParams.ForBias(op.Context, types);
    }

    private static void QuantizeValue(IRContext ctx, Value value, QuantizedType parameters)
    {
        if (parameters.CastFromExpressedType(value.Type) is not { } quantizedType) return;
        var builder = new Builder(ctx);
        if (value.DefiningOp is { } def) builder.SetInsertionPointAfter(def);
        else builder.SetInsertionPointToStart(value.ParentBlock!);
        var loc = value.DefiningOp?.Location ?? ((BlockArgument)value).Location;
        var q = TflBuild.Quantize(builder, loc, value, quantizedType);
        var dq = TflBuild.Dequantize(builder, loc, value.Type, q);
        value.ReplaceUsesWithIf(dq, use => use.Owner != q.DefiningOp);
    }
}

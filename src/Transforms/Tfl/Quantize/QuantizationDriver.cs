using Lce.Dialects.Quant;
using Lce.Dialects.Tfl;
using Lce.IR;

namespace Lce.Transforms.Tfl.Quantize;

/// <summary>
/// TF's quantization parameter propagation (quantization_driver.cc) over one function body.
/// Every float value an int8-path op reads or writes gets a state, shared across a
/// quantize/dequantize pair: parameters written by fake quantization are immutable, the rest are
/// found by a worklist that quantizes weights from their content (per channel where the op
/// supports it), gives biases the product of their operands' scales, fixes the result range of
/// softmax/logistic/tanh and makes same-scale ops (pooling, reshape, concatenation, ...) share
/// one set of parameters. A conflict with parameters already set becomes a requantize.
/// Finally a quantize/dequantize pair materializes each new state.
/// </summary>
public sealed class QuantizationDriver(Block body, bool signed, bool disablePerChannel, bool inferTensorRange)
{
    private enum Requantize { None, OnInput, OnOutput }

    private sealed class State(Value value, QuantizedType? parameters)
    {
        /// <summary>The value the state belongs to: a float value, or the quantized result of a quantize op.</summary>
        public Value Value { get; } = value;
        public QuantizedType? Params { get; set; } = parameters;
        public bool Immutable { get; } = parameters is not null;
        public Requantize Position { get; set; }
        public QuantizedType? RequantizeParams { get; set; }
    }

    private readonly Dictionary<Value, State> _states = [];
    private readonly List<State> _order = [];
    private readonly HashSet<Operation> _weights = [];
    private readonly Dictionary<Operation, int> _perChannelWeights = [];
    private readonly Stack<Operation> _work = new();
    private readonly HashSet<Operation> _done = [];

    public void Run()
    {
        PreprocessConstants();
        var ops = body.Operations.Where(IsPropagated).ToList();
        foreach (var op in ops)
        {
            for (int i = 0; i < op.NumOperands; i++) OperandState(op, i);
            for (int i = 0; i < op.NumResults; i++) ResultState(op, i);
        }
        // TF pops its worklist from the end: the last op of the body comes first.
        foreach (var op in ops) _work.Push(op);
        if (Propagate()) Materialize();
    }

    private static bool IsPropagated(Operation op) =>
        QuantOpSpec.IsQuantizable(op) && op.Name is not ("tfl.quantize" or "tfl.dequantize");

    // ---- states ----

    /// <summary>The value whose state an operand reads: the quantized input of a dequantize feeding it.</summary>
    private static Value OperandKey(Value operand) =>
        operand.DefiningOp is { Name: "tfl.dequantize" } dq ? dq.GetOperand(0) : operand;

    /// <summary>The value whose state a result writes: the output of its only user when that is a quantize.</summary>
    private static Value ResultKey(Value result) =>
        result.HasOneUse && result.Users.First() is { Name: "tfl.quantize" } q ? q.GetResult(0) : result;

    private State? StateOf(Value key)
    {
        if (_states.TryGetValue(key, out var state)) return state;
        var quantized = QuantParams.Element(key.Type);
        if (quantized is null && !QuantParams.IsF32Tensor(key.Type)) return null;
        state = new State(key, quantized);
        _states[key] = state;
        _order.Add(state);
        return state;
    }

    private State? OperandState(Operation op, int i) => StateOf(OperandKey(op.GetOperand(i)));
    private State? ResultState(Operation op, int i) => StateOf(ResultKey(op.GetResult(i)));

    // ---- constants: weights and biases ----

    /// <summary>
    /// Sorts float constants into weights (any use other than a bias or a same-scale operand; per
    /// channel when it is the op's coefficient) and biases, and gives each extra bias use its own
    /// copy so every op can set its bias parameters.
    /// </summary>
    private void PreprocessConstants()
    {
        foreach (var cst in body.Operations.Where(QuantOpSpec.IsConstant).ToList())
        {
            var value = cst.GetResult(0);
            if (!QuantParams.IsF32Tensor(value.Type)) continue;
            var biasUses = new List<OpOperand>();
            bool weight = false;
            foreach (var use in value.Uses.ToList())
            {
                var spec = QuantOpSpec.Of(use.Owner);
                if (use.Index != spec.BiasOperand && !spec.SameScale)
                {
                    weight = true;
                    if (use.Index == spec.CoefficientOperand) _perChannelWeights[cst] = spec.CoefficientDimension;
                }
                else biasUses.Add(use);
            }
            if (weight) _weights.Add(cst);
            else if (biasUses.Count > 0) biasUses.RemoveAt(biasUses.Count - 1);
            foreach (var use in biasUses)
            {
                var copy = cst.Clone();
                cst.ParentBlock!.InsertBefore(cst, copy);
                use.Set(copy.GetResult(0));
            }
        }
    }

    private bool SetConstantParams(Operation cst)
    {
        if (cst.GetInherentOrDiscardable("value") is not DenseElementsAttr { } data || !data.IsF32() || data.ShapedType is not RankedTensorType shape) return false;
        var ctx = cst.Context;
        var expressed = (FloatType)shape.ElementType;
        var values = data.ToF32Array();
        QuantizedType? type = _perChannelWeights.TryGetValue(cst, out int dim) && dim >= 0 && signed && !disablePerChannel
            ? QuantParams.ForWeightPerAxis(ctx, expressed, values, shape.Shape, dim, signed)
            : QuantParams.ForWeight(ctx, expressed, values, symmetric: signed, signed, narrowRange: true);
        return type is not null && SetResultParams(cst, 0, type);
    }

    // ---- propagation ----

    private bool Propagate()
    {
        bool changed = false;
        while (_work.Count > 0)
        {
            var op = _work.Pop();
            if (!_done.Add(op)) continue;

            if (QuantOpSpec.IsConstant(op))
            {
                if (_weights.Contains(op) && ResultState(op, 0) is { Params: null } && inferTensorRange) changed |= SetConstantParams(op);
                continue;
            }

            var spec = QuantOpSpec.Of(op);
            if (spec.SameScale)
            {
                if (SameScaleParams(op) is not { } shared) { _done.Remove(op); continue; }
                for (int i = 0; i < op.NumOperands; i++) changed |= SetOperandParams(op, i, shared);
                for (int i = 0; i < op.NumResults; i++) changed |= SetResultParams(op, i, shared);
            }

            if (spec.FixedOutput is { } range && inferTensorRange && op.NumResults == 1
                && op.GetResult(0).Type is ShapedType { ElementType: FloatType expressed })
                changed |= SetResultParams(op, 0, range.Type(op.Context, expressed, signed));

            if (spec.BiasOperand >= 0 && spec.BiasOperand < op.NumOperands && OperandState(op, spec.BiasOperand) is { } bias)
            {
                if (BiasParams(op, bias, spec.NonBiasOperands!) is { } biasParams) changed |= SetOperandParams(op, spec.BiasOperand, biasParams);
                else _done.Remove(op);
            }
        }
        return changed;
    }

    private QuantizedType? BiasParams(Operation op, State bias, int[] nonBiases)
    {
        if (bias.Params is { } existing) return existing;
        var types = new List<QuantizedType>();
        foreach (int i in nonBiases)
        {
            if (OperandState(op, i)?.Params is not { } p) return null;
            types.Add(p);
        }
        return QuantParams.ForBias(op.Context, types);
    }

    /// <summary>
    /// TF's choice of the parameters a same-scale op shares: an immutable state first (the single
    /// operand's, the single result's, else the first), then a propagated one in the same order.
    /// </summary>
    private QuantizedType? SameScaleParams(Operation op)
    {
        var operands = Enumerable.Range(0, op.NumOperands).Select(i => OperandState(op, i)).OfType<State>().ToList();
        var results = Enumerable.Range(0, op.NumResults).Select(i => ResultState(op, i)).OfType<State>().ToList();
        var immutableOperands = operands.Where(s => s.Immutable).ToList();
        var immutableResults = results.Where(s => s.Immutable).ToList();
        if (op.NumOperands == 1 && immutableOperands.Count == 1) return immutableOperands[0].Params;
        if (op.NumResults == 1 && immutableResults.Count == 1) return immutableResults[0].Params;
        if (immutableOperands.Concat(immutableResults).FirstOrDefault() is { } firstImmutable) return firstImmutable.Params;
        var setOperands = operands.Where(s => !s.Immutable && s.Params is not null).ToList();
        var setResults = results.Where(s => !s.Immutable && s.Params is not null).ToList();
        if (op.NumOperands == 1 && setOperands.Count == 1) return setOperands[0].Params;
        if (op.NumResults == 1 && setResults.Count == 1) return setResults[0].Params;
        return setOperands.Concat(setResults).FirstOrDefault()?.Params;
    }

    private bool SetOperandParams(Operation op, int index, QuantizedType parameters)
    {
        if (OperandState(op, index) is not { } state || Equals(state.Params, parameters)) return false;
        if (state.Params is not null)
        {
            state.RequantizeParams = parameters;
            state.Position = Requantize.OnOutput;
            return true;
        }
        state.Params = parameters;
        if (state.Value.DefiningOp is { } producer) _work.Push(producer);
        return true;
    }

    private bool SetResultParams(Operation op, int index, QuantizedType parameters)
    {
        if (ResultState(op, index) is not { } state || Equals(state.Params, parameters)) return false;
        if (state.Params is not null)
        {
            state.RequantizeParams = parameters;
            state.Position = Requantize.OnInput;
            return true;
        }
        state.Params = parameters;
        foreach (var user in op.GetResult(index).Users) _work.Push(user);
        return true;
    }

    // ---- materialization ----

    private void Materialize()
    {
        var builder = new Builder(body.ParentOp!.Context);
        foreach (var state in _order)
        {
            if (state.Params is not { } parameters || (state.Immutable && state.Position == Requantize.None)) continue;
            var value = state.Value;
            if (!state.Immutable) QuantizeValue(builder, value, parameters);
            if (state.Position != Requantize.None) RequantizeValue(builder, state);
        }
    }

    /// <summary>Puts `dequantize(quantize(value))` in front of every use of a float value.</summary>
    private static void QuantizeValue(Builder builder, Value value, QuantizedType parameters)
    {
        if (parameters.CastFromExpressedType(value.Type) is not { } quantizedType) return;
        SetInsertionAfterDefinition(builder, value);
        // TF locates an argument's pair at an unknown location and an op result's at the op.
        var loc = value.DefiningOp?.Location ?? UnknownLoc.Get(builder.Context);
        var q = TflBuild.Quantize(builder, loc, value, quantizedType);
        var dq = TflBuild.Dequantize(builder, loc, value.Type, q);
        value.ReplaceUsesWithIf(dq, use => use.Owner != q.DefiningOp);
    }

    /// <summary>
    /// A requantize between two parameter sets: on the input side, the value is first quantized
    /// with the new parameters (its quantize becomes a requantize); on the output side, the
    /// quantized value is requantized to the new parameters before its dequantize.
    /// </summary>
    private static void RequantizeValue(Builder builder, State state)
    {
        var target = state.RequantizeParams!;
        Value value = state.Value;
        if (state.Position == Requantize.OnInput)
        {
            // The float value in front of the quantize that holds the state's parameters.
            if (value.DefiningOp is { Name: "tfl.quantize" } holder) value = holder.GetOperand(0);
        }
        else if (QuantParams.Element(value.Type) is null && value.Users.FirstOrDefault(u => u.Name == "tfl.quantize") is { } inserted)
            value = inserted.GetResult(0);
        var expressed = QuantParams.Element(value.Type) is null ? value.Type : QuantizedType.CastToExpressedType(value.Type);
        if (expressed is null || target.CastFromExpressedType(expressed) is not { } newType) return;
        SetInsertionAfterDefinition(builder, value);
        var requantize = TflBuild.Quantize(builder, value.DefiningOp?.Location ?? UnknownLoc.Get(builder.Context), value, newType);
        value.ReplaceUsesWithIf(requantize, use => use.Owner != requantize.DefiningOp);
    }

    private static void SetInsertionAfterDefinition(Builder builder, Value value)
    {
        if (value.DefiningOp is { } def) builder.SetInsertionPointAfter(def);
        else builder.SetInsertionPointToStart(value.ParentBlock!);
    }
}

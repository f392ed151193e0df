using Lce.CodeGen.Tflite.Schema;
using Lce.Dialects.Func;
using Lce.Dialects.Tfl;
using SchemaTensor = Lce.CodeGen.Tflite.Schema.Tensor;

namespace Lce.CodeGen.Tflite.Import;

/// <summary>
/// One subgraph as one `func.func` (TF's ConvertSubgraph): arguments are the subgraph's inputs,
/// operators become ops in order, a tensor no operator writes is a constant, and `func.return` returns the outputs. Values are located at their
/// tensor's name (`loc("name"(file))`), ops at their outputs' names fused. The entry point gets
/// `tf.entry_function = {inputs = "...", outputs = "..."}`; other functions are private.
/// Constants are placed in tensor order by default (see <see cref="ConstantPlacement"/>).
/// </summary>
internal sealed class SubgraphImporter(IRContext ctx, ModelBytes model, Location fileLoc, TfliteImportOptions options)
{
    private readonly ConstantImporter _constants = new(ctx, model, options);
    private readonly OperatorImporter _operators = new(ctx, model);

    public Operation Import(SubGraph g, int index, string name, bool isEntry)
    {
        var funcLoc = NameLoc.Get(ctx, name, fileLoc);
        string Where(string what) => $"subgraph {index} ('{name}'): {what}";
        SchemaTensor TensorAt(int t, string user)
        {
            if (t < 0 || t >= g.Tensors.Count)
                throw new TfliteImportException(Where($"{user} is tensor {t}, but the subgraph has {g.Tensors.Count} tensors"), funcLoc);
            return g.Tensors[t];
        }

        var isOutput = new bool[g.Tensors.Count];
        for (int o = 0; o < g.Operators.Count; o++)
            foreach (int t in g.Operators[o].Outputs)
            {
                TensorAt(t, $"output of operator {o}");
                isOutput[t] = true;
            }

        var inputTypes = g.Inputs.Select((t, i) => TensorTypes.Of(ctx, TensorAt(t, $"input {i}"), false, TensorLoc(g.Tensors[t]))).ToArray<IRType>();
        var resultTypes = g.Outputs.Select((t, i) =>
        {
            var tensor = TensorAt(t, $"output {i}");
            return (IRType)TensorTypes.Of(ctx, tensor, isConstant: !isOutput[t] && !g.Inputs.Contains(t), TensorLoc(tensor));
        }).ToArray();
        var func = FuncOp.Create(ctx, funcLoc, name, FunctionType.Get(ctx, inputTypes, resultTypes), visibility: isEntry ? null : "private");
        var block = func.GetRegion(0).Blocks[0];
        var b = new Builder(ctx);
        b.SetInsertionPointToEnd(block);

        var values = new Value?[g.Tensors.Count];
        for (int i = 0; i < g.Inputs.Count; i++)
        {
            int t = g.Inputs[i];
            if (values[t] is not null) throw new TfliteImportException(Where($"tensor {t} is listed twice as an input"), TensorLoc(g.Tensors[t]));
            values[t] = block.GetArgument(i);
        }
        if (isEntry) func.SetAttr("tf.entry_function", EntryFunction(g));

        Value? noValue = null;
        Value Operand(int t, string user)
        {
            if (t == -1) return noValue ??= TflBuild.NoValue(b, fileLoc);
            var tensor = TensorAt(t, user);
            if (values[t] is { } v) return v;
            if (isOutput[t]) throw new TfliteImportException(Where($"{user} reads tensor {t} before the operator that writes it"), TensorLoc(tensor));
            return values[t] = _constants.Build(b, tensor, t, TensorLoc(tensor));
        }

        // Tensors that become constants: read by an operator or returned, written by none, not an input.
        var constants = g.Operators.SelectMany(op => op.Inputs).Concat(g.Outputs)
            .Where(t => t >= 0 && t < g.Tensors.Count && !isOutput[t] && !g.Inputs.Contains(t)).Distinct().Order().ToList();
        int nextConstant = 0;
        void ConstantsBelow(int limit)
        {
            if (options.ConstantPlacement != ConstantPlacement.TensorOrder) return;
            for (; nextConstant < constants.Count && constants[nextConstant] < limit; nextConstant++)
                Operand(constants[nextConstant], $"constant tensor {constants[nextConstant]}");
        }

        for (int o = 0; o < g.Operators.Count; o++)
        {
            var op = g.Operators[o];
            if (op.Outputs.Count > 0) ConstantsBelow(op.Outputs.Min());
            var opLoc = FusedLoc.Get(ctx, op.Outputs.Select(t => TensorLoc(g.Tensors[t])));
            if (op.OpcodeIndex >= model.Model.OperatorCodes.Count)
                throw new TfliteImportException(Where($"operator {o} has opcode index {op.OpcodeIndex}, but the model has {model.Model.OperatorCodes.Count} operator codes"), opLoc);
            string name0 = OperatorImporter.OpName(model.Model.OperatorCodes[(int)op.OpcodeIndex], Where($"operator {o}"), opLoc);
            string where = Where($"operator {o} ({name0})");
            var operands = op.Inputs.Select((t, i) => Operand(t, $"input {i} of operator {o}")).ToList();
            var types = op.Outputs.Select(t => (IRType)TensorTypes.Of(ctx, g.Tensors[t], false, TensorLoc(g.Tensors[t]))).ToList();
            var created = _operators.Build(b, op, name0, operands, types, where, opLoc);
            for (int r = 0; r < op.Outputs.Count; r++) values[op.Outputs[r]] = created.GetResult(r);
        }

        ConstantsBelow(int.MaxValue);
        var returned = g.Outputs.Select((t, i) => Operand(t, $"output {i}")).ToList();
        b.Create("func.return", fileLoc, returned);
        NarrowRangeConstants.Widen(ctx, block);
        return func;
    }

    /// <summary>`loc("name"(file))` for a named tensor, the file otherwise.</summary>
    private Location TensorLoc(SchemaTensor t) => string.IsNullOrEmpty(t.Name) ? fileLoc : NameLoc.Get(ctx, t.Name, fileLoc);

    /// <summary>The comma-joined tensor names of the inputs and outputs (each entry only when there are some).</summary>
    private DictionaryAttr EntryFunction(SubGraph g)
    {
        var entries = new List<NamedAttribute>();
        if (g.Inputs.Count > 0) entries.Add(new("inputs", StringAttr.Get(ctx, string.Join(",", g.Inputs.Select(t => g.Tensors[t].Name ?? "")))));
        if (g.Outputs.Count > 0) entries.Add(new("outputs", StringAttr.Get(ctx, string.Join(",", g.Outputs.Select(t => g.Tensors[t].Name ?? "")))));
        return DictionaryAttr.Get(ctx, entries);
    }
}

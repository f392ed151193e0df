using Lce.CodeGen.Tflite.Import;
using Lce.CodeGen.Tflite.Schema;
using Lce.Dialects.Func;
using Lce.Dialects.Tfl;
using Lce.Transforms.Larq.LegalizeLce;
using Lce.Serialization.CustomOptions;

namespace Lce.CodeGen.Tflite.Export;

/// <summary>
/// One `func.func` as a TFLite subgraph: arguments, constants and op results become tensors (in
/// that order of appearance), constants get (shared) buffers, `none` operands are index -1, and
/// every other op becomes an operator: tfl builtins with their options and version, `tfl.custom`
/// with its code and option bytes, and lq ops as LCE's custom ops with the option bytes
/// `tfl-legalize-lce` writes.
/// </summary>
internal sealed class SubgraphExporter
{
    private readonly TensorNameMapper _names;
    private readonly ConstantBuffers _buffers;
    private readonly OperatorCodeTable _codes;
    private readonly List<Tensor> _tensors = [];
    private readonly Dictionary<Value, int> _tensorOf = [];
    private readonly List<OpVersions.Operand?> _operandInfo = [];
    private readonly List<Operator> _operators = [];

    public SubgraphExporter(TensorNameMapper names, ConstantBuffers buffers, OperatorCodeTable codes)
    {
        _names = names;
        _buffers = buffers;
        _codes = codes;
    }

    public SubGraph Export(Operation func, out IReadOnlyList<TensorMap> inputs, out IReadOnlyList<TensorMap> outputs)
    {
        var region = func.GetRegion(0);
        if (region.Blocks.Count != 1)
            throw new TfliteExportException($"@{FuncOp.Name(func)} has {region.Blocks.Count} blocks; a TFLite subgraph needs exactly one", func.Location);
        var block = region.Blocks[0];
        PresetEntryNames(func, block);
        foreach (var arg in block.Arguments)
            AddTensor(arg, _names.HasName(arg) ? _names.NameOf(arg) : $"arg{arg.Index}", arg.Location, 0);
        int[]? results = null;
        foreach (var op in block.Operations)
        {
            if (op.Name == "func.return") results = op.Operands.Select(v => v.Type is NoneType
                ? throw new TfliteExportException("a result of type 'none' cannot be a subgraph output", op.Location)
                : IndexOf(v, op)).ToArray();
            else ExportOp(op);
        }
        if (results is null) throw new TfliteExportException($"@{FuncOp.Name(func)} has no func.return", func.Location);
        var argIndices = block.Arguments.Select(a => _tensorOf[a]).ToArray();
        inputs = argIndices.Select(i => new TensorMap(_tensors[i].Name, (uint)i)).ToArray();
        outputs = results.Select(i => new TensorMap(_tensors[i].Name, (uint)i)).ToArray();
        return new SubGraph
        {
            Name = FuncOp.Name(func),
            Tensors = _tensors,
            Inputs = argIndices,
            Outputs = results,
            Operators = _operators,
        };
    }

    /// <summary>TF's `tf.entry_function = {inputs = "a,b", outputs = "y"}` names the arguments and results.</summary>
    private void PresetEntryNames(Operation func, Block block)
    {
        if (func.GetAttr("tf.entry_function") is not DictionaryAttr d) return;
        if (d.Get("inputs") is StringAttr ins)
        {
            var names = ins.Value.Split(',', StringSplitOptions.RemoveEmptyEntries);
            if (names.Length != block.Arguments.Count)
                throw new TfliteExportException($"tf.entry_function names {names.Length} inputs but the function has {block.Arguments.Count}", func.Location);
            for (int i = 0; i < names.Length; i++) _names.Preset(block.Arguments[i], names[i].Trim());
        }
        if (d.Get("outputs") is StringAttr outs && block.Operations.LastOrDefault() is { Name: "func.return" } ret)
        {
            var names = outs.Value.Split(',', StringSplitOptions.RemoveEmptyEntries);
            if (names.Length != ret.NumOperands)
                throw new TfliteExportException($"tf.entry_function names {names.Length} outputs but the function returns {ret.NumOperands}", func.Location);
            for (int i = 0; i < names.Length; i++) _names.Preset(ret.GetOperand(i), names[i].Trim());
        }
    }

    private int AddTensor(Value value, string name, Location loc, uint buffer, TensorTypeMapper.Mapped? known = null)
    {
        var mapped = known ?? TensorTypeMapper.Map(value.Type, loc);
        int index = _tensors.Count;
        _tensors.Add(new Tensor
        {
            Name = name,
            Type = mapped.Type,
            Shape = mapped.Shape,
            ShapeSignature = mapped.ShapeSignature,
            HasRank = mapped.HasRank,
            Buffer = buffer,
            Quantization = mapped.Quantization,
        });
        _operandInfo.Add(new OpVersions.Operand(mapped.Type, mapped.Shape, mapped.PerAxis));
        _tensorOf[value] = index;
        return index;
    }

    private int IndexOf(Value v, Operation user)
    {
        if (v.Type is NoneType) return -1;
        if (_tensorOf.TryGetValue(v, out int i)) return i;
        throw new TfliteExportException("operand is not defined in this function (values from enclosing regions cannot be exported)", user.Location);
    }

    private void ExportOp(Operation op)
    {
        if (op.NumRegions > 0) throw new TfliteExportException($"'{op.Name}' has regions; no TFLite operator does", op.Location);
        if (op.Name == "tfl.no_value") return; // its `none` result is index -1 wherever it is used
        if (op.Name is "arith.constant" or "tfl.pseudo_const" or "tfl.pseudo_qconst" or "tf.Const")
        {
            var result = op.GetResult(0);
            var mapped = TensorTypeMapper.Map(result.Type, op.Location);
            // A constant typed `tensor<?xf32>` or `tensor<*xi8>` still has its value's static shape.
            if ((mapped.ShapeSignature is not null || !mapped.HasRank)
                && op.GetInherentOrDiscardable("value") is ElementsAttr { ShapedType: RankedTensorType { HasStaticShape: true } vt }
                && vt.Shape.All(d => d <= int.MaxValue))
                mapped = mapped with { Shape = vt.Shape.Select(d => (int)d).ToArray(), ShapeSignature = null, HasRank = true };
            uint buffer = _buffers.Add(ConstantBuffers.ConstantBytes(op, mapped));
            AddTensor(result, _names.NameOf(result), op.Location, buffer, mapped);
            return;
        }
        var inputs = op.Operands.Select(v => IndexOf(v, op)).ToArray();
        var outputs = op.Results.Select(r => AddTensor(r, _names.NameOf(r), op.Location, 0)).ToArray();
        uint opcode;
        BuiltinOptions? options = null;
        byte[]? custom = null;
        if (BuiltinOps.IsBuiltin(op.Name))
        {
            (var code, options) = BuiltinOps.Describe(op);
            var ins = inputs.Select(i => i < 0 ? null : _operandInfo[i]).ToArray();
            var outs = outputs.Select(i => _operandInfo[i]).ToArray();
            opcode = _codes.Builtin(code, OpVersions.Version(code, ins, outs, options));
        }
        else if (OpaqueBuiltinOps.TryDescribe(op, out var opaqueCode, out var opaqueOptions, out string? opaqueError))
        {
            // A builtin the dialect does not model, as the importer preserved it; its version was not kept, so 1.
            options = opaqueOptions;
            opcode = _codes.Builtin(opaqueCode, 1);
        }
        else if (opaqueError is not null) throw new TfliteExportException(opaqueError, op.Location);
        else if (op.Name == "tfl.custom")
        {
            opcode = _codes.Custom(OpAttributes.String(op, "custom_code"));
            custom = op.GetInherentOrDiscardable("custom_option") switch
            {
                ConstBytesAttr bytes => bytes.ToArray(),
                null => [],
                var other => throw new TfliteExportException($"'tfl.custom' attribute 'custom_option' must be #tfl<const_bytes>, but is {other}", op.Location),
            };
        }
        else if (LqCustomOps.OpNames.Contains(op.Name))
        {
            try { custom = LqCustomOps.BuildCustomOptions(op); }
            catch (CustomOptionsException e) { throw new TfliteExportException($"'{op.Name}' cannot be written as a TFLite custom op: {e.Message}", op.Location); }
            opcode = _codes.Custom(LqCustomOps.CustomCodeOf(op.Name));
        }
        else throw new TfliteExportException($"'{op.Name}' has no TFLite operator (convert the model to the tfl dialect first)", op.Location);
        _operators.Add(new Operator
        {
            OpcodeIndex = opcode,
            Inputs = inputs,
            Outputs = outputs,
            BuiltinOptions = options,
            CustomOptions = custom,
            HasCustomOptions = custom is not null,
        });
    }
}

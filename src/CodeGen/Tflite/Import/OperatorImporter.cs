using Lce.CodeGen.Tflite.Schema;
using Lce.Dialects.Tfl;

namespace Lce.CodeGen.Tflite.Import;

/// <summary>
/// One TFLite operator as one op (TF's ConvertOp): `tfl.custom` with `custom_code` and
/// `custom_option` for custom operators; `tfl.&lt;schema name&gt;` for builtins, with attributes from
/// the options when the dialect models the op, else with the options table preserved in
/// `tfl.builtin_options` (see <see cref="PreservedOptions"/>). Operand -1 is the function's
/// `tfl.no_value`; missing optional trailing operands of conv/fully-connected ops are filled with a
/// new one; a one-input RESHAPE gets its shape from the options as a constant, as TF does.
/// </summary>
internal sealed class OperatorImporter(IRContext ctx, ModelBytes model)
{
    /// <summary>Attribute of an opaque builtin op: the options' union tag (an i32).</summary>
    public const string OptionsTypeAttr = "tfl.builtin_options_type";

    /// <summary>Attribute of an opaque builtin op: the options table as a standalone FlatBuffer (`#tfl&lt;const_bytes&gt;`).</summary>
    public const string OptionsAttr = "tfl.builtin_options";

    /// <summary>Operand counts (TF's OperandNumbersMinMax maximum) of the modelled ops with optional trailing operands.</summary>
    private static readonly Dictionary<string, int> MaxOperands = new(StringComparer.Ordinal)
    {
        ["tfl.conv_2d"] = 3, ["tfl.depthwise_conv_2d"] = 3, ["tfl.fully_connected"] = 3,
    };

    /// <summary>The MLIR op name of an operator code; unknown codes are an error naming <paramref name="where"/>.</summary>
    public static string OpName(OperatorCode code, string where, Location loc)
    {
        var effective = code.EffectiveCode;
        if (effective == BuiltinOperator.Custom) return "tfl.custom";
        return BuiltinOperatorNames.Of((int)effective) is { } name ? "tfl." + name
            : throw new TfliteImportException($"{where} has builtin code {(int)effective}, which the schema does not define", loc);
    }

    /// <summary>
    /// Creates the op; <paramref name="operands"/> are the values of its inputs (null for -1 inputs,
    /// already replaced by <paramref name="noValue"/>), <paramref name="resultTypes"/> its outputs' types.
    /// </summary>
    public Operation Build(Builder b, Operator op, string name, List<Value> operands, IReadOnlyList<IRType> resultTypes,
        string where, Location loc)
    {
        var attrs = new List<NamedAttribute>();
        if (name == "tfl.custom")
        {
            var code = model.Model.OperatorCodes[(int)op.OpcodeIndex].CustomCode ?? "";
            attrs.Add(new("custom_code", StringAttr.Get(ctx, code)));
            attrs.Add(new("custom_option", ConstBytesAttr.Get(ctx, model.CustomOptions(op, where, loc).Span)));
        }
        else if (BuiltinOptionsAttributes.IsModelled(name[4..]))
        {
            attrs.AddRange(BuiltinOptionsAttributes.Of(ctx, name[4..], op.BuiltinOptions, where, loc));
            if (name == "tfl.quantize" && resultTypes.Count == 1) attrs.Add(new("qtype", TypeAttr.Get(ctx, resultTypes[0])));
            if (name == "tfl.reshape") ReshapeShape(b, op, operands, where, loc);
        }
        else if (op.BuiltinOptions is { } options)
        {
            var table = options switch
            {
                OpaqueOptions o => PreservedOptions.FromTable(o.OptionsType, o.Table, out var error)
                    ?? throw new TfliteImportException($"{where}: {error}", loc),
                _ => throw new TfliteImportException($"{where} ({name}) has options of kind {options.Type}, which belong to another operator", loc),
            };
            attrs.Add(new(OptionsTypeAttr, IntegerAttr.Get(ctx, IntegerType.Get(ctx, 32), (int)table.Type)));
            attrs.Add(new(OptionsAttr, ConstBytesAttr.Get(ctx, table.ToBytes())));
        }
        if (MaxOperands.TryGetValue(name, out int max) && operands.Count < max)
        {
            var none = TflBuild.NoValue(b, loc);
            while (operands.Count < max) operands.Add(none);
        }
        return b.Create(name, loc, operands, resultTypes, null, attrs);
    }

    /// <summary>
    /// RESHAPE with only the data input takes its shape from the options (the old converter's
    /// form): TF materializes it as an i32 constant operand. A constant shape of rank > 1 is
    /// flattened to 1-D, as TF's importer flattens it.
    /// </summary>
    private void ReshapeShape(Builder b, Operator op, List<Value> operands, string where, Location loc)
    {
        if (operands.Count == 1)
        {
            if (op.BuiltinOptions is not ReshapeOptions { NewShape: { } shape })
                throw new TfliteImportException($"{where} (RESHAPE) has one input and no new_shape option", loc);
            var type = RankedTensorType.Get(ctx, [shape.Count], IntegerType.Get(ctx, 32));
            operands.Add(TflBuild.PseudoConst(b, loc, DenseElementsValues.FromI32(ctx, type, shape.ToArray())));
            return;
        }
        if (operands.Count == 2 && operands[1].DefiningOp is { Name: "tfl.pseudo_const" } def
            && def.GetAttr("value") is DenseElementsAttr { ShapedType: RankedTensorType { Rank: > 1 } t } d && t.ElementType is IntegerType)
        {
            var values = new int[d.NumElements];
            // TF truncates each value to 32 bits.
            for (int i = 0; i < values.Length; i++) values[i] = unchecked((int)(uint)(d.IntegerAt(i) & uint.MaxValue));
            var flat = RankedTensorType.Get(ctx, [values.Length], IntegerType.Get(ctx, 32));
            operands[1] = TflBuild.PseudoConst(b, loc, DenseElementsValues.FromI32(ctx, flat, values));
        }
    }
}

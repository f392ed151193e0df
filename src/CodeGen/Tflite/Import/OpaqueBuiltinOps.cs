using Lce.CodeGen.Tflite.Schema;
using Lce.Dialects.Tfl;

namespace Lce.CodeGen.Tflite.Import;

/// <summary>
/// The export side of the ops the importer keeps opaque (`tfl.&lt;name&gt;` of a builtin the tfl
/// dialect does not model): their operator code from the name, and their options table from
/// `tfl.builtin_options_type` / `tfl.builtin_options` (see <see cref="PreservedOptions"/>). The
/// exporter calls this for tfl ops it has no entry for, so export(import(x)) keeps them.
/// </summary>
public static class OpaqueBuiltinOps
{
    /// <summary>
    /// The operator code and options of an opaque op; false when <paramref name="op"/> is not one
    /// (not `tfl.`, a modelled or unknown name). Malformed option attributes give an error message.
    /// </summary>
    public static bool TryDescribe(Operation op, out BuiltinOperator code, out BuiltinOptions? options, out string? error)
    {
        code = default;
        options = null;
        error = null;
        if (!op.Name.StartsWith("tfl.", StringComparison.Ordinal) || op.Name == "tfl.custom") return false;
        string name = op.Name[4..];
        int value = BuiltinOperatorNames.CodeOf(name);
        if (value < 0 || BuiltinOptionsAttributes.IsModelled(name)) return false;
        code = (BuiltinOperator)value;
        var type = op.GetAttr(OperatorImporter.OptionsTypeAttr);
        var bytes = op.GetAttr(OperatorImporter.OptionsAttr);
        if (type is null && bytes is null) return true;
        if (type is not IntegerAttr { Value: var tag } || tag < 0 || tag > 255 || bytes is not ConstBytesAttr table)
        {
            error = $"'{op.Name}' needs both {OperatorImporter.OptionsTypeAttr} (an integer) and {OperatorImporter.OptionsAttr} (#tfl<const_bytes>)";
            return false;
        }
        options = PreservedOptions.FromBytes((BuiltinOptionsType)(int)tag, table.ToArray(), out error);
        return options is not null;
    }
}

namespace Lce.ConvertCli;

/// <summary>
/// What must hold of a converted model before it is written: every op is one TFLite can hold
/// (tfl ops, including LCE's custom ops, constants, func and builtin structure). An op of
/// another dialect (a tf op without a legalization, an lq op left over, an unregistered op) is
/// reported as an error at its own location.
/// </summary>
public static class ConversionChecks
{
    private static readonly HashSet<string> Allowed = ["tfl", "arith", "func", "builtin", "quant"];

    /// <summary>Emits one error per unconverted op; true when there is none.</summary>
    public static bool AllConverted(Operation module)
    {
        bool ok = true;
        module.Walk(op =>
        {
            var dialect = op.OpName.DialectNamespace;
            if (Allowed.Contains(dialect) && (dialect != "arith" || op.Name == "arith.constant")) return;
            ok = false;
            string why = dialect switch
            {
                "tf" => "has no TFLite equivalent in this converter (it is not legalized by tfl-legalize-tf)",
                "lq" => "was not legalized to a tfl.custom op",
                _ => "is not a TFLite op",
            };
            op.EmitOpError(why);
        });
        // Op diagnostics are reported when flushed (after notes could be attached), as MLIR's in-flight ones.
        PendingDiagnostic.Flush();
        return ok;
    }
}

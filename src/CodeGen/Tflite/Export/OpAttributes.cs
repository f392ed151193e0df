using Lce.Serialization.CustomOptions;

namespace Lce.CodeGen.Tflite.Export;

/// <summary>Typed reads of an op's attributes; a missing or mistyped one is an export error at the op.</summary>
internal static class OpAttributes
{
    public static int Int(Operation op, string name)
    {
        if (op.GetInherentOrDiscardable(name) is IntegerAttr a && a.Value >= int.MinValue && a.Value <= int.MaxValue) return (int)a.Value;
        throw Bad(op, name, "a 32-bit integer");
    }

    public static bool Bool(Operation op, string name, bool? missing = null)
    {
        var a = op.GetInherentOrDiscardable(name);
        if (a is null && missing is { } d) return d;
        if (a is IntegerAttr { IsBool: true } b) return !b.Value.IsZero;
        throw Bad(op, name, "a boolean");
    }

    public static float Float(Operation op, string name)
    {
        if (op.GetInherentOrDiscardable(name) is FloatAttr f) return (float)f.ToDouble();
        throw Bad(op, name, "a float");
    }

    public static string String(Operation op, string name)
    {
        if (op.GetInherentOrDiscardable(name) is StringAttr s) return s.Value;
        throw Bad(op, name, "a string");
    }

    public static TflitePadding Padding(Operation op) =>
        TfliteEnums.TryParsePadding(String(op, "padding"), out var p) ? p : throw Bad(op, "padding", "\"SAME\" or \"VALID\"");

    public static TfliteActivation Activation(Operation op) =>
        TfliteEnums.TryParseActivation(String(op, "fused_activation_function"), out var a) ? a
            : throw Bad(op, "fused_activation_function", "a TFLite activation name");

    /// <summary>An array of integers (`[1, 2]` of i64/i32 attributes); empty when absent.</summary>
    public static int[] IntArray(Operation op, string name)
    {
        switch (op.GetInherentOrDiscardable(name))
        {
            case null: return [];
            case ArrayAttr arr when arr.Elements.All(e => e is IntegerAttr i && i.Value >= int.MinValue && i.Value <= int.MaxValue):
                return arr.Elements.Select(e => (int)((IntegerAttr)e).Value).ToArray();
            default: throw Bad(op, name, "an array of integers");
        }
    }

    private static TfliteExportException Bad(Operation op, string name, string what) =>
        new($"'{op.Name}' attribute '{name}' must be {what}, but is {op.GetInherentOrDiscardable(name)?.ToString() ?? "missing"}", op.Location);
}

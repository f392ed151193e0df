using Lce.Dialects.Func;

namespace Lce.ConvertCli;

/// <summary>
/// Counts that describe a model before and after conversion: its compute ops (constants,
/// `tfl.no_value` and returns left out) by name, with `tfl.custom` ops named by their custom
/// code; the binary layers (lq.Bconv2d / LceBconv2d), how many of them read and write
/// bitpacked tensors; and the bytes held in constants (the weights).
/// </summary>
public sealed record ModelStats(IReadOnlyDictionary<string, int> Ops, int BinaryConvs, int BitpackedInputs,
    int BitpackedOutputs, long WeightBytes)
{
    public int OpCount => Ops.Values.Sum();

    public int Count(string name) => Ops.TryGetValue(name, out var n) ? n : 0;

    private static readonly HashSet<string> NotCompute =
        ["tf.Const", "arith.constant", "tfl.pseudo_const", "tfl.pseudo_qconst", "tfl.no_value", "func.return", "func.func", "builtin.module"];

    public static ModelStats Of(Operation module)
    {
        var ops = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int binary = 0, packedIn = 0, packedOut = 0;
        long weights = 0;
        module.Walk(op =>
        {
            if (IsConstant(op))
            {
                if ((op.GetAttr("value") ?? op.GetProp("value")) is ElementsAttr e) weights += Bytes(e);
                return;
            }
            if (NotCompute.Contains(op.Name)) return;
            string name = DisplayName(op);
            ops[name] = ops.TryGetValue(name, out var n) ? n + 1 : 1;
            if (name is "lq.Bconv2d" or "tfl.custom(LceBconv2d)")
            {
                binary++;
                if (IsBitpacked(op.GetOperand(0).Type)) packedIn++;
                if (IsBitpacked(op.GetResult(0).Type)) packedOut++;
            }
        });
        return new ModelStats(ops, binary, packedIn, packedOut, weights);
    }

    /// <summary>An op's name, `tfl.custom(CODE)` for custom ops.</summary>
    public static string DisplayName(Operation op) =>
        op.Name == "tfl.custom" && op.GetAttr("custom_code") is StringAttr code ? $"tfl.custom({code.Value})" : op.Name;

    private static bool IsConstant(Operation op) => op.Name is "tf.Const" or "arith.constant" or "tfl.pseudo_const" or "tfl.pseudo_qconst";

    private static bool IsBitpacked(IRType t) => t is ShapedType { ElementType: IntegerType { Width: 32 } };

    private static long Bytes(ElementsAttr e) => e is DenseElementsAttr d
        ? d.NumElements * Math.Max(1, DenseElementsAttr.ElementByteWidthOf(d.ShapedType.ElementType))
        : 0;

    /// <summary>The functions with bodies of a module.</summary>
    public static IEnumerable<Operation> Functions(Operation module)
    {
        var funcs = new List<Operation>();
        module.Walk(op => { if (op.Name == FuncOp.OpName && !FuncOp.IsExternal(op)) funcs.Add(op); }, WalkOrder.PreOrder);
        return funcs;
    }

    /// <summary>A byte count as B, kB or MB (decimal units, as file sizes are usually shown).</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1_000 => $"{bytes} B",
        < 1_000_000 => $"{bytes / 1e3:0.0} kB",
        _ => $"{bytes / 1e6:0.00} MB",
    };
}

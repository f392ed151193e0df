using Lce.CodeGen.Tflite.Schema;
using Lce.Dialects.Func;

namespace Lce.CodeGen.Tflite.Import;

/// <summary>
/// A SignatureDef on its entry function, as TF's importer sets it: each signature input and
/// output names its argument or result (found by tensor name among `tf.entry_function`'s names)
/// with `tf_saved_model.index_path = ["key"]`, and the function gets
/// `tf_saved_model.exported_names = ["signature_key"]`. A signature tensor that is not among the
/// function's inputs/outputs gives TF's warning and leaves the function as it is.
/// </summary>
internal static class SignatureAttributes
{
    public const string IndexPath = "tf_saved_model.index_path";
    public const string ExportedNames = "tf_saved_model.exported_names";

    public static void Apply(IRContext ctx, Operation func, SubGraph g, SignatureDef signature, Action<string> warn, Location loc)
    {
        if (func.GetAttr("tf.entry_function") is not DictionaryAttr entry) return;
        var inputNames = Split(entry, "inputs");
        var outputNames = Split(entry, "outputs");
        var type = FuncOp.Type(func);
        var argAttrs = new Dictionary<int, IRAttribute>();
        var resultAttrs = new Dictionary<int, IRAttribute>();
        foreach (var map in signature.Inputs)
        {
            int i = Find(TensorName(g, map, loc), inputNames, []);
            // A name holding a comma shifts the split names; TF would index past the arguments.
            if (i < 0 || i >= type.Inputs.Count) { warn("Invalid signature tensors specified."); return; }
            argAttrs[i] = Path(ctx, map.Name);
        }
        // Several signature outputs may name one tensor: each takes the next unused result.
        var seen = new HashSet<int>();
        foreach (var map in signature.Outputs)
        {
            int i = Find(TensorName(g, map, loc), outputNames, seen);
            if (i < 0 || i >= type.Results.Count) { warn("Invalid signature tensors specified."); return; }
            resultAttrs[i] = Path(ctx, map.Name);
            seen.Add(i);
        }
        if (argAttrs.Count > 0) func.SetProp(FuncOp.ArgAttrsName, Dictionaries(ctx, type.Inputs.Count, argAttrs));
        if (resultAttrs.Count > 0) func.SetProp(FuncOp.ResAttrsName, Dictionaries(ctx, type.Results.Count, resultAttrs));
        func.SetAttr(ExportedNames, ArrayAttr.Get(ctx, [StringAttr.Get(ctx, signature.SignatureKey ?? "")]));
    }

    private static string TensorName(SubGraph g, TensorMap map, Location loc) =>
        map.TensorIndex < g.Tensors.Count ? g.Tensors[(int)map.TensorIndex].Name ?? ""
            : throw new TfliteImportException($"signature tensor '{map.Name}' is tensor {map.TensorIndex}, but the subgraph has {g.Tensors.Count} tensors", loc);

    private static string[] Split(DictionaryAttr entry, string key) =>
        entry.Get(key) is StringAttr s ? s.Value.Split(',', StringSplitOptions.RemoveEmptyEntries) : [];

    private static int Find(string name, string[] names, HashSet<int> exclude)
    {
        for (int i = 0; i < names.Length; i++)
            if (names[i] == name && !exclude.Contains(i)) return i;
        return -1;
    }

    private static ArrayAttr Path(IRContext ctx, string? key) =>
        ArrayAttr.Get(ctx, [StringAttr.Get(ctx, key ?? "")]);

    private static ArrayAttr Dictionaries(IRContext ctx, int count, Dictionary<int, IRAttribute> paths) =>
        ArrayAttr.Get(ctx, Enumerable.Range(0, count).Select(i => (IRAttribute)DictionaryAttr.Get(ctx,
            paths.TryGetValue(i, out var p) ? [new NamedAttribute(IndexPath, p)] : [])));
}

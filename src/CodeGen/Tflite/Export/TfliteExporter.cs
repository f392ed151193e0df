using Lce.CodeGen.Tflite.Schema;
using Lce.Dialects.Func;
using Lce.Serialization.FlatBuffers;

namespace Lce.CodeGen.Tflite.Export;

/// <summary>
/// Exports a module of tfl/lq ops as a TFLite model: one subgraph per function with a body, the
/// entry function (`@main`, else the first) first; shared operator codes and constant buffers;
/// a `serving_default` signature over the entry subgraph; the `min_runtime_version` metadata.
/// Every problem is a <see cref="TfliteExportException"/> at the op responsible.
/// </summary>
public static class TfliteExporter
{
    public const string Description = "MLIR Converted.";
    public const string SignatureKey = "serving_default";

    /// <summary>The model of <paramref name="module"/> (a `builtin.module`, or a single `func.func`). Buffer data references the IR's constants.</summary>
    public static TfliteModel Export(Operation module)
    {
        var funcs = Functions(module);
        if (funcs.Count == 0) throw new TfliteExportException("the module has no function with a body to export", module.Location);
        int entry = funcs.FindIndex(f => FuncOp.Name(f) == "main");
        if (entry > 0) (funcs[0], funcs[entry]) = (funcs[entry], funcs[0]);

        var names = new TensorNameMapper();
        var buffers = new ConstantBuffers();
        var codes = new OperatorCodeTable();
        var subgraphs = new List<SubGraph>();
        SignatureDef? signature = null;
        foreach (var f in funcs)
        {
            var g = new SubgraphExporter(names, buffers, codes).Export(f, out var ins, out var outs);
            subgraphs.Add(g);
            signature ??= new SignatureDef { Inputs = ins, Outputs = outs, SignatureKey = SignatureKey, SubgraphIndex = 0 };
        }
        uint versionBuffer = buffers.AddUnshared(MinRuntimeVersion.Encode(MinRuntimeVersion.For(UsedCodes(codes.Codes, subgraphs))));
        return new TfliteModel
        {
            Description = Description,
            OperatorCodes = codes.Codes,
            Subgraphs = subgraphs,
            Buffers = buffers.Buffers,
            Metadata = [new Metadata(MinRuntimeVersion.MetadataName, versionBuffer)],
            SignatureDefs = signature is null ? [] : [signature],
        };
    }

    /// <summary>
    /// Exports and writes <paramref name="path"/>: the bytes go to a temporary file in the same
    /// folder that replaces the target only once complete, so a failure never leaves a partial
    /// (or truncated old) file. Models the FlatBuffer format cannot hold (2 GB) are refused before
    /// anything is written.
    /// </summary>
    public static void ExportToFile(Operation module, string path, Location? errorLocation = null)
    {
        var model = Export(module);
        var builder = Build(model, errorLocation ?? module.Location);
        string full = Path.GetFullPath(path);
        string temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
                builder.WriteTo(stream);
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            try { File.Delete(temp); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw;
        }
    }

    /// <summary>The finished FlatBuffer of a model; over-size models are a <see cref="TfliteExportException"/>.</summary>
    public static FlatBufferBuilder Build(TfliteModel model, Location? location = null)
    {
        try
        {
            return TfliteModelWriter.Build(model);
        }
        catch (FlatBufferException e)
        {
            throw new TfliteExportException($"the model is too large for a TFLite file (FlatBuffers are limited to 2 GB): {e.Message}", location);
        }
    }

    /// <summary>The bytes of the model of <paramref name="module"/>.</summary>
    public static byte[] ExportToBytes(Operation module) => Build(Export(module), module.Location).ToArray();

    private static IEnumerable<OperatorCode> UsedCodes(IReadOnlyList<OperatorCode> codes, List<SubGraph> subgraphs) =>
        subgraphs.SelectMany(g => g.Operators).Select(o => codes[(int)o.OpcodeIndex]);

    private static List<Operation> Functions(Operation module)
    {
        if (module.Name == FuncOp.OpName) return FuncOp.IsExternal(module) ? [] : [module];
        var result = new List<Operation>();
        foreach (var region in Enumerable.Range(0, module.NumRegions).Select(module.GetRegion))
            foreach (var block in region.Blocks)
                foreach (var op in block.Operations)
                    if (op.Name == FuncOp.OpName && !FuncOp.IsExternal(op)) result.Add(op);
        return result;
    }
}

using Lce.CodeGen.Tflite.Schema;
using Lce.Dialects.Builtin;
using Lce.Serialization.FlatBuffers;

namespace Lce.CodeGen.Tflite.Import;

/// <summary>The outcome of an import: the module, or the diagnostics that explain why there is none.</summary>
public sealed record TfliteImportResult(Operation? Module, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Module is not null;
}

/// <summary>
/// Imports a `.tflite` file as tfl IR, as TensorFlow's flatbuffer importer (`flatbuffer_translate
/// --tflite-flatbuffer-to-mlir`) does: one `func.func` per subgraph (the first is `@main` unless
/// several subgraphs have signatures), module attributes `tfl.description`, `tfl.schema_version`,
/// `tfl.metadata` and `tf_saved_model.semantics` (when there are signatures). The file is first
/// read and verified completely (<see cref="TfliteModelReader"/>); then every index, type and
/// buffer size is checked as it is used. Any problem is a diagnostic, never an exception, and
/// the module is verified before it is returned.
/// </summary>
public static class TfliteImporter
{
    /// <summary>
    /// The module of the model in <paramref name="bytes"/>, or diagnostics. <paramref name="fileName"/>
    /// becomes the base location (`"file":0:0`) of everything, as in TF.
    /// </summary>
    public static TfliteImportResult Import(ReadOnlyMemory<byte> bytes, IRContext ctx, string fileName, TfliteImportOptions? options = null)
    {
        options ??= TfliteImportOptions.Default;
        var fileLoc = FileLineColLoc.Get(ctx, fileName, 0, 0);
        var diagnostics = new List<Diagnostic>();
        using var handler = ctx.Diagnostics.AddHandler(d => { diagnostics.Add(d); return true; });
        TfliteModel model;
        try
        {
            model = TfliteModelReader.Read(bytes);
        }
        catch (FlatBufferException e)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, fileLoc, $"couldn't parse flatbuffer: {e.Message}"));
            return new TfliteImportResult(null, diagnostics);
        }
        try
        {
            var module = Build(ctx, new ModelBytes(model, bytes), fileLoc, options, d => diagnostics.Add(d));
            if (!Verifier.Verify(module))
            {
                if (diagnostics.Count == 0) diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, fileLoc, "the imported module does not verify"));
                return new TfliteImportResult(null, diagnostics);
            }
            return new TfliteImportResult(module, diagnostics);
        }
        catch (TfliteImportException e)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, e.Location, e.Message));
            return new TfliteImportResult(null, diagnostics);
        }
    }

    /// <summary>Imports the file at <paramref name="path"/> (its name is the base location).</summary>
    public static TfliteImportResult ImportFile(string path, IRContext ctx, TfliteImportOptions? options = null) =>
        Import(File.ReadAllBytes(path), ctx, path, options);

    private static Operation Build(IRContext ctx, ModelBytes bytes, Location fileLoc, TfliteImportOptions options, Action<Diagnostic> report)
    {
        var model = bytes.Model;
        if (model.Version != 3) throw new TfliteImportException($"schema version {model.Version} is not supported (TFLite reads only version 3)", fileLoc);
        if (model.Subgraphs.Count == 0) throw new TfliteImportException("the model has no subgraphs", fileLoc);
        var module = ModuleOp.Create(ctx, fileLoc);
        if (!string.IsNullOrEmpty(model.Description)) module.SetAttr("tfl.description", StringAttr.Get(ctx, model.Description));
        module.SetAttr("tfl.schema_version", IntegerAttr.Get(ctx, IntegerType.Get(ctx, 32), model.Version));
        if (Metadata(ctx, model) is { } metadata) module.SetAttr("tfl.metadata", metadata);
        if (model.SignatureDefs.Count > 0) module.SetAttr("tf_saved_model.semantics", UnitAttr.Get(ctx));

        // The last signature of a subgraph wins, as in TF's map.
        var signatures = new Dictionary<uint, SignatureDef>();
        foreach (var s in model.SignatureDefs) signatures[s.SubgraphIndex] = s;
        bool implicitMain = signatures.Count <= 1;
        var importer = new SubgraphImporter(ctx, bytes, fileLoc, options);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var body = ModuleOp.Body(module);
        for (int i = 0; i < model.Subgraphs.Count; i++)
        {
            var g = model.Subgraphs[i];
            string name = i == 0 && implicitMain ? "main" : string.IsNullOrEmpty(g.Name) ? $"fn_{i}" : g.Name;
            if (!names.Add(name)) throw new TfliteImportException($"subgraph {i} is named '{name}' like an earlier one", fileLoc);
            bool isEntry = implicitMain ? i == 0 : signatures.ContainsKey((uint)i);
            var func = importer.Import(g, i, name, isEntry);
            if (signatures.TryGetValue((uint)i, out var signature))
                SignatureAttributes.Apply(ctx, func, g, signature,
                    message => report(new Diagnostic(DiagnosticSeverity.Warning, func.Location, message)), func.Location);
            body.Append(func);
        }
        return module;
    }

    /// <summary>
    /// `tfl.metadata = {name = "buffer bytes"}` for each metadata entry with a buffer in range (the
    /// first of a name wins; the control-dependency entry TF decodes separately is left out).
    /// </summary>
    private static DictionaryAttr? Metadata(IRContext ctx, TfliteModel model)
    {
        var entries = new List<NamedAttribute>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in model.Metadata)
        {
            string name = m.Name ?? "";
            if (name == "model_control_dependencies" || !seen.Add(name) || m.Buffer >= model.Buffers.Count) continue;
            entries.Add(new NamedAttribute(name, StringAttr.Get(ctx, model.Buffers[(int)m.Buffer].Data.ToArray())));
        }
        return entries.Count == 0 ? null : DictionaryAttr.Get(ctx, entries);
    }
}

using System.Diagnostics;
using System.Text;
using Lce.IR.Parsing;
using Lce.IR.Passes;
using Lce.IR.Printing;
using Lce.Opt;
using Lce.Transforms.Larq;

namespace Lce.ConvertCli;

/// <summary>
/// lce-convert: LCE's convert_keras_model for a tf-dialect model. It runs the `lce-tf-to-tfl`
/// pipeline stage by stage with a progress line each, checks that only TFLite ops remain,
/// applies the int8 input/output types, writes MLIR (or a .tflite through
/// <see cref="TfliteEmitter"/>) and prints a summary. Errors are `file:line:col: error:` lines
/// naming the op, with the source line; the exit code is 0 on success, 1 on a conversion or
/// input error, 2 on a usage error.
/// </summary>
public static class LceConvert
{
    private static readonly PassRegistry Registry = CreateRegistry();

    private static PassRegistry CreateRegistry()
    {
        var registry = new PassRegistry();
        Lce.Transforms.StandardPasses.RegisterAll(registry);
        return registry;
    }

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, string? cwd)
    {
        var (options, usage) = ConvertOptions.Parse(args);
        if (options is null)
        {
            bool help = usage == ConvertOptions.Usage;
            (help ? stdout : stderr).WriteLine(usage);
            return help ? 0 : 2;
        }
        if (options.DefaultInt8Range is not null && !options.Quiet)
            stderr.WriteLine("lce-convert: warning: --experimental-default-int8-range quantizes every tensor without a range to it; " +
                "the model is meant for latency measurements, not accuracy");

        string path = options.Input;
        string text;
        try { text = path == "-" ? stdin.ReadToEnd() : File.ReadAllText(Resolve(cwd, path)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"lce-convert: error: cannot read '{path}': {e.Message}");
            return 1;
        }
        string name = path == "-" ? "<stdin>" : path;

        var ctx = new IRContext { PrintOpOnDiagnostic = false };
        Lce.Dialects.StandardDialects.RegisterAll(ctx);
        var renderer = new DiagnosticRenderer(new Dictionary<string, SourceText> { [name] = new SourceText(name, text) });
        var errors = new StringBuilder();
        bool hadError = false;
        using var _ = ctx.Diagnostics.AddHandler(d =>
        {
            if (d.Severity == DiagnosticSeverity.Error) hadError = true;
            renderer.Render(d, errors);
            return true;
        });
        bool Fail(string? message = null)
        {
            stderr.Write(errors.ToString());
            errors.Clear();
            if (message is not null) stderr.WriteLine($"lce-convert: error: {message}");
            return false;
        }

        var parsed = MlirParser.ParseSourceString(ctx, text, name);
        foreach (var d in parsed.Diagnostics) ctx.Diagnostics.Emit(d);
        var module = parsed.Operation;
        if (module is null || hadError || !Verifier.Verify(module) || hadError) { Fail($"'{name}' is not a valid model"); return 1; }
        if (!ModelStats.Functions(module).Any()) { Fail($"'{name}' has no function with a body"); return 1; }

        var before = ModelStats.Of(module);
        var total = Stopwatch.StartNew();
        if (!RunStages(module, options, stderr, ref hadError, Fail)) return 1;
        if (!ConversionChecks.AllConverted(module) || hadError) { Fail("the model has ops TFLite cannot hold (see above)"); return 1; }
        if (!ApplyIoTypes(module, options, ctx, Fail)) return 1;
        if (options.BitpackedOutputs && ModelStats.Functions(module).Sum(Lce.Transforms.Larq.StripOutputDequantize.StripOutputDequantizePass.Strip) == 0) { Fail("--bitpacked-outputs: no output of the model is an LceDequantize of a bitpacked tensor"); return 1; }
        if (!Verifier.Verify(module) || hadError) { Fail("the converted model does not verify (an internal error of the converter)"); return 1; }
        if (errors.Length > 0) stderr.Write(errors.ToString()); // warnings and remarks

        long written;
        string? output = options.Output is null or "-" ? null : Resolve(cwd, options.Output);
        try
        {
            if (options.Emit == EmitKind.Tflite)
            {
                if (output is null) { Fail("--emit tflite writes a binary file: give one with -o"); return 1; }
                if (!WriteTflite(module, output, out written, out var error)) { Fail(error); return 1; }
            }
            else written = WriteMlir(module, output, stdout);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail($"cannot write '{options.Output}': {e.Message}");
            return 1;
        }

        if (!options.Quiet)
            Summary.Write(stderr, name, options, before, ModelStats.Of(module), written, total.Elapsed);
        return 0;
    }

    /// <summary>Each named stage of the pipeline as its own pass manager, with a progress line.</summary>
    private static bool RunStages(Operation module, ConvertOptions options, TextWriter stderr, ref bool hadError, Func<string?, bool> fail)
    {
        var stages = LcePipeline.Stages(options.Target, Int8.Mode(module, options));
        for (int i = 0; i < stages.Count; i++)
        {
            var (stage, passes) = stages[i];
            var pm = new PassManager(module.Context, module.Name, PassNesting.Implicit);
            var parseErrors = new StringWriter();
            if (!PassPipelineParser.ParseInto($"func.func({string.Join(",", passes)})", pm, Registry, parseErrors))
                return fail($"internal pipeline error in stage '{stage}': {parseErrors}");
            int opsBefore = ModelStats.Of(module).OpCount;
            var watch = Stopwatch.StartNew();
            bool ok = pm.Run(module);
            watch.Stop();
            if (!options.Quiet)
                stderr.WriteLine($"lce-convert: [{i + 1}/{stages.Count}] {stage}: {opsBefore} -> {ModelStats.Of(module).OpCount} ops, {watch.Elapsed.TotalSeconds:0.00} s");
            // LCE's converter turns any error a pass reports into a failed conversion, even when the pass does not fail.
            if (!ok || hadError) return fail($"conversion failed in stage '{stage}' ({string.Join(", ", passes)})");
        }
        return true;
    }

    private static bool ApplyIoTypes(Operation module, ConvertOptions options, IRContext ctx, Func<string?, bool> fail)
    {
        var messages = new List<string>();
        foreach (var func in ModelStats.Functions(module))
        {
            if (options.Int8Input) IoTypes.ApplyInt8Inputs(func, messages.Add);
            if (options.Int8Output) IoTypes.ApplyInt8Outputs(func, messages.Add);
        }
        if (messages.Count == 0) return true;
        return fail(string.Join("\nlce-convert: error: ", messages));
    }

    private static long WriteMlir(Operation module, string? output, TextWriter stdout)
    {
        var target = OutputTarget.Open(output, stdout);
        var counter = new CountingWriter(target.Writer);
        AsmPrinter.PrintTopLevel(module, counter);
        counter.Write('\n');
        target.Close(commit: true);
        return counter.Count;
    }

    private static bool WriteTflite(Operation module, string output, out long written, out string? error)
    {
        written = 0;
        var tmp = output + ".tmp" + Environment.ProcessId;
        using (var stream = File.Create(tmp))
        {
            if (!TfliteEmitter.TryWrite(module, stream, out error)) { stream.Close(); File.Delete(tmp); return false; }
            written = stream.Length;
        }
        File.Move(tmp, output, overwrite: true);
        return true;
    }

    private static string Resolve(string? cwd, string path) => cwd is null || Path.IsPathRooted(path) ? path : Path.Combine(cwd, path);
}

using System.Text;
using Lce.IR.Parsing;
using Lce.IR.Passes;
using Lce.IR.Printing;

namespace Lce.Opt;

/// <summary>
/// The lce-opt driver, callable in-process (the lit runner and tests use it without spawning
/// processes): parse, verify, print, honouring mlir-opt's flags and exit codes.
/// </summary>
public static class LceOpt
{
    public const string Version = "LCE .NET compiler infrastructure, lce-opt 0.1 (mlir-opt 22 compatible textual IR)";

    /// <summary>Hook for registering extra dialects (plugins, tests) in every context the driver makes.</summary>
    public static Action<IRContext>? ExtraRegistration { get; set; }

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, string? cwd = null)
    {
        var (opts, error) = OptOptions.Parse(args);
        if (opts is null) { stderr.WriteLine($"lce-opt: {error}"); return 1; }
        if (opts.ShowVersion) { stdout.WriteLine(Version); return 0; }
        var dialectHooks = new List<Action<IRContext>>();
        var passes = PassSetup.Create(opts, stderr, cwd, dialectHooks);
        if (passes is null) return 1;
        if (opts.ShowHelp) { stdout.Write(OptOptions.HelpText + "\n" + PassHelp.CompilerPasses(passes.Registry)); return 0; }
        if (opts.ListPasses) { stdout.Write(PassHelp.ListPasses(passes.Registry)); return 0; }
        if (opts.ShowDialects)
        {
            var c = NewContext(opts, dialectHooks);
            stdout.WriteLine("Available Dialects: " + string.Join(", ", c.Dialects.Select(d => d.Namespace)));
            return 0;
        }

        string name = opts.InputFile;
        string text;
        try
        {
            text = name == "-" ? stdin.ReadToEnd() : Utf8FileReader.Read(Resolve(cwd, name));
            if (name == "-") name = "<stdin>";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Could not open input file '{name}': {e.Message}");
            return 1;
        }

        var source = new SourceText(name, text);
        var renderer = new DiagnosticRenderer(new Dictionary<string, SourceText> { [name] = source });
        var errors = new StringBuilder();
        var warnings = new List<SplitWarning>();
        var chunks = opts.SplitInputFile ? InputSplitter.Split(source, opts.SplitMarker, warnings) : [new InputChunk(text, 0, 1, 1)];
        foreach (var w in warnings)
        {
            errors.Append($"{name}:{w.Line}:{w.Column}: warning: {w.Message}\n");
            errors.Append(source.Line(w.Line)).Append('\n').Append(' ', w.Column - 1).Append("^\n");
        }
        var output = OutputTarget.Open(opts.OutputFile == "-" ? null : Resolve(cwd, opts.OutputFile), stdout);
        bool failed = false;
        try
        {
            for (int i = 0; i < chunks.Count; i++)
            {
                if (i > 0) output.Writer.Write("// -----\n");
                // A chunk is printed only once it parsed and verified, so a failed chunk contributes nothing.
                var run = new ChunkRun(opts, passes, dialectHooks, output.Writer, errors, renderer, cwd);
                failed |= !ProcessChunk(run, source, chunks[i], chunks.Count > 1 || opts.SplitInputFile);
            }
        }
        finally
        {
            stderr.Write(errors.ToString());
            // Like mlir-opt, stdout gets the chunks that succeeded even when another failed; an output
            // file is replaced only when everything succeeded.
            output.Close(commit: !failed);
        }
        return failed ? 1 : 0;
    }

    private static string Resolve(string? cwd, string path) => cwd is null || Path.IsPathRooted(path) ? path : Path.Combine(cwd, path);

    private static IRContext NewContext(OptOptions opts, List<Action<IRContext>> dialectHooks)
    {
        var ctx = new IRContext { AllowUnregisteredDialects = opts.AllowUnregisteredDialect, PrintOpOnDiagnostic = !opts.VerifyDiagnostics };
        Lce.Dialects.StandardDialects.RegisterAll(ctx, opts.SkipDialects.Count == 0 ? null : opts.SkipDialects);
        ExtraRegistration?.Invoke(ctx);
        foreach (var hook in dialectHooks) hook(ctx);
        return ctx;
    }

    /// <summary>Everything one chunk's processing needs from the run.</summary>
    private sealed record ChunkRun(OptOptions Opts, PassSetup Passes, List<Action<IRContext>> DialectHooks, TextWriter Output,
        StringBuilder Errors, DiagnosticRenderer Renderer, string? Cwd);

    /// <summary>Parses, verifies, runs the passes and prints one chunk; false when it produced errors (or failed verification of expectations).</summary>
    private static bool ProcessChunk(ChunkRun run, SourceText source, InputChunk chunk, bool isSplit)
    {
        // As mlir-opt, each chunk has its own timing report, printed when the chunk is done (even after errors).
        TimingManager? timing = run.Opts.Timing
            ? new TimingManager { DisplayMode = run.Opts.TimingDisplay == "list" ? TimingDisplayMode.List : TimingDisplayMode.Tree }
            : null;
        var root = timing?.RootScope() ?? default;
        try { return ProcessChunk(run, source, chunk, isSplit, root); }
        finally
        {
            root.Dispose();
            if (timing is not null) run.Errors.Append(timing.Report());
        }
    }

    private static bool ProcessChunk(ChunkRun run, SourceText source, InputChunk chunk, bool isSplit, TimingScope timing)
    {
        var (opts, output, errors, renderer) = (run.Opts, run.Output, run.Errors, run.Renderer);
        var ctx = NewContext(opts, run.DialectHooks);
        DiagnosticVerifier? verifier = null;
        if (opts.VerifyDiagnostics)
        {
            int lastLine = chunk.StartLine + chunk.Text.Count(c => c == '\n');
            verifier = new DiagnosticVerifier(source, chunk.StartLine, lastLine);
        }
        bool hadError = false;
        using var _ = ctx.Diagnostics.AddHandler(d =>
        {
            if (d.Severity == DiagnosticSeverity.Error) hadError = true;
            if (verifier is not null) verifier.Handle(d); else renderer.Render(d, errors);
            return true;
        });

        var parserOptions = ParserOptions.Default with { NoImplicitModule = opts.NoImplicitModule };
        // Columns on the chunk's first line continue those of the original line: pad with spaces.
        var chunkText = chunk.StartColumn > 1 ? new string(' ', chunk.StartColumn - 1) + chunk.Text : chunk.Text;
        var parserTiming = timing.Nest("Parser");
        var result = MlirParser.ParseChunk(ctx, chunkText, source.Name, chunk.StartLine - 1, parserOptions);
        foreach (var d in result.Diagnostics) ctx.Diagnostics.Emit(d);
        var top = result.Operation;
        // mlir-opt places a later chunk's implicit module where the chunk starts (just after the marker).
        if (top is not null && isSplit && chunk.StartOffset > 0 && top.Location is FileLineColLoc { Line: 0, Column: 0 } l0)
            top.Location = FileLineColLoc.Get(ctx, l0.Filename, chunk.StartLine, chunk.StartColumn);
        if (top is not null && !hadError && !Verifier.Verify(top)) hadError = true;
        parserTiming.Dispose();
        // As in mlir-opt, an error a pass reports without failing (LCE's prepare pass does) neither
        // stops the output nor changes the exit code: only parsing, verification and pass failure do.
        bool failed = hadError;
        if (top is not null && !failed && !RunPasses(run, top, timing)) failed = true;

        if (verifier is not null)
        {
            if (!verifier.Finish(errors, renderer, opts.VerifyDiagnosticsOnlyExpected)) return false;
            if (failed || top is null) return true; // the expected errors happened: nothing to print
        }
        else if (failed || top is null) return false;
        using (timing.Nest("Output"))
        {
            AsmPrinter.PrintTopLevel(top!, output, opts.ToPrinterFlags());
            if (!opts.PrintLocalScope) output.Write('\n');
        }
        return true;
    }

    /// <summary>Builds the pass manager for the chunk's top-level op and runs it (nothing to do without passes).</summary>
    private static bool RunPasses(ChunkRun run, Operation top, TimingScope timing)
    {
        var opts = run.Opts;
        var pm = new PassManager(top.Context, top.Name, PassNesting.Implicit)
        {
            VerifyPasses = opts.VerifyEach,
            EnableThreading = !opts.DisableThreading,
        };
        if (!PassSetup.ApplyManagerOptions(pm, opts, run.Errors, path => Resolve(run.Cwd, path))) return false;
        pm.EnableTiming(timing);
        if (opts.RunReproducer && !run.Passes.ApplyReproducer(pm, top)) return false;
        if (!run.Passes.Populate(pm, opts, run.Errors)) return false;
        if (!pm.Run(top)) return false;
        if (opts.GenerateReproducer is { } file) CrashReproducer.Generate(Resolve(run.Cwd, file), pm, top);
        return true;
    }
}

using System.Text;
using Lce.IR.Passes;

namespace Lce.Opt;

/// <summary>
/// Builds the pass manager for one input chunk as mlir-opt's MlirOptMain does: the textual
/// pipeline or the legacy pass flags (with implicit nesting), then --dump-pass-pipeline.
/// Errors are reported as mlir-opt reports them: a diagnostic at an unknown location, with
/// llvm::cl option errors written straight to stderr first.
/// </summary>
internal sealed class PassSetup
{
    public const string ToolName = "lce-opt";

    /// <summary>Standard passes and mlir-opt's test passes, registered once per process.</summary>
    private static readonly Lazy<bool> GlobalRegistration = new(() =>
    {
        Lce.Transforms.StandardPasses.RegisterAll(PassRegistry.Global);
        Lce.Transforms.Testing.TestPasses.RegisterAll(PassRegistry.Global);
        return true;
    });

    public PassRegistry Registry { get; }
    public List<(PassRegistryEntry Entry, string Options)> LegacyPasses { get; } = new();

    private PassSetup(PassRegistry registry) => Registry = registry;

    /// <summary>
    /// A per-run registry (global registrations plus this run's plugins) and the resolved legacy
    /// pass flags; null after writing an error for an unknown flag or a plugin that failed to load.
    /// </summary>
    public static PassSetup? Create(OptOptions opts, TextWriter stderr, string? cwd, List<Action<IRContext>> dialectHooks)
    {
        _ = GlobalRegistration.Value;
        var setup = new PassSetup(PassRegistry.Global.Clone());
        foreach (var plugin in opts.PassPlugins)
        {
            string path = cwd is null || Path.IsPathRooted(plugin) ? plugin : Path.Combine(cwd, plugin);
            if (!PluginLoader.Load(path, setup.Registry, dialectHooks, out string? error))
            {
                stderr.WriteLine($"Failed to load passes from '{plugin}'. Request ignored.");
                if (error is not null) stderr.WriteLine(error);
                return null;
            }
        }
        foreach (var name in opts.IrPrinting.BeforePasses.Concat(opts.IrPrinting.AfterPasses))
            if (setup.Registry.Lookup(name) is null)
            {
                string flag = opts.IrPrinting.BeforePasses.Contains(name) ? "mlir-print-ir-before" : "mlir-print-ir-after";
                stderr.WriteLine($"{ToolName}: for the --{flag} option: Cannot find option named '{name}'!");
                return null;
            }
        foreach (var (spelling, name, value) in opts.PassFlags)
        {
            var entry = setup.Registry.Lookup(name);
            if (entry is null)
            {
                stderr.WriteLine($"{ToolName}: Unknown command line argument '{spelling}'.  Try: '{ToolName} --help'");
                return null;
            }
            setup.LegacyPasses.Add((entry, value ?? ""));
        }
        return setup;
    }

    public bool HasPasses(OptOptions opts) => opts.PassPipeline is not null || LegacyPasses.Count > 0;

    /// <summary>
    /// Applies the pass-manager flags (reproducer, statistics, IR printing) as MLIR's
    /// applyPassManagerCLOptions; false after reporting an incompatible combination.
    /// </summary>
    public static bool ApplyManagerOptions(PassManager pm, OptOptions opts, StringBuilder stderr, Func<string, string> resolvePath)
    {
        var ctx = pm.Context;
        bool Error(string message)
        {
            ctx.Diagnostics.Emit(new Diagnostic(DiagnosticSeverity.Error, UnknownLoc.Get(ctx), message));
            return false;
        }
        if (opts.CrashReproducer is not null && opts.LocalReproducer && pm.EnableThreading)
            return Error("Local crash reproduction may not be used without disabling mutli-threading first.");
        if (opts.CrashReproducer is { } file) pm.EnableCrashReproducerGeneration(resolvePath(file), opts.LocalReproducer, file);
        if (opts.PassStatistics)
        {
            pm.StatisticsDisplay = opts.PassStatisticsDisplay == "list" ? PassStatisticsDisplay.List : PassStatisticsDisplay.Pipeline;
            pm.StatisticsOutput = new StringWriter(stderr);
        }
        var ir = opts.IrPrinting;
        if (ir.ModuleScope && pm.EnableThreading)
            return Error("IR print for module scope can't be setup on a pass-manager without disabling multi-threading first.\n");

        Func<Pass, Operation, bool>? before = ir.BeforeAll ? (_, _) => true
            : ir.BeforePasses.Count > 0 ? (p, _) => ir.BeforePasses.Contains(p.Argument) : null;
        Func<Pass, Operation, bool>? after = ir.AfterAll || ir.AfterFailure ? (_, _) => true
            : ir.AfterPasses.Count > 0 ? (p, _) => ir.AfterPasses.Contains(p.Argument) : null;
        if (before is null && after is null) return true;
        pm.AddInstrumentation(new IRPrinterInstrumentation(new IRPrinterConfig
        {
            ShouldPrintBefore = before,
            ShouldPrintAfter = after,
            PrintModuleScope = ir.ModuleScope,
            PrintAfterOnlyOnChange = ir.AfterChange,
            PrintAfterOnlyOnFailure = ir.AfterFailure,
            Flags = opts.ToPrinterFlags(),
            Output = new StringWriter(stderr),
            TreeDirectory = ir.TreeDir is { } dir ? resolvePath(dir) : null,
        }));
        return true;
    }

    /// <summary>
    /// --run-reproducer: takes the pipeline and flags from the input's `mlir_reproducer` external
    /// resource (which is consumed, so it is not printed back).
    /// </summary>
    public bool ApplyReproducer(PassManager pm, Operation top)
    {
        var ctx = top.Context;
        var resources = ctx.ExternalResources;
        var pipeline = resources.Get("mlir_reproducer", "pipeline");
        var disableThreading = resources.Get("mlir_reproducer", "disable_threading");
        var verifyEach = resources.Get("mlir_reproducer", "verify_each");
        resources.Remove("mlir_reproducer");
        if (pipeline is StringAttr text)
        {
            var errors = new StringWriter();
            var parsed = PassPipelineParser.Parse(text.Value, Registry, errors);
            if (parsed is null)
            {
                ctx.Diagnostics.Emit(new Diagnostic(DiagnosticSeverity.Error, UnknownLoc.Get(ctx), errors.ToString()));
                return false;
            }
            pm.Assign(parsed);
        }
        if (disableThreading is IntegerAttr { IsBool: true } dt) pm.EnableThreading = dt.Value == 0;
        if (verifyEach is IntegerAttr { IsBool: true } ve) pm.VerifyPasses = ve.Value != 0;
        return true;
    }

    /// <summary>Adds the requested passes to <paramref name="pm"/>; false after reporting an error.</summary>
    public bool Populate(PassManager pm, OptOptions opts, StringBuilder stderr)
    {
        var ctx = pm.Context;
        bool Error(string message)
        {
            ctx.Diagnostics.Emit(new Diagnostic(DiagnosticSeverity.Error, UnknownLoc.Get(ctx), message));
            return false;
        }
        void OptionError(string message) => stderr.Append(ToolName).Append(": ").Append(message).Append('\n');

        if (opts.PassPipeline is { } text)
        {
            if (LegacyPasses.Count > 0) return Error("'-pass-pipeline' option can't be used with individual pass options");
            var errors = new StringWriter();
            var parsed = PassPipelineParser.Parse(text, Registry, errors, OptionError, t => stderr.Append(t));
            if (parsed is null) return Error(errors.ToString());
            pm.Assign(parsed);
        }
        else
        {
            using var _ = PassRegistry.Use(Registry);
            // Legacy flags report each problem as its own diagnostic, straight away.
            var handler = new PipelineErrorHandler(m => Error(m)) { OptionErrors = OptionError, Stderr = t => stderr.Append(t) };
            foreach (var (entry, options) in LegacyPasses)
                if (!entry.AddToPipeline(pm, options, handler)) return false;
        }

        if (opts.DumpPassPipeline)
        {
            stderr.Append("Pass Manager with ").Append(pm.Count).Append(" passes:\n");
            pm.PrintAsTextualPipeline(stderr, pretty: true);
            stderr.Append("\n\n");
        }
        return true;
    }
}

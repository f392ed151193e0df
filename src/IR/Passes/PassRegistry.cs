using System.Collections.Concurrent;

namespace Lce.IR.Passes;

/// <summary>
/// Pass and pass-pipeline names known to pipeline parsing and command-line flags (MLIR's pass
/// and pipeline registries). lce-opt copies <see cref="Global"/> per run, so plugins loaded by
/// one run do not leak into another.
/// </summary>
public sealed class PassRegistry
{
    private readonly ConcurrentDictionary<string, PassRegistryEntry> _passes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PassRegistryEntry> _pipelines = new(StringComparer.Ordinal);

    [ThreadStatic] private static PassRegistry? _current;

    /// <summary>The process-wide registry.</summary>
    public static PassRegistry Global { get; } = new();

    /// <summary>The registry the current thread parses pipelines with (pipeline-valued options need it).</summary>
    public static PassRegistry Current => _current ?? Global;

    /// <summary>Makes <paramref name="registry"/> current on this thread until the result is disposed.</summary>
    public static IDisposable Use(PassRegistry registry)
    {
        var previous = _current;
        _current = registry;
        return new Restore(previous);
    }

    private sealed class Restore(PassRegistry? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }

    /// <summary>Registers a pass kind; the factory is called once now to read its argument, description and options.</summary>
    public void Register(Func<Pass> factory)
    {
        var sample = factory();
        if (sample.Argument.Length == 0)
            throw new ArgumentException($"Trying to register '{sample.Name}' pass that does not override `Argument`");
        _passes[sample.Argument] = new PassRegistryEntry(sample.Argument, sample.Description, () => factory().PassOptions,
            (pm, options, errors) => AddPass(factory(), pm, options, errors)) { Factory = factory };
    }

    public void Register<TPass>() where TPass : Pass, new() => Register(() => new TPass());

    /// <summary>Parses the options into the pass and adds it, reporting problems as MLIR's default registry function does.</summary>
    private static bool AddPass(Pass pass, OpPassManager pm, string options, PipelineErrorHandler errors)
    {
        var optionErrors = new StringWriter();
        bool ok = pass.InitializeOptions(options, optionErrors, errors.OptionErrors);
        // A pass with bad options is still added (after the error), as in MLIR.
        if (!ok) errors.Error(optionErrors.ToString());
        if (pm.Nesting == PassNesting.Explicit && pm.OpName is not null && pass.AnchorName is { } passOp && passOp != pm.OpName)
        {
            errors.Error(pm.CantAddMessage(pass, passOp));
            return false;
        }
        pm.AddPass(pass);
        return ok;
    }

    /// <summary>Registers a named pipeline without options (`-my-pipeline`).</summary>
    public void RegisterPipeline(string argument, string description, Action<OpPassManager> build) =>
        _pipelines[argument] = new PassRegistryEntry(argument, description, null, (pm, options, _) =>
        {
            if (options.Length != 0) return false;
            build(pm);
            return true;
        });

    /// <summary>Registers a named pipeline with options (`-my-pipeline=opt=1`).</summary>
    public void RegisterPipeline<TOptions>(string argument, string description, Action<OpPassManager, TOptions> build)
        where TOptions : PassOptions, new() =>
        _pipelines[argument] = new PassRegistryEntry(argument, description, () => new TOptions(), (pm, options, errors) =>
        {
            var parsed = new TOptions();
            var optionErrors = new StringWriter();
            if (!parsed.ParseFromString(options, optionErrors, errors.OptionErrors))
            {
                // MLIR parses pipeline options with llvm::errs() as the error stream.
                errors.WriteStderr(optionErrors.ToString());
                return false;
            }
            build(pm, parsed);
            return true;
        });

    public PassRegistryEntry? LookupPass(string argument) => _passes.TryGetValue(argument, out var r) ? r : null;
    public PassRegistryEntry? LookupPipeline(string argument) => _pipelines.TryGetValue(argument, out var r) ? r : null;

    /// <summary>A pipeline of that name, else a pass (pipelines win, as in MLIR's textual parser).</summary>
    public PassRegistryEntry? Lookup(string argument) => LookupPipeline(argument) ?? LookupPass(argument);

    public IEnumerable<PassRegistryEntry> Passes => _passes.Values.OrderBy(r => r.Argument, StringComparer.Ordinal);
    public IEnumerable<PassRegistryEntry> Pipelines => _pipelines.Values.OrderBy(r => r.Argument, StringComparer.Ordinal);

    /// <summary>Back-compat name for <see cref="Passes"/>.</summary>
    public IEnumerable<PassRegistryEntry> Registrations => Passes;

    /// <summary>A copy holding the same registrations (later registrations stay separate).</summary>
    public PassRegistry Clone()
    {
        var copy = new PassRegistry();
        foreach (var kv in _passes) copy._passes[kv.Key] = kv.Value;
        foreach (var kv in _pipelines) copy._pipelines[kv.Key] = kv.Value;
        return copy;
    }
}

/// <summary>
/// Adds the passes of one registered pass or pipeline to a manager, given an options string.
/// Returns false after reporting through <paramref name="errors"/>.
/// </summary>
public delegate bool PassRegistryFunction(OpPassManager pm, string options, PipelineErrorHandler errors);

/// <summary>
/// Where pipeline construction reports problems, mirroring MLIR's three channels: the error
/// handler (becomes one diagnostic), llvm::cl option errors ("for the --x option: ...", which
/// mlir-opt prints to stderr with the tool name) and other text MLIR writes to stderr directly.
/// </summary>
public sealed class PipelineErrorHandler(Action<string> error)
{
    /// <summary>MLIR's errorHandler(message).</summary>
    public void Error(string message) => error(message);

    /// <summary>Receives llvm::cl option errors; when null they are part of the error message.</summary>
    public OptionErrorSink? OptionErrors { get; init; }

    /// <summary>Receives text MLIR prints straight to stderr; when null it goes to <see cref="Error"/>.</summary>
    public Action<string>? Stderr { get; init; }

    public void WriteStderr(string text)
    {
        if (Stderr is { } s) s(text); else error(text);
    }
}

/// <summary>A registered pass or pipeline: its name, help text, options (for --help) and builder.</summary>
public sealed record PassRegistryEntry(string Argument, string Description, Func<PassOptions>? OptionsFactory, PassRegistryFunction AddToPipeline)
{
    /// <summary>Creates the pass; a pipeline has no single pass and throws.</summary>
    public Func<Pass> Factory { get; init; } = () => throw new InvalidOperationException($"'{Argument}' is a pass pipeline, not a pass");
}

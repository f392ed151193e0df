using System.Collections.Concurrent;

namespace Lce.IR.Passes;

/// <summary>
/// Pass names known to pipeline parsing and command-line flags. Passes register a factory
/// under their <see cref="Pass.Argument"/>; plugins add theirs to <see cref="Global"/>.
/// </summary>
public sealed class PassRegistry
{
    private readonly ConcurrentDictionary<string, PassRegistration> _passes = new(StringComparer.Ordinal);

    /// <summary>The process-wide registry lce-opt and the library use by default.</summary>
    public static PassRegistry Global { get; } = new();

    /// <summary>Registers a pass kind; the factory is called once now to read its argument and description.</summary>
    public void Register(Func<Pass> factory)
    {
        var sample = factory();
        _passes[sample.Argument] = new PassRegistration(sample.Argument, sample.Description, factory);
    }

    public void Register<TPass>() where TPass : Pass, new() => Register(() => new TPass());

    public PassRegistration? Lookup(string argument) => _passes.TryGetValue(argument, out var r) ? r : null;

    public IEnumerable<PassRegistration> Registrations => _passes.Values.OrderBy(r => r.Argument, StringComparer.Ordinal);
}

/// <summary>A registered pass kind.</summary>
public sealed record PassRegistration(string Argument, string Description, Func<Pass> Factory);

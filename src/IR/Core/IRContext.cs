using System.Collections.Concurrent;

namespace Lce.IR;

/// <summary>
/// Owns everything that is shared between IR objects: the uniqued (interned) types and
/// attributes, and the registry of dialects with their operations. Interning makes
/// structurally equal types/attributes the same object, so IR code compares them by reference.
/// Thread-safe: passes running in parallel over different functions intern concurrently.
/// </summary>
public sealed class IRContext
{
    private readonly ConcurrentDictionary<object, object> _uniqued = new();
    private readonly ConcurrentDictionary<string, Dialect> _dialects = new();
    private readonly ConcurrentDictionary<string, OperationName> _opNames = new();
    private int _nextDistinctId;

    /// <summary>The interned empty dictionary (every op without attributes has it).</summary>
    internal DictionaryAttr? EmptyDictionary;

    /// <summary>Point <see cref="FileLineColLoc"/>s by file name, then by (line &lt;&lt; 32 | column).</summary>
    internal ConcurrentDictionary<string, PointLocationTable> PointLocations { get; } = new(StringComparer.Ordinal);

    /// <summary>When true, operations of unknown dialects parse and verify as opaque operations.</summary>
    public bool AllowUnregisteredDialects { get; set; }

    /// <summary>Blobs referenced by `dense_resource` attributes (the builtin resource section).</summary>
    public ResourceTable Resources { get; } = new();

    /// <summary>The file's `external_resources` entries (printed back after the dialect resources).</summary>
    public ExternalResourceTable ExternalResources { get; } = new();

    public DiagnosticEngine Diagnostics { get; } = new();

    /// <summary>Whether errors emitted on an op get a "see current operation" note (off while verifying diagnostics).</summary>
    public bool PrintOpOnDiagnostic { get; set; } = true;

    public IRContext() { }

    /// <summary>Returns the canonical instance structurally equal to <paramref name="value"/>.</summary>
    public T Intern<T>(T value) where T : notnull => (T)_uniqued.GetOrAdd(value, value);

    internal int NextDistinctId() => Interlocked.Increment(ref _nextDistinctId) - 1;

    /// <summary>Registers a dialect (idempotent per namespace) and all its operations.</summary>
    public T Register<T>() where T : Dialect, new()
    {
        var probe = new T();
        var d = (T)_dialects.GetOrAdd(probe.Namespace, _ => { probe.Initialize(this); return probe; });
        return d;
    }

    public void Register(Dialect dialect)
    {
        if (_dialects.TryAdd(dialect.Namespace, dialect)) dialect.Initialize(this);
    }

    public Dialect? GetDialect(string ns) => _dialects.TryGetValue(ns, out var d) ? d : null;

    public IEnumerable<Dialect> Dialects => _dialects.Values.OrderBy(d => d.Namespace, StringComparer.Ordinal);

    internal void AddOperation(OpDefinition def)
    {
        var name = new OperationName(def.Name, def);
        _opNames[def.Name] = name;
    }

    /// <summary>The uniqued name object for an op name; unregistered names get a definition-less entry.</summary>
    public OperationName GetOperationName(string name) =>
        _opNames.GetOrAdd(name, n => new OperationName(n, null));

    /// <summary>The dialect that owns an operation name (text before the first '.'), if registered.</summary>
    public Dialect? DialectOf(string opName)
    {
        int dot = opName.IndexOf('.');
        return dot < 0 ? null : GetDialect(opName[..dot]);
    }
}

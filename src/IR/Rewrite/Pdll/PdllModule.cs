using System.Reflection;

namespace Lce.IR.Rewrite.Pdll;

/// <summary>
/// A loaded PDLL file: its patterns as <see cref="RewritePattern"/>s, by name. Loading parses
/// (ANTLR grammar), checks names, types, ops against the IRContext and natives against the
/// registry, lowers every pattern's match to predicates and builds one shared decision tree per
/// root op. Any error fails the load with file:line:col diagnostics.
/// </summary>
public sealed class PdllModule
{
    private readonly Dictionary<string, PdllRewritePattern> _byName = new(StringComparer.Ordinal);

    private PdllModule(string fileName, IReadOnlyList<PdllRewritePattern> patterns, IReadOnlyList<PdllDiagnostic> warnings)
    {
        FileName = fileName;
        Patterns = patterns;
        Warnings = warnings;
        foreach (var p in patterns) _byName[p.DebugName] = p;
    }

    public string FileName { get; }

    /// <summary>The patterns in source order.</summary>
    public IReadOnlyList<PdllRewritePattern> Patterns { get; }

    public IReadOnlyList<PdllDiagnostic> Warnings { get; }

    public bool TryGetPattern(string name, out PdllRewritePattern pattern) => _byName.TryGetValue(name, out pattern!);

    public PdllRewritePattern Pattern(string name) =>
        _byName.TryGetValue(name, out var p) ? p : throw new KeyNotFoundException($"PDLL file '{FileName}' has no pattern named '{name}'");

    /// <summary>Adds the named patterns to <paramref name="set"/> in the given order.</summary>
    public RewritePatternSet AddTo(RewritePatternSet set, params string[] names)
    {
        foreach (var n in names) set.Add(Pattern(n));
        return set;
    }

    /// <summary>Loads a PDLL file; throws <see cref="PdllLoadException"/> with the diagnostics on error.</summary>
    public static PdllModule Load(IRContext ctx, string source, string fileName, NativeRegistry? natives = null,
        PdllOptions? options = null, PdllIncludeResolver? includes = null) =>
        TryLoad(ctx, source, fileName, out var diags, natives, options, includes)
        ?? throw new PdllLoadException(fileName, diags.Where(d => d.Severity == DiagnosticSeverity.Error).ToList());

    /// <summary>Loads a PDLL file; null (with the diagnostics) on error.</summary>
    public static PdllModule? TryLoad(IRContext ctx, string source, string fileName, out IReadOnlyList<PdllDiagnostic> diagnostics,
        NativeRegistry? natives = null, PdllOptions? options = null, PdllIncludeResolver? includes = null)
    {
        natives ??= NativeRegistry.Empty;
        var diags = new PdllDiagnostics();
        diagnostics = diags.All;
        var file = new PdllAstBuilder(diags, includes).Parse(source, fileName);
        if (file is null) return null;
        var checker = new PdllChecker(ctx, natives, diags, options);
        checker.Check(file);
        if (diags.HasErrors) return null;

        var plans = new List<(PatternDecl Decl, MatchPlan Plan)>();
        foreach (var p in checker.Patterns)
        {
            var plan = MatchLowering.Lower(ctx, p, diags);
            if (plan is null) return null;
            plans.Add((p, plan));
        }

        var patterns = new PdllRewritePattern[plans.Count];
        foreach (var group in plans.Select((p, i) => (p.Decl, p.Plan, Index: i)).GroupBy(t => t.Plan.RootName ?? ""))
        {
            var members = group.ToList();
            var positions = members.Select(m => (IReadOnlyList<Position>)BindingPositions(m.Plan).ToList()).ToList();
            var matcher = new SharedMatcher(ctx, natives, members.Select(m => m.Plan).ToList(), positions);
            for (int k = 0; k < members.Count; k++)
            {
                var (decl, plan, index) = members[k];
                var name = decl.Name ?? $"anonymous_pattern_{index}";
                patterns[index] = new PdllRewritePattern(ctx, natives, decl, name, plan.RootName, matcher, k,
                    plan.Bindings.Select(kv => (kv.Key, kv.Value)).ToList(), positions[k], GeneratedOps.Of(decl));
            }
        }
        return new PdllModule(fileName, patterns, diags.All.ToList());
    }

    private static IEnumerable<Position> BindingPositions(MatchPlan plan)
    {
        var seen = new HashSet<Position>();
        IEnumerable<Position> Of(Binding b) => b switch
        {
            PositionBinding p => [p.Position],
            TupleBinding t => t.Elements.SelectMany(Of),
            _ => [],
        };
        foreach (var b in plan.Bindings.Values)
            foreach (var p in Of(b))
                if (seen.Add(p)) yield return p;
    }

    /// <summary>
    /// Loads a PDLL file embedded in <paramref name="assembly"/> (resource names end with the
    /// file name); `#include`s resolve to other embedded .pdll resources of the same assembly.
    /// </summary>
    public static PdllModule LoadEmbedded(IRContext ctx, Assembly assembly, string fileName, NativeRegistry? natives = null, PdllOptions? options = null)
    {
        var text = ReadResource(assembly, fileName) ?? throw new FileNotFoundException($"no embedded PDLL resource named '{fileName}' in {assembly.GetName().Name}");
        return Load(ctx, text, fileName, natives, options, (name, from) =>
        {
            var dir = Path.GetDirectoryName(from)?.Replace('\\', '/') ?? "";
            var path = dir.Length == 0 ? name : dir + "/" + name;
            return ReadResource(assembly, path) is { } t ? (t, path) : null;
        });
    }

    /// <summary>The text of the embedded resource whose name ends with <paramref name="fileName"/>.</summary>
    public static string? ReadResource(Assembly assembly, string fileName)
    {
        var names = assembly.GetManifestResourceNames();
        var name = names.FirstOrDefault(n => n == fileName) ?? names.FirstOrDefault(n => n.EndsWith("/" + fileName, StringComparison.Ordinal));
        if (name is null) return null;
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

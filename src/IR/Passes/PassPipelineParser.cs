using System.Text;

namespace Lce.IR.Passes;

/// <summary>
/// The textual pipeline parser (MLIR's TextualPipeline): `anchor(elem, elem, ...)` where an
/// element is `pass{options}`, `pipeline{options}` or a nested `op-name(...)`. Errors are
/// written exactly as mlir-opt writes them, with positions in the text inside the outer
/// parentheses ("MLIR Textual PassPipeline Parser:1:16: error: ...").
/// </summary>
public static class PassPipelineParser
{
    public const string BufferName = "MLIR Textual PassPipeline Parser";

    private sealed class Element(string name, int nameOffset)
    {
        public string Name { get; } = name;
        public int NameOffset { get; } = nameOffset;
        public string Options { get; set; } = "";
        public PassRegistryEntry? Entry { get; set; }
        public List<Element> Inner { get; } = new();
    }

    /// <summary>Parses `anchor(...)` into a new manager; null after writing the error.</summary>
    public static OpPassManager? Parse(string pipeline, PassRegistry registry, TextWriter errors, OptionErrorSink? optionErrors = null,
        Action<string>? stderr = null)
    {
        pipeline = PassOptionsParser.TrimLlvm(pipeline);
        int start = pipeline.IndexOf('(');
        if (start <= 0 || !pipeline.EndsWith(')'))
        {
            errors.Write("expected pass pipeline to be wrapped with the anchor operation type, e.g. 'builtin.module(...)'");
            return null;
        }
        var pm = new OpPassManager(pipeline[..start].TrimEnd(' ', '\t', '\n', '\v', '\f', '\r'));
        return ParseInto(pipeline[(start + 1)..^1], pm, registry, errors, optionErrors, stderr) ? pm : null;
    }

    /// <summary>Parses the elements of a pipeline (the text inside `anchor(...)`) and appends them to <paramref name="pm"/>.</summary>
    public static bool ParseInto(string text, OpPassManager pm, PassRegistry registry, TextWriter errors, OptionErrorSink? optionErrors = null,
        Action<string>? stderr = null)
    {
        if (text.Length == 0) return true;
        using var _ = PassRegistry.Use(registry);
        var elements = new List<Element>();
        if (!ParseStructure(text, elements, errors) || !Resolve(text, elements, registry, errors)) return false;
        // The result must match the text exactly: a pass for another op kind is an error, not nested implicitly.
        var nesting = pm.Nesting;
        pm.Nesting = PassNesting.Explicit;
        var handler = new PipelineErrorHandler(m => errors.Write(m + "\n")) { OptionErrors = optionErrors, Stderr = stderr };
        try { return AddToPipeline(elements, pm, handler); }
        finally { pm.Nesting = nesting; }
    }

    private static bool ParseStructure(string text, List<Element> root, TextWriter errors)
    {
        var stack = new List<List<Element>> { root };
        int pos = 0;
        for (; ; )
        {
            var current = stack[^1];
            int sep = text.IndexOfAny([',', '(', ')', '{'], pos);
            int end = sep < 0 ? text.Length : sep;
            var (name, nameOffset) = Trimmed(text, pos, end);
            var element = new Element(name, nameOffset);
            current.Add(element);
            if (sep < 0) break;
            pos = sep;
            if (text[pos] == '{')
            {
                pos++;
                int close = -1;
                for (int i = pos, depth = 1; i < text.Length; i++)
                {
                    if (text[i] == '{') { depth++; continue; }
                    if (text[i] == '}' && --depth == 0) { close = i; break; }
                }
                if (close < 0) return Error(text, pos - 1, "missing closing '}' while processing pass options", errors);
                element.Options = text[pos..close];
                pos = SkipSpace(text, close + 1);
            }
            else if (text[pos] == '(')
            {
                pos++;
                stack.Add(element.Inner);
                continue;
            }
            while (pos < text.Length && text[pos] == ')')
            {
                pos++;
                if (stack.Count == 1)
                    return Error(text, pos - 1, "encountered extra closing ')' creating unbalanced parentheses while parsing pipeline", errors);
                stack.RemoveAt(stack.Count - 1);
                pos = SkipSpace(text, pos);
            }
            if (pos == text.Length) break;
            if (text[pos] != ',') return Error(text, pos, "expected ',' after parsing pipeline", errors);
            pos++;
        }
        if (stack.Count > 1) return Error(text, pos, "encountered unbalanced parentheses while parsing pipeline", errors);
        return true;
    }

    /// <summary>The trimmed text of [start, end) and where it begins (the end for blank text, as StringRef::trim).</summary>
    private static (string, int) Trimmed(string text, int start, int end)
    {
        int s = start;
        while (s < end && IsSpace(text[s])) s++;
        int e = end;
        while (e > s && IsSpace(text[e - 1])) e--;
        return (text[s..e], s);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    private static int SkipSpace(string text, int pos)
    {
        while (pos < text.Length && IsSpace(text[pos])) pos++;
        return pos;
    }

    private static bool Resolve(string text, List<Element> elements, PassRegistry registry, TextWriter errors)
    {
        foreach (var e in elements)
        {
            if (e.Inner.Count > 0)
            {
                if (!Resolve(text, e.Inner, registry, errors)) return false;
                continue;
            }
            e.Entry = registry.Lookup(e.Name);
            if (e.Entry is null)
                return Error(text, e.NameOffset, $"'{e.Name}' does not refer to a registered pass or pass pipeline", errors);
        }
        return true;
    }

    private static bool AddToPipeline(List<Element> elements, OpPassManager pm, PipelineErrorHandler errors)
    {
        foreach (var e in elements)
        {
            if (e.Entry is not null)
            {
                if (!e.Entry.AddToPipeline(pm, e.Options, errors))
                {
                    errors.Error($"failed to add `{e.Name}` with options `{e.Options}`");
                    return false;
                }
            }
            else if (!AddToPipeline(e.Inner, pm.Nest(e.Name), errors))
            {
                errors.Error($"failed to add `{e.Name}` with options `{e.Options}` to inner pipeline");
                return false;
            }
        }
        return true;
    }

    /// <summary>Writes an error as llvm::SourceMgr does: location, message, the source line and a caret.</summary>
    private static bool Error(string text, int offset, string message, TextWriter errors)
    {
        int line = 1, lineStart = 0;
        for (int i = 0; i < offset && i < text.Length; i++)
            if (text[i] == '\n') { line++; lineStart = i + 1; }
        int lineEnd = text.IndexOf('\n', lineStart);
        if (lineEnd < 0) lineEnd = text.Length;
        int column = offset - lineStart + 1;
        var sb = new StringBuilder();
        sb.Append(BufferName).Append(':').Append(line).Append(':').Append(column).Append(": error: ").Append(message).Append('\n');
        sb.Append(text, lineStart, lineEnd - lineStart).Append('\n');
        sb.Append(' ', column - 1).Append("^\n");
        errors.Write(sb.ToString());
        return false;
    }
}

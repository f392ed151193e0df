using System.Text;
using System.Text.RegularExpressions;

namespace Lce.Opt;

/// <summary>
/// `-verify-diagnostics`: reads `expected-(error|warning|remark|note)(-re)? (@+N|@-N|@above|@below|@unknown)? {{msg}}`
/// annotations from the buffer and checks that exactly those diagnostics were produced
/// (message by substring, or by regex for the `-re` forms), as MLIR's verifier handler does.
/// </summary>
public sealed partial class DiagnosticVerifier
{
    private sealed class Expected
    {
        public required DiagnosticSeverity Kind;
        public required int Line;          // -1 for @unknown
        public required string Text;
        public Regex? Pattern;
        public required int AnnotationLine;
        public required int AnnotationColumn;
        public bool Matched;
    }

    [GeneratedRegex(@"expected-(error|note|remark|warning)(-re)? *(@([+-][0-9]+|above|below|unknown))? *\{\{(.*)\}\}\s*$")]
    private static partial Regex AnnotationRegex();

    private readonly List<Expected> _expected = new();
    private readonly SourceText _source;
    private readonly List<Diagnostic> _unexpected = new();

    public DiagnosticVerifier(SourceText source, int firstLine = 1, int lastLine = int.MaxValue)
    {
        _source = source;
        var pendingBelow = new List<Expected>();
        int last = Math.Min(lastLine, source.LineCount);
        for (int ln = firstLine; ln <= last; ln++)
        {
            var text = source.Line(ln) ?? "";
            var m = AnnotationRegex().Match(text);
            if (!m.Success)
            {
                foreach (var e in pendingBelow) e.Line = ln;
                pendingBelow.Clear();
                continue;
            }
            var kind = m.Groups[1].Value switch
            {
                "error" => DiagnosticSeverity.Error,
                "warning" => DiagnosticSeverity.Warning,
                "remark" => DiagnosticSeverity.Remark,
                _ => DiagnosticSeverity.Note
            };
            var exp = new Expected
            {
                Kind = kind, Line = ln, Text = m.Groups[5].Value,
                AnnotationLine = ln, AnnotationColumn = m.Index + 1,
            };
            if (m.Groups[2].Success) exp.Pattern = BuildPattern(exp.Text);
            string offset = m.Groups[4].Value;
            if (offset == "unknown") exp.Line = -1;
            else if (offset == "above") exp.Line = FindAbove(ln - 1, firstLine);
            else if (offset == "below") pendingBelow.Add(exp);
            else if (offset.Length > 0) exp.Line = ln + int.Parse(offset);
            _expected.Add(exp);
        }
    }

    private int FindAbove(int ln, int firstLine)
    {
        while (ln >= firstLine && AnnotationRegex().IsMatch(_source.Line(ln) ?? "")) ln--;
        return ln;
    }

    /// <summary>Text outside `{{...}}` is literal; inside it is a regular expression.</summary>
    private static Regex BuildPattern(string text)
    {
        var sb = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            int open = text.IndexOf("{{", i, StringComparison.Ordinal);
            if (open < 0) { sb.Append(Regex.Escape(text[i..])); break; }
            sb.Append(Regex.Escape(text[i..open]));
            int close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0) { sb.Append(Regex.Escape(text[open..])); break; }
            sb.Append('(').Append(text[(open + 2)..close]).Append(')');
            i = close + 2;
        }
        return new Regex(sb.ToString());
    }

    /// <summary>Consumes a diagnostic (and its notes) if expected; otherwise records it as unexpected.</summary>
    public void Handle(Diagnostic d)
    {
        HandleOne(d);
        foreach (var n in d.Notes) HandleOne(n);
    }

    private void HandleOne(Diagnostic d)
    {
        var file = Lce.IR.Printing.LocationText.FindFileLoc(d.Location);
        int line = file is not null && file.Filename == _source.Name ? file.Line : -1;
        foreach (var e in _expected)
        {
            if (e.Matched || e.Kind != d.Severity || e.Line != line) continue;
            bool ok = e.Pattern is not null ? e.Pattern.IsMatch(d.Message) : d.Message.Contains(e.Text, StringComparison.Ordinal);
            if (!ok) continue;
            e.Matched = true;
            return;
        }
        _unexpected.Add(new Diagnostic(DiagnosticSeverity.Error, d.Location, $"unexpected {KindName(d.Severity)}: {d.Message}"));
    }

    private static string KindName(DiagnosticSeverity s) => s.ToString().ToLowerInvariant();

    /// <summary>Reports unexpected diagnostics and unmatched expectations; true when everything matched.</summary>
    public bool Finish(StringBuilder errors, DiagnosticRenderer renderer, bool onlyExpected)
    {
        bool ok = true;
        if (!onlyExpected)
            foreach (var d in _unexpected) { renderer.Render(d, errors); ok = false; }
        foreach (var e in _expected.Where(x => !x.Matched))
        {
            errors.Append($"{_source.Name}:{e.AnnotationLine}:{e.AnnotationColumn}: error: expected {KindName(e.Kind)} \"{e.Text}\" was not produced\n");
            errors.Append(_source.Line(e.AnnotationLine)).Append('\n');
            errors.Append(' ', e.AnnotationColumn - 1).Append("^\n");
            ok = false;
        }
        return ok;
    }
}

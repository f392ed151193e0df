using Lce.FileCheck.Patterns;
using Lce.FileCheck.Text;

namespace Lce.FileCheck.Checks;

/// <summary>Raised when the check file (or an implicit pattern) cannot be used; FileCheck exits with 2.</summary>
internal sealed class CheckFileException(SourceFile? file, int offset, string message, int length = 0, bool logged = false) : Exception(message)
{
    /// <summary>Printed with a trailing blank line (see <see cref="PatternSyntaxException.Logged"/>).</summary>
    public bool Logged { get; } = logged;
    public SourceFile? File { get; } = file;
    public int Offset { get; } = offset;
    public int Length { get; } = length;
}

/// <summary>
/// Reads the directives of a (canonicalized) check file into <see cref="CheckString"/>s,
/// attaching CHECK-DAG/CHECK-NOT patterns and --implicit-check-not patterns to the next
/// positive check, and adding an implicit EOF check for trailing ones.
/// </summary>
internal sealed class CheckFileReader(PatternContext context, PatternSettings settings)
{
    public List<CheckString> Checks { get; } = [];
    /// <summary>Check prefixes that never appeared in a directive.</summary>
    public List<string> UnusedPrefixes { get; } = [];

    public void Read(SourceFile file, IReadOnlyList<string> checkPrefixes, IReadOnlyList<string> commentPrefixes,
        IReadOnlyList<Pattern> implicitNots, bool canonicalizeLeadingWhitespace)
    {
        string text = file.Text;
        var scanner = new DirectiveScanner(text, checkPrefixes, commentPrefixes);
        var unused = new List<string>(checkPrefixes);
        var implicitList = implicitNots.Select(p => new DagNotPattern(p, "IMPLICIT-CHECK")).ToList();
        var pendingDagNots = new List<DagNotPattern>(implicitList);
        int pos = 0;
        while (scanner.Next(ref pos) is { } d)
        {
            if (d.Type.Kind != CheckKind.Comment) unused.Remove(d.Prefix);
            int lineNumber = file.LineOf(d.PrefixStart);
            pos = d.AfterSuffix;
            switch (d.Type.Kind)
            {
                case CheckKind.Misspelled:
                    throw new CheckFileException(file, d.PrefixStart, $"misspelled directive '{text[d.PrefixStart..d.AfterSuffix]}'");
                case CheckKind.BadNot:
                    throw new CheckFileException(file, d.AfterSuffix, $"unsupported -NOT combo on prefix '{d.Prefix}'");
                case CheckKind.BadCount:
                    throw new CheckFileException(file, d.AfterSuffix, $"invalid count in -COUNT specification on prefix '{d.Prefix}'");
            }
            if (canonicalizeLeadingWhitespace)
                while (pos < text.Length && text[pos] is ' ' or '\t') pos++;
            int eol = text.IndexOfAny(['\n', '\r'], pos);
            if (eol < 0) eol = text.Length;
            int patternStart = pos;
            pos = eol;
            if (d.Type.Kind == CheckKind.Comment) continue;
            Pattern pattern;
            try
            {
                pattern = PatternParser.Parse(file, patternStart, eol, d.Prefix, d.Type, lineNumber, context, settings);
            }
            catch (PatternSyntaxException e)
            {
                throw new CheckFileException(file, e.Offset, e.Message, e.Length, e.Logged);
            }
            if (d.Type.Kind == CheckKind.Label && pattern.HasVariable)
                throw new CheckFileException(file, d.PrefixStart, $"found '{d.Prefix}-LABEL:' with variable definition or use");
            if (d.Type.Kind is CheckKind.Next or CheckKind.Same or CheckKind.Empty && Checks.Count == 0)
            {
                string kind = d.Type.Kind == CheckKind.Next ? "NEXT" : d.Type.Kind == CheckKind.Empty ? "EMPTY" : "SAME";
                throw new CheckFileException(file, d.PrefixStart, $"found '{d.Prefix}-{kind}' without previous '{d.Prefix}: line");
            }
            if (d.Type.Kind is CheckKind.Dag or CheckKind.Not)
            {
                pendingDagNots.Add(new DagNotPattern(pattern, d.Prefix));
                continue;
            }
            Checks.Add(new CheckString(pattern, d.Prefix, patternStart) { DagNots = pendingDagNots });
            pendingDagNots = new List<DagNotPattern>(implicitList);
        }
        if (pendingDagNots.Count > 0)
        {
            var eof = new Pattern
            {
                Type = new CheckType(CheckKind.Eof), File = file, Loc = text.Length, LineNumber = file.LineCount + 1, Context = context,
            };
            Checks.Add(new CheckString(eof, checkPrefixes[0], text.Length) { DagNots = pendingDagNots });
        }
        UnusedPrefixes.AddRange(unused);
    }
}

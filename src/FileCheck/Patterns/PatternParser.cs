using System.Text;
using Lce.FileCheck.Checks;
using Lce.FileCheck.Numeric;
using Lce.FileCheck.Regex;
using Lce.FileCheck.Text;

namespace Lce.FileCheck.Patterns;

/// <summary>Settings of the whole run that affect how patterns are built.</summary>
internal readonly record struct PatternSettings(bool StrictWhitespace, bool MatchFullLines, bool IgnoreCase);

/// <summary>
/// Turns the text after a directive into a <see cref="Pattern"/>: literal text is escaped,
/// "{{re}}" is inserted as a regex (wrapped in a group if it has '|'), "[[VAR:re]]" becomes a
/// capture group, "[[VAR]]" a back-reference (same line) or a substitution, and "[[#...]]"
/// a numeric definition or expression. Throws <see cref="PatternSyntaxException"/>.
/// </summary>
internal sealed class PatternParser
{
    private readonly SourceFile _file;
    private readonly string _src;
    private readonly Pattern _pattern;
    private readonly PatternSettings _settings;
    private readonly StringBuilder _regex = new();
    private readonly Dictionary<string, int> _sameLineGroups = new(StringComparer.Ordinal);
    private int _nextGroup = 1;

    private PatternParser(SourceFile file, Pattern pattern, PatternSettings settings)
    {
        _file = file;
        _src = file.Text;
        _pattern = pattern;
        _settings = settings;
    }

    public static Pattern Parse(SourceFile file, int start, int end, string prefix, CheckType type, int lineNumber,
        PatternContext context, PatternSettings settings)
    {
        var pattern = new Pattern
        {
            Type = type, File = file, Loc = start, LineNumber = lineNumber, Context = context, IgnoreCase = settings.IgnoreCase,
        };
        new PatternParser(file, pattern, settings).Run(start, end, prefix);
        return pattern;
    }

    private void Run(int start, int end, string prefix)
    {
        string s = _src;
        while (end > start && s[end - 1] is ' ' or '\t') end--;
        var type = _pattern.Type;
        if (end == start && type.Kind != CheckKind.Empty)
            throw new PatternSyntaxException(start, $"found empty check string with prefix '{prefix}:'");
        if (end > start && type.Kind == CheckKind.Empty)
            throw new PatternSyntaxException(start, $"found non-empty check string for empty check with prefix '{prefix}:'");
        if (type.Kind == CheckKind.Empty) { _pattern.RegexTemplate = "(\n$)"; return; }
        string text = s[start..end];
        if (type.Literal) { _pattern.FixedString = text; return; }
        bool fullLines = _settings.MatchFullLines && type.Kind != CheckKind.Not;
        if (!fullLines && (text.Length < 2 || (!text.Contains("{{", StringComparison.Ordinal) && !text.Contains("[[", StringComparison.Ordinal))))
        {
            _pattern.FixedString = text;
            return;
        }
        if (fullLines)
        {
            _regex.Append('^');
            if (!_settings.StrictWhitespace) _regex.Append(" *");
        }
        int p = start;
        while (p < end)
        {
            if (At(p, end, "{{")) { p = ParseRegexBlock(p, end); continue; }
            if (At(p, end, "[[") && !At(p, end, "[[[")) { p = ParseSubstitutionBlock(p, end); continue; }
            int next = NextSpecial(p + 1, end);
            _regex.Append(RegexEscaping.Escape(s[p..next]));
            p = next;
        }
        if (fullLines)
        {
            if (!_settings.StrictWhitespace) _regex.Append(" *");
            _regex.Append('$');
        }
        _pattern.RegexTemplate = _regex.ToString();
    }

    private bool At(int p, int end, string token) => p + token.Length <= end && string.CompareOrdinal(_src, p, token, 0, token.Length) == 0;

    private int NextSpecial(int from, int end)
    {
        int a = _src.IndexOf("{{", from, end - from, StringComparison.Ordinal);
        int b = _src.IndexOf("[[", from, end - from, StringComparison.Ordinal);
        int n = a < 0 ? b : b < 0 ? a : Math.Min(a, b);
        return n < 0 ? end : n;
    }

    private int ParseRegexBlock(int p, int end)
    {
        int close = _src.IndexOf("}}", p + 2, end - p - 2, StringComparison.Ordinal);
        if (close < 0) throw new PatternSyntaxException(p, "found start of regex string with no end '}}'");
        string inner = _src[(p + 2)..close];
        bool alternation = inner.Contains('|');
        if (alternation) { _regex.Append('('); _nextGroup++; }
        AddRegex(inner, p + 2);
        if (alternation) _regex.Append(')');
        return close + 2;
    }

    private void AddRegex(string re, int sourceOffset)
    {
        try
        {
            _nextGroup += PosixRegex.CountGroups(re);
        }
        catch (RegexSyntaxException e)
        {
            throw new PatternSyntaxException(sourceOffset, "invalid regex: " + e.Message);
        }
        _regex.Append(re);
    }

    /// <summary>Finds the "]]" closing a block, skipping escaped chars and balanced [...] of the regex.</summary>
    private int FindBlockEnd(int from, int end)
    {
        int depth = 0;
        int p = from;
        while (p < end)
        {
            if (depth == 0 && At(p, end, "]]")) return p;
            char c = _src[p];
            if (c == '\\') { p += 2; continue; }
            if (c == '[') depth++;
            else if (c == ']')
            {
                if (depth == 0) throw new FatalPatternException(p, "missing closing \"]\" for regex variable");
                depth--;
            }
            p++;
        }
        return -1;
    }

    private int ParseSubstitutionBlock(int p, int end)
    {
        int bodyStart = p + 2;
        int close = FindBlockEnd(bodyStart, end);
        if (close < 0) throw new PatternSyntaxException(p, "Invalid substitution block, no ]] found");
        bool numeric = _src[bodyStart] == '#' && bodyStart < close;
        int contentStart = numeric ? bodyStart + 1 : bodyStart;
        if (!numeric) ParseStringBlock(contentStart, close);
        else ParseNumericBlock(contentStart, close, legacy: false);
        return close + 2;
    }

    private void ParseStringBlock(int start, int end)
    {
        int colon = _src.IndexOf(':', start, end - start);
        int nameEnd = colon < 0 ? end : colon;
        for (int i = start; i < nameEnd; i++)
            if (_src[i] is ' ' or '\t') throw new PatternSyntaxException(i, "unexpected whitespace");
        if (start == end) throw new PatternSyntaxException(start, "empty variable name");
        int q = start;
        string name;
        bool pseudo;
        try { (name, pseudo) = VariableNames.Read(_src, ref q, end); }
        catch (PatternSyntaxException e) { throw PatternSyntaxException.AsErrorValue(e.Offset, e.Message, end - start); }
        if (colon >= 0)
        {
            if (pseudo || q != colon) throw new PatternSyntaxException(start, "invalid name in string variable definition", name.Length);
            if (_pattern.Context.NumericVariables.ContainsKey(name))
                throw new PatternSyntaxException(start, $"numeric variable with name '{name}' already exists", name.Length);
            int group = _nextGroup++;
            _regex.Append('(');
            if (colon + 1 < end) AddRegex(_src[(colon + 1)..end], colon + 1);
            _regex.Append(')');
            _pattern.StringDefinitions.Add((name, group, start, name.Length));
            _sameLineGroups[name] = group;
            _pattern.Context.DefinedStringNames.Add(name);
            return;
        }
        if (pseudo) { ParseNumericBlock(start, end, legacy: true); return; }
        if (q != end) throw new PatternSyntaxException(start, "invalid name in string variable use", name.Length);
        if (_sameLineGroups.TryGetValue(name, out int g))
        {
            if (g > 9) throw new PatternSyntaxException(start, "Can't back-reference more than 9 variables");
            _regex.Append('\\').Append((char)('0' + g));
            return;
        }
        _pattern.Substitutions.Add(new StringSubstitution(_pattern.Context, name, start, _regex.Length));
    }

    private void ParseNumericBlock(int start, int end, bool legacy)
    {
        var context = _pattern.Context;
        var parser = new ExpressionParser(_src, _pattern.LineNumber, context.LookupOrCreateNumeric)
        {
            DefineVariable = (name, offset, format) => DefineNumeric(name, offset, format),
        };
        var block = parser.ParseBlock(start, end, legacy);
        int insertAt = _regex.Length;
        if (block.Defined is not null)
        {
            _regex.Append('(');
            insertAt++;
            _pattern.NumericDefinitions.Add(new NumericDefinition(block.Defined, _nextGroup++, start, end - start));
            context.NumericVariables[block.Defined.Name] = block.Defined;
        }
        if (block.Expression is null) AddRegex(block.Format.WildcardRegex(), start);
        if (block.Defined is not null) _regex.Append(')');
        if (block.Expression is not null)
        {
            string text = _src[start..end];
            _pattern.Substitutions.Add(new NumericSubstitution(block.Expression, block.Format, text, start, insertAt));
        }
    }

    private NumericVariable DefineNumeric(string name, int offset, ExpressionFormat format)
    {
        var context = _pattern.Context;
        if (context.DefinedStringNames.Contains(name))
            throw PatternSyntaxException.AsErrorValue(offset, $"string variable with name '{name}' already exists", name.Length);
        if (context.NumericVariables.TryGetValue(name, out var existing))
        {
            if (existing.DefinedOnLine is null) { existing.DefinedOnLine = _pattern.LineNumber; existing.Format = format; }
            else if (existing.Format.Kind != format.Kind)
                throw PatternSyntaxException.AsErrorValue(offset, "format different from previous variable definition");
            return existing;
        }
        return new NumericVariable(name, format, _pattern.LineNumber);
    }
}

/// <summary>An error after which LLVM FileCheck exits with status 1 immediately.</summary>
internal sealed class FatalPatternException(int offset, string message) : Exception(message)
{
    public int Offset { get; } = offset;
}

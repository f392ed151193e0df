using System.Globalization;
using System.Numerics;
using Lce.FileCheck.Patterns;

namespace Lce.FileCheck.Numeric;

/// <summary>The parsed content of a "[[#...]]" block.</summary>
public sealed class NumericBlock
{
    public ExpressionNode? Expression { get; init; }
    public ExpressionFormat Format { get; init; }
    /// <summary>The variable defined by "[[#VAR:...]]", if any.</summary>
    public NumericVariable? Defined { get; init; }
}

/// <summary>
/// Parses the inside of a numeric substitution block: "[%fmt,][VAR:][==]expr". Offsets
/// refer to the check-file text so errors point at the right column.
/// </summary>
public sealed class ExpressionParser(string src, int lineNumber, Func<string, NumericVariable> lookupOrCreate)
{
    private static readonly string[] Functions = ["add", "div", "max", "min", "mul", "sub"];
    private int _pos;
    private int _end;

    /// <summary>Defines the variable named by the definition part; supplied by the pattern context.</summary>
    public Func<string, int, ExpressionFormat, NumericVariable>? DefineVariable { get; init; }

    public NumericBlock ParseBlock(int start, int end, bool legacyLineExpr)
    {
        _pos = start;
        _end = end;
        var explicitFormat = default(ExpressionFormat);
        int comma = IndexOf(',', start, end), paren = IndexOf('(', start, end);
        if (comma >= 0 && (paren < 0 || comma < paren))
        {
            explicitFormat = ParseFormat(start, comma);
            _pos = comma + 1;
        }
        int colon = IndexOf(':', _pos, end);
        int defStart = _pos, defEnd = colon;
        if (colon >= 0) _pos = colon + 1;
        SkipSpaces();
        bool constraint = false;
        if (Peek("==")) { constraint = true; _pos += 2; }
        SkipSpaces();
        ExpressionNode? expr = null;
        if (_pos >= _end)
        {
            if (constraint) throw PatternSyntaxException.AsErrorValue(_pos, "empty numeric expression should not have a constraint");
        }
        else
        {
            while (_end > _pos && src[_end - 1] is ' ' or '\t') _end--;
            expr = ParseOperand(legacyLineExpr ? OperandKind.LineOnly : OperandKind.Any);
            while (_pos < _end)
            {
                expr = ParseBinop(expr, legacyLineExpr);
                if (legacyLineExpr && _pos < _end)
                    throw PatternSyntaxException.AsErrorValue(_pos, $"unexpected characters at end of expression '{src[_pos.._end]}'", _end - _pos);
            }
        }
        ExpressionFormat format = explicitFormat;
        if (!format.IsSet && expr is not null)
        {
            try { format = expr.ImplicitFormat(); }
            catch (FormatConflictException e) { throw PatternSyntaxException.AsErrorValue(start, e.Message); }
        }
        if (!format.IsSet) format = new ExpressionFormat(FormatKind.Unsigned, explicitFormat.Precision);
        NumericVariable? defined = null;
        if (colon >= 0)
        {
            int p = defStart;
            while (p < defEnd && src[p] is ' ' or '\t') p++;
            int nameStart = p;
            var (name, pseudo) = VariableNames.Read(src, ref p, defEnd);
            if (pseudo) throw PatternSyntaxException.AsErrorValue(nameStart, "definition of pseudo numeric variable unsupported");
            while (p < defEnd && src[p] is ' ' or '\t') p++;
            if (p != defEnd) throw PatternSyntaxException.AsErrorValue(nameStart, "invalid numeric variable definition");
            defined = DefineVariable!(name, nameStart, format);
        }
        return new NumericBlock { Expression = expr, Format = format, Defined = defined };
    }

    private int IndexOf(char c, int from, int to)
    {
        int i = src.IndexOf(c, from, to - from);
        return i;
    }

    private bool Peek(string s) => _pos + s.Length <= _end && string.CompareOrdinal(src, _pos, s, 0, s.Length) == 0;

    private void SkipSpaces() { while (_pos < _end && src[_pos] is ' ' or '\t') _pos++; }

    private ExpressionFormat ParseFormat(int start, int end)
    {
        int p = start;
        while (p < end && src[p] is ' ' or '\t') p++;
        int e = end;
        while (e > p && src[e - 1] is ' ' or '\t') e--;
        if (p >= e || src[p] != '%') throw PatternSyntaxException.AsErrorValue(p, "invalid matching format specification in expression", e - p);
        p++;
        int altPos = p;
        bool alt = false;
        if (p < e && src[p] == '#') { alt = true; p++; }
        int precision = 0;
        if (p < e && src[p] == '.')
        {
            p++;
            int digitsStart = p;
            while (p < e && char.IsAsciiDigit(src[p])) p++;
            if (p == digitsStart || !int.TryParse(src.AsSpan(digitsStart, p - digitsStart), out precision))
                throw PatternSyntaxException.AsErrorValue(digitsStart, "invalid precision in format specifier");
        }
        FormatKind kind = FormatKind.None;
        if (p < e)
        {
            kind = src[p] switch
            {
                'u' => FormatKind.Unsigned, 'd' => FormatKind.Signed,
                'x' => FormatKind.HexLower, 'X' => FormatKind.HexUpper,
                _ => throw PatternSyntaxException.AsErrorValue(p, "invalid format specifier in expression"),
            };
            p++;
        }
        if (alt && kind is not (FormatKind.HexLower or FormatKind.HexUpper))
            throw PatternSyntaxException.AsErrorValue(altPos, "alternate form only supported for hex values");
        if (p < e) throw PatternSyntaxException.AsErrorValue(p, "invalid matching format specification in expression", e - p);
        return kind == FormatKind.None ? new ExpressionFormat(FormatKind.None, precision) : new ExpressionFormat(kind, precision, alt);
    }

    private enum OperandKind { Any, LineOnly, LegacyLiteral }

    private ExpressionNode ParseBinop(ExpressionNode left, bool legacy)
    {
        SkipSpaces();
        int opPos = _pos;
        char op = src[_pos];
        if (op is not ('+' or '-')) throw PatternSyntaxException.AsErrorValue(opPos, $"unsupported operation '{op}'");
        _pos++;
        SkipSpaces();
        if (_pos >= _end) throw PatternSyntaxException.AsErrorValue(_pos, "missing operand in expression");
        var right = ParseOperand(legacy ? OperandKind.LegacyLiteral : OperandKind.Any);
        return new CallNode(op == '+' ? "add" : "sub", [left, right]) { Text = src[StartOf(left)..(_pos)] };
    }

    private readonly Dictionary<ExpressionNode, int> _starts = [];
    private int StartOf(ExpressionNode n) => _starts.TryGetValue(n, out int s) ? s : _pos;

    private ExpressionNode ParseOperand(OperandKind kind)
    {
        SkipSpaces();
        int start = _pos;
        var node = ParseOperandCore(kind);
        _starts[node] = start;
        SkipSpaces();
        return node;
    }

    private ExpressionNode ParseOperandCore(OperandKind kind)
    {
        int start = _pos;
        if (kind == OperandKind.LineOnly)
        {
            if (!Peek("@LINE")) throw PatternSyntaxException.AsErrorValue(start, "invalid operand format");
        }
        if (kind == OperandKind.Any && _pos < _end && src[_pos] == '(')
        {
            _pos++;
            var inner = ParseOperand(OperandKind.Any);
            while (_pos < _end && src[_pos] != ')') inner = ParseBinop(inner, false);
            if (_pos >= _end) throw PatternSyntaxException.AsErrorValue(_pos, "missing ')' at end of nested expression");
            _pos++;
            return inner;
        }
        if (_pos < _end && (VariableNames.IsNameStart(src[_pos]) || src[_pos] is '$' or '@'))
        {
            int p = _pos;
            var (name, pseudo) = VariableNames.Read(src, ref p, _end);
            int after = p;
            while (after < _end && src[after] is ' ' or '\t') after++;
            if (kind == OperandKind.Any && !pseudo && !name.StartsWith('$') && after < _end && src[after] == '(')
            {
                _pos = after + 1;
                return ParseCall(name, start);
            }
            if (kind != OperandKind.LegacyLiteral)
            {
                _pos = p;
                if (pseudo)
                {
                    if (name != "@LINE") throw PatternSyntaxException.AsErrorValue(start, $"invalid pseudo numeric variable '{name}'", name.Length);
                    return new LineNode(lineNumber) { Text = name };
                }
                var variable = lookupOrCreate(name);
                if (variable.DefinedOnLine is int l && l == lineNumber && lineNumber > 0)
                    throw PatternSyntaxException.AsErrorValue(start, $"numeric variable '{name}' defined earlier in the same CHECK directive", name.Length);
                return new VariableUseNode(variable) { Text = name };
            }
        }
        return ParseLiteral(kind, start);
    }

    private ExpressionNode ParseLiteral(OperandKind kind, int start)
    {
        int p = _pos;
        bool negative = false;
        if (p < _end && src[p] == '-') { negative = true; p++; }
        int radix = 10;
        if (kind != OperandKind.LegacyLiteral && p + 1 < _end && src[p] == '0' && src[p + 1] is 'x' or 'X')
        {
            radix = 16;
            p += 2;
        }
        int digitsStart = p;
        while (p < _end && (radix == 16 ? char.IsAsciiHexDigit(src[p]) : char.IsAsciiDigit(src[p]))) p++;
        if (p == digitsStart) throw PatternSyntaxException.AsErrorValue(start, "invalid operand format");
        var value = BigInteger.Parse((radix == 16 ? "0" : "") + src[digitsStart..p],
            radix == 16 ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture);
        _pos = p;
        return new LiteralNode(negative ? -value : value) { Text = src[start..p] };
    }

    private ExpressionNode ParseCall(string name, int start)
    {
        if (Array.IndexOf(Functions, name) < 0)
            throw PatternSyntaxException.AsErrorValue(start, $"call to undefined function '{name}'", name.Length);
        var args = new List<ExpressionNode>();
        SkipSpaces();
        if (_pos < _end && src[_pos] != ')')
        {
            while (true)
            {
                var arg = ParseOperand(OperandKind.Any);
                while (_pos < _end && src[_pos] is not (',' or ')')) arg = ParseBinop(arg, false);
                args.Add(arg);
                if (_pos < _end && src[_pos] == ',') { _pos++; continue; }
                break;
            }
        }
        if (_pos >= _end || src[_pos] != ')') throw PatternSyntaxException.AsErrorValue(_pos, "missing ')' at end of call expression");
        _pos++;
        if (args.Count != 2)
            throw PatternSyntaxException.AsErrorValue(start, $"function '{name}' takes 2 arguments but {args.Count} given", name.Length);
        return new CallNode(name, args) { Text = src[start.._pos] };
    }
}

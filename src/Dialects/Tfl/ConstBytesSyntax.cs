namespace Lce.Dialects.Tfl;

using System.Text;
using Lce.IR;

/// <summary>
/// Parses the body of a tfl attribute (the text after `#tfl`): `&lt;const_bytes : "..."&gt;`, with
/// MLIR's tokenization (whitespace between tokens, string escapes `\\ \" \n \t \XX`) and the
/// messages of the generated dialect parser for unknown mnemonics.
/// </summary>
internal sealed class ConstBytesSyntax
{
    private readonly IDialectAsmParser _p;
    private readonly string _s;
    private int _i;

    private ConstBytesSyntax(IDialectAsmParser p) { _p = p; _s = p.Body; }

    public static IRAttribute Parse(IDialectAsmParser parser) => new ConstBytesSyntax(parser).ParseBody();

    private IRAttribute ParseBody()
    {
        bool angled = _s.StartsWith('<');
        if (!angled && !_s.StartsWith('.')) throw _p.Error("expected '<' or '.' after dialect namespace");
        _i = 1;
        SkipSpace();
        int start = _i;
        while (_i < _s.Length && (char.IsAsciiLetterOrDigit(_s[_i]) || _s[_i] is '_' or '$' or '.')) _i++;
        var mnemonic = _s[start.._i];
        if (mnemonic != ConstBytesAttr.Mnemonic)
            throw _p.Error($"unknown attribute `{mnemonic}` in dialect `{TflDialect.Name}`", start);
        SkipSpace();
        Expect(':', "expected ':'");
        SkipSpace();
        var text = ParseString();
        SkipSpace();
        if (angled) Expect('>', "expected '>'");
        SkipSpace();
        if (_i < _s.Length) throw _p.Error("unexpected characters after the attribute", _i);
        return ConstBytesAttr.Get(_p.Context, ConstBytesAttr.DecodeString(text));
    }

    private void SkipSpace()
    {
        while (_i < _s.Length && char.IsWhiteSpace(_s[_i])) _i++;
    }

    private void Expect(char c, string message)
    {
        if (_i >= _s.Length || _s[_i] != c) throw _p.Error(message, _i);
        _i++;
    }

    /// <summary>A double-quoted MLIR string literal, decoded to bytes.</summary>
    private byte[] ParseString()
    {
        if (_i >= _s.Length || _s[_i] != '"') throw _p.Error("expected string", _i);
        var bytes = new List<byte>();
        int i = _i + 1;
        while (true)
        {
            if (i >= _s.Length || _s[i] is '\n' or '\r') throw _p.Error("expected '\"' in string literal", _i);
            char c = _s[i];
            if (c == '"') { _i = i + 1; return bytes.ToArray(); }
            if (c != '\\')
            {
                int n = char.IsHighSurrogate(c) && i + 1 < _s.Length ? 2 : 1;
                bytes.AddRange(Encoding.UTF8.GetBytes(_s.Substring(i, n)));
                i += n;
                continue;
            }
            char e = i + 1 < _s.Length ? _s[i + 1] : '\0';
            switch (e)
            {
                case '\\' or '"': bytes.Add((byte)e); i += 2; break;
                case 'n': bytes.Add((byte)'\n'); i += 2; break;
                case 't': bytes.Add((byte)'\t'); i += 2; break;
                default:
                    if (i + 2 < _s.Length && char.IsAsciiHexDigit(e) && char.IsAsciiHexDigit(_s[i + 2]))
                    {
                        bytes.Add(Convert.FromHexString(_s.AsSpan(i + 1, 2))[0]);
                        i += 3;
                        break;
                    }
                    throw _p.Error("unknown escape in string literal", i);
            }
        }
    }
}

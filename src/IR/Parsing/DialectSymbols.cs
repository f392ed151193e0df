using Antlr4.Runtime;

namespace Lce.IR.Parsing;

/// <summary>
/// Resolves `!ns.ident&lt;...&gt;` / `!ns&lt;...&gt;` types and `#ns...` attributes: a registered
/// dialect parses its own body; otherwise (when unregistered dialects are allowed) the body is
/// kept verbatim in an <see cref="OpaqueType"/>/<see cref="OpaqueAttr"/>.
/// </summary>
internal static class DialectSymbols
{
    public static IRType ResolveType(ParserSession s, IToken tok, ReadOnlySpan<char> name, string body)
    {
        var (ns, rest, bodyIndex) = Split(tok, name, body);
        var dialect = s.Context.GetDialect(ns);
        if (dialect is not null)
        {
            var parsed = dialect.ParseType(new DialectAsmParser(s, rest, bodyIndex));
            if (parsed is not null) return parsed;
        }
        else if (!s.Context.AllowUnregisteredDialects)
        {
            throw s.Error(s.Buffer.LocAtIndex(bodyIndex), $"`!\"{ns}\"<\"{PrettyBody(rest)}\">` type created with unregistered dialect. " +
                "If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used");
        }
        return OpaqueType.Get(s.Context, ns, NormalizeOpaqueBody(rest));
    }

    public static IRAttribute ResolveAttribute(ParserSession s, IToken tok, ReadOnlySpan<char> name, string body, IRType? type)
    {
        var (ns, rest, bodyIndex) = Split(tok, name, body);
        var dialect = s.Context.GetDialect(ns);
        if (dialect is not null)
        {
            var parsed = dialect.ParseAttribute(new DialectAsmParser(s, rest, bodyIndex), type);
            if (parsed is not null) return parsed;
        }
        else if (!s.Context.AllowUnregisteredDialects)
        {
            throw s.Error(s.Buffer.LocAtIndex(bodyIndex), $"#\"{ns}\"<\"{PrettyBody(rest)}\"> : 'none' attribute created with unregistered dialect. " +
                "If this is intended, please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool used");
        }
        // OpaqueAttr has no type slot yet; the trailing `: type` (MLIR's OpaqueAttr type, printed
        // after the body unless it is none) is kept as part of the verbatim body.
        var opaqueBody = NormalizeOpaqueBody(rest);
        if (type is not null and not NoneType) opaqueBody += " : " + type;
        return OpaqueAttr.Get(s.Context, ns, opaqueBody);
    }

    /// <summary>Splits `ns.rest` into the namespace and everything after it (keeping the leading dot).</summary>
    private static (string Ns, string Remainder, int BodyIndex) Split(IToken tok, ReadOnlySpan<char> name, string body)
    {
        int dot = name.IndexOf('.');
        var ns = (dot < 0 ? name : name[..dot]).ToString();
        var rest = (dot < 0 ? "" : name[dot..].ToString()) + body;
        int bodyIndex = tok.StartIndex + 1 + ns.Length + (dot < 0 ? 0 : 1);
        return (ns, rest, bodyIndex);
    }

    /// <summary>
    /// Puts an unregistered symbol's body in the form MLIR prints it: the pretty `.sym` form
    /// when the symbol text starts with a letter and is identifier characters (`[A-Za-z0-9._]`)
    /// optionally followed by one `&lt;...&gt;`-wrapped tail, else the `&lt;sym&gt;` form. So
    /// `!foo&lt;abc&gt;` becomes `!foo.abc` and `!foo._x` becomes `!foo&lt;_x&gt;`, as mlir-opt does.
    /// </summary>
    internal static string NormalizeOpaqueBody(string rest)
    {
        string sym;
        if (rest.StartsWith('.')) sym = rest[1..];
        else if (rest.Length >= 2 && rest[0] == '<' && rest[^1] == '>') sym = rest[1..^1];
        else return rest;
        bool pretty = IsSimpleEnoughForPrettyForm(sym);
        if (pretty == rest.StartsWith('.')) return rest;
        return pretty ? "." + sym : "<" + sym + ">";
    }

    private static bool IsSimpleEnoughForPrettyForm(string sym)
    {
        if (sym.Length == 0 || !char.IsAsciiLetter(sym[0])) return false;
        int i = 0;
        while (i < sym.Length && (char.IsAsciiLetterOrDigit(sym[i]) || sym[i] is '.' or '_')) i++;
        return i == sym.Length || (sym[i] == '<' && sym[^1] == '>');
    }

    private static string PrettyBody(string rest) => rest.StartsWith('.') ? rest[1..] : rest;
}

/// <summary>The <see cref="IDialectAsmParser"/> given to dialects for their type and attribute bodies.</summary>
internal sealed class DialectAsmParser(ParserSession s, string body, int bodyIndex) : IDialectAsmParser
{
    public IRContext Context => s.Context;
    public string Body => body;
    public Location Location => s.Buffer.LocAtIndex(bodyIndex);

    public IRType ParseTypeText(string text) =>
        MlirParser.TryParseType(s.Context, text, out var diag) ?? throw Fail(diag);

    public IRAttribute ParseAttributeText(string text) =>
        MlirParser.TryParseAttribute(s.Context, text, out var diag) ?? throw Fail(diag);

    public Exception Error(string message, int offsetInBody = 0) =>
        s.Error(s.Buffer.LocAtIndex(bodyIndex + Math.Clamp(offsetInBody, 0, body.Length)), message);

    /// <summary>The location of body[offset]: the body keeps the dot of `!ns.name`, which lies just before bodyIndex.</summary>
    public Location LocationAt(int offsetInBody) =>
        s.Buffer.LocAtIndex(bodyIndex - (body.StartsWith('.') ? 1 : 0) + Math.Clamp(offsetInBody, 0, body.Length));

    private Exception Fail(Diagnostic? d) => s.Error(Location, d?.Message ?? "invalid dialect symbol body");
}

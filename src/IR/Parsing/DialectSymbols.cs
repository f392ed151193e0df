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
        return OpaqueType.Get(s.Context, ns, rest);
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
        return OpaqueAttr.Get(s.Context, ns, rest);
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

    private Exception Fail(Diagnostic? d) => s.Error(Location, d?.Message ?? "invalid dialect symbol body");
}

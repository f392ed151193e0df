using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary>
/// The file metadata block `{-# dialect_resources: { builtin: { key: "0x..." } }, external_resources: {...} #-}`.
/// Builtin blobs (a little-endian u32 alignment, then the data) are defined in the context's
/// resource table, decoded straight from the source text. Entries of other dialects and external
/// resources are parsed and ignored.
/// </summary>
internal static class ResourceSection
{
    public static void Parse(ParserSession s)
    {
        s.Expect(G.MlirLexer.FILE_META_BEGIN, "expected '{-#'");
        if (s.PeekType != G.MlirLexer.FILE_META_END)
        {
            do
            {
                var keyTok = s.Peek;
                var key = Identifier(s, "expected identifier key in file metadata dictionary");
                s.Expect(G.MlirLexer.COLON, "expected ':'");
                bool dialect = key == "dialect_resources";
                if (!dialect && key != "external_resources")
                    throw s.Error(keyTok, $"unknown key '{key}' in file metadata dictionary");
                ParseGroups(s, dialect);
            } while (s.TryConsume(G.MlirLexer.COMMA));
        }
        s.Expect(G.MlirLexer.FILE_META_END, "expected '#-}'");
    }

    private static string Identifier(ParserSession s, string message)
    {
        if (!ParserSession.IsIdentifier(s.PeekType)) throw s.ErrorExpected(message);
        return s.Intern(s.Next());
    }

    /// <summary>`{ owner: { key: value, ... }, ... }`.</summary>
    private static void ParseGroups(ParserSession s, bool dialectResources)
    {
        s.Expect(G.MlirLexer.LBRACE, "expected '{'");
        if (s.PeekType != G.MlirLexer.RBRACE)
        {
            do
            {
                var ownerTok = s.Peek;
                var owner = Identifier(s, "expected identifier key for 'resource' entry");
                s.Expect(G.MlirLexer.COLON, "expected ':'");
                s.Expect(G.MlirLexer.LBRACE, "expected '{'");
                if (dialectResources && owner != "builtin" && s.Context.GetDialect(owner) is null && !s.Context.AllowUnregisteredDialects)
                    throw s.Error(ownerTok, $"dialect '{owner}' is unknown");
                if (s.PeekType != G.MlirLexer.RBRACE)
                {
                    do ParseEntry(s, dialectResources && owner == "builtin", dialectResources ? null : owner);
                    while (s.TryConsume(G.MlirLexer.COMMA));
                }
                s.Expect(G.MlirLexer.RBRACE, "expected '}'");
            } while (s.TryConsume(G.MlirLexer.COMMA));
        }
        s.Expect(G.MlirLexer.RBRACE, "expected '}'");
    }

    private static void ParseEntry(ParserSession s, bool builtinBlob, string? externalOwner)
    {
        string key = s.PeekType == G.MlirLexer.STRING ? StringLiterals.DecodeText(s, s.Next())
            : Identifier(s, "expected identifier key for 'resource' entry");
        s.Expect(G.MlirLexer.COLON, "expected ':'");
        if (!builtinBlob)
        {
            var value = s.ParseAttribute();
            // External resources (e.g. a reproducer's pipeline) are kept and printed back as given.
            if (externalOwner is not null) s.Context.ExternalResources.Set(externalOwner, key, value);
            return;
        }
        if (s.PeekType != G.MlirLexer.STRING) throw s.ErrorExpected("expected hex string blob for key '" + key + "'");
        var tok = s.Next();
        var text = s.Span(tok);
        // "0x" + 8 hex digits of alignment, then the data.
        if (text.Length < 2 + 2 + 8 || text[1] != '0' || text[2] != 'x')
            throw s.Error(tok, "expected hex string blob for key '" + key + "'");
        try
        {
            var alignBytes = Convert.FromHexString(text.Slice(3, 8));
            uint alignment = BitConverter.ToUInt32(alignBytes);
            var data = Convert.FromHexString(text[11..^1]);
            s.Context.Resources.Define(key, data, alignment);
        }
        catch (FormatException)
        {
            throw s.Error(tok, "expected hex string blob for key '" + key + "'");
        }
    }
}

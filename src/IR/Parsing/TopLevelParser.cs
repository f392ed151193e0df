using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary>
/// The file level: operations, `#alias = attr` / `!alias = type` definitions and the trailing
/// `{-# ... #-}` metadata; then deferred location aliases are resolved and the ops are wrapped
/// into an implicit `builtin.module` unless the file is a single module already.
/// </summary>
internal static class TopLevelParser
{
    public static Operation Parse(ParserSession s)
    {
        var ops = new OperationParser(s);
        var topRegion = Region.CreateDetached();
        var topBlock = topRegion.AddBlock();
        ops.BeginTopLevel(topRegion);
        while (s.PeekType != Antlr4.Runtime.TokenConstants.EOF)
        {
            switch (s.PeekType)
            {
                case G.MlirLexer.HASH_ID when s.Tokens.LA(2) == G.MlirLexer.EQUAL:
                    DefineAlias(s, s.AttributeAliases, "attribute", () => s.ParseAttribute());
                    break;
                case G.MlirLexer.EXCL_ID when s.Tokens.LA(2) == G.MlirLexer.EQUAL:
                    DefineAlias(s, s.TypeAliases, "type", () => s.ParseType());
                    break;
                case G.MlirLexer.FILE_META_BEGIN:
                    ResourceSection.Parse(s);
                    break;
                default:
                    ops.ParseNextOperation(topBlock);
                    break;
            }
        }
        ops.EndTopLevel();
        ResolveDeferredLocations(s);
        return WrapInModule(s, topBlock);
    }

    private static void DefineAlias<T>(ParserSession s, Dictionary<string, T> table, string kind, Func<T> parseValue)
    {
        var tok = s.Next();
        var name = s.Span(tok)[1..].ToString();
        if (name.Contains('.')) throw s.Error(tok, $"{kind} names with a '.' are reserved for dialect-defined names");
        if (table.ContainsKey(name)) throw s.Error(tok, $"redefinition of {kind} alias id '{name}'");
        s.Next(); // '='
        table[name] = parseValue();
    }

    private static void ResolveDeferredLocations(ParserSession s)
    {
        foreach (var (alias, token, apply) in s.DeferredLocations)
        {
            if (!s.AttributeAliases.TryGetValue(alias, out var attr))
                throw s.Error(token, "operation location alias was never defined");
            if (attr is not Location loc)
                throw s.Error(token, $"expected location, but found '{attr}'");
            apply(loc);
        }
    }

    private static Operation WrapInModule(ParserSession s, Block topBlock)
    {
        var ops = topBlock.Operations.ToList();
        if (s.Options.NoImplicitModule)
        {
            if (ops.Count != 1)
                throw s.Error(FileLineColLoc.Get(s.Context, s.Buffer.Name, s.Buffer.LineOffset + 1, 1),
                    $"source must contain a single top-level operation, found: {ops.Count}");
            ops[0].Remove();
            return ops[0];
        }
        if (ops.Count == 1 && ops[0].Name == "builtin.module")
        {
            ops[0].Remove();
            return ops[0];
        }
        var module = Operation.Create(s.Context, "builtin.module", FileLineColLoc.Get(s.Context, s.Buffer.Name, 0, 0), numRegions: 1);
        var body = module.GetRegion(0).AddBlock();
        foreach (var op in ops)
        {
            op.Remove();
            body.Append(op);
        }
        return module;
    }
}

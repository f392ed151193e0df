using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary>Regions, blocks and block arguments.</summary>
internal sealed partial class OperationParser
{
    /// <summary>
    /// Parses `{ ... }` into <paramref name="region"/>. <paramref name="entryArguments"/> are the
    /// entry-block arguments an op supplies itself (a function's signature); regions of
    /// IsolatedFromAbove ops get a fresh SSA name table.
    /// </summary>
    public void ParseRegionBody(Region region, IReadOnlyList<RegionArgument>? entryArguments, bool isolated, bool allowShadowing = false)
    {
        var open = s.Expect(G.MlirLexer.LBRACE, "expected '{' to begin a region");
        if (++_regionDepth > s.Options.MaxNestingDepth) throw s.Error(open, "regions are nested too deeply");
        if (isolated) _values.PushIsolated();
        _values.PushRegion();
        var blocks = new BlockScope(s, region);
        _blocks.Add(blocks);

        if (s.PeekType != G.MlirLexer.RBRACE || entryArguments is { Count: > 0 })
        {
            if (s.PeekType != G.MlirLexer.CARET_ID)
            {
                var entry = new Block();
                region.AppendBlock(entry);
                foreach (var arg in entryArguments ?? [])
                {
                    var type = arg.Type ?? throw s.Error(arg.Ssa.Location, "expected type for region argument");
                    var value = entry.AddArgument(type, arg.SourceLocation ?? arg.Ssa.Location);
                    _values.Define(arg.Ssa.Name, arg.Ssa.Number, value, arg.Ssa.Location, allowShadowing);
                }
                ParseBlockOperations(entry);
            }
            else if (entryArguments is { Count: > 0 })
                throw s.ErrorExpected("invalid block name in region with named arguments");
            while (s.PeekType == G.MlirLexer.CARET_ID) ParseBlock(blocks);
        }
        s.Expect(G.MlirLexer.RBRACE, "expected '}' to end region");

        blocks.Finish();
        _blocks.RemoveAt(_blocks.Count - 1);
        _values.PopRegion();
        if (isolated) _values.PopIsolated();
        _regionDepth--;
    }

    /// <summary>`^name(%a: t, ...):` followed by the block's operations.</summary>
    private void ParseBlock(BlockScope scope)
    {
        var labelTok = s.Next();
        var name = s.Names.Intern(s.Span(labelTok)[1..]);
        if (name.Length == 0) throw s.Error(labelTok, "invalid block name");
        var block = scope.Define(name, s.Buffer.LocOf(labelTok));
        if (s.TryConsume(G.MlirLexer.LPAREN))
        {
            if (s.PeekType != G.MlirLexer.RPAREN)
            {
                do
                {
                    var use = ParseOperandUse();
                    s.Expect(G.MlirLexer.COLON, "expected ':' and type for SSA operand");
                    var type = s.ParseTypeCached();
                    var arg = block.AddArgument(type, use.Location);
                    if (s.PeekType == G.MlirLexer.KW_LOC) arg.Location = s.ParseLocation(l => arg.Location = l);
                    _values.Define(use.Name, use.Number, arg, use.Location);
                } while (s.TryConsume(G.MlirLexer.COMMA));
            }
            s.Expect(G.MlirLexer.RPAREN, "expected ')' to end argument list");
        }
        s.Expect(G.MlirLexer.COLON, "expected ':' after block name");
        ParseBlockOperations(block);
    }

    private void ParseBlockOperations(Block block)
    {
        while (s.PeekType is not (G.MlirLexer.RBRACE or G.MlirLexer.CARET_ID))
            ParseNextOperation(block);
    }

    // ---------------------------------------------------------------- top level
    /// <summary>Opens the file-level scope (values and blocks of the top-level "region").</summary>
    public void BeginTopLevel(Region topRegion)
    {
        _values.PushIsolated();
        _values.PushRegion();
        _blocks.Add(new BlockScope(s, topRegion));
    }

    public void EndTopLevel()
    {
        _blocks[^1].Finish();
        _blocks.RemoveAt(_blocks.Count - 1);
        _values.PopRegion();
        _values.PopIsolated();
    }
}

namespace Lce.Dialects.Builtin;

using Lce.IR;

/// <summary>`module @name attributes {...} { ... }`: syntax and verifier of `builtin.module`.</summary>
public static class ModuleOp
{
    public const string OpName = "builtin.module";

    /// <summary>Creates an empty module (one empty block), optionally named.</summary>
    public static Operation Create(IRContext ctx, Location loc, string? name = null)
    {
        var state = new OperationState(ctx, OpName, loc);
        if (name is not null) state.AddProperty(SymbolTable.SymbolAttrName, StringAttr.Get(ctx, name));
        state.AddRegion().AddBlock();
        return state.Create();
    }

    /// <summary>The module's single body block.</summary>
    public static Block Body(Operation module) => module.GetRegion(0).EntryBlock!;

    internal static void Parse(IOpAsmParser p, OperationState state)
    {
        if (p.ParseOptionalSymbolName() is { } name)
            state.AddProperty(SymbolTable.SymbolAttrName, StringAttr.Get(p.Context, name));
        p.ParseOptionalAttrDictWithKeyword(state.Attributes);
        var region = state.AddRegion();
        p.ParseRegion(region);
        // SingleBlock + NoTerminator: an empty region gets its block.
        if (region.IsEmpty) region.AddBlock();
    }

    internal static void Print(Operation op, IOpAsmPrinter p)
    {
        if (op.GetProp(SymbolTable.SymbolAttrName) is StringAttr name)
        {
            p.Write(' ');
            p.PrintSymbolName(name.Value);
        }
        // attr-dict prints inherent attributes the format does not use (sym_visibility) with the discardable ones.
        p.PrintOptionalAttrDictWithKeyword(MergedAttributes(op), [SymbolTable.SymbolAttrName]);
        p.Write(' ');
        p.PrintRegion(op.GetRegion(0));
    }

    /// <summary>Properties and discardable attributes as one dictionary (MLIR's op->getAttrs()).</summary>
    internal static DictionaryAttr MergedAttributes(Operation op) =>
        op.Properties is null || op.Properties.IsEmpty ? op.Attributes
            : DictionaryAttr.Get(op.Context, op.Properties.Entries.Concat(op.Attributes.Entries));

    internal static bool Verify(Operation op)
    {
        var region = op.GetRegion(0);
        if (region.Blocks.Count != 1)
        {
            op.EmitOpError("region #0 ('bodyRegion') failed to verify constraint: region with 1 blocks");
            return false;
        }
        if (region.Blocks[0].NumArguments != 0)
        {
            op.EmitOpError("region should have no arguments");
            return false;
        }
        foreach (var a in MergedAttributes(op).Entries)
        {
            if (!a.Name.Contains('.') && a.Name != SymbolTable.SymbolAttrName && a.Name != SymbolTable.VisibilityAttrName)
            {
                op.EmitOpError($"can only contain attributes with dialect-prefixed names, found: '{a.Name}'");
                return false;
            }
        }
        return true;
    }
}

namespace Lce.Dialects.Memref;

using Lce.IR;

/// <summary>Hand-written syntax pieces and verifiers of the memref ops.</summary>
internal static class MemrefOps
{
    /// <summary>
    /// `(` $dynamicSizes `)` (`[` $symbolOperands `]`)? attr-dict `:` type($memref) — parsed by
    /// hand because the format's optional group starts with a spacing literal.
    /// </summary>
    internal static void ParseAlloc(IOpAsmParser p, OperationState state)
    {
        var sizes = p.ParseOperandList(Delimiter.Paren);
        var symbols = p.ParseOperandList(Delimiter.OptionalSquare);
        p.ParseOptionalAttrDict(state.Attributes);
        var type = p.ParseColonType();
        state.Types.Add(type);
        var index = IndexType.Get(p.Context);
        p.ResolveOperands(sizes, index, state.Operands);
        p.ResolveOperands(symbols, index, state.Operands);
        state.AddProperty("operandSegmentSizes", DenseArrayAttr.GetI32(p.Context, [sizes.Count, symbols.Count]));
    }

    internal static void PrintAlloc(Operation op, IOpAsmPrinter p)
    {
        var sizes = OpValueGroups.Operands(op, "dynamicSizes")!;
        var symbols = OpValueGroups.Operands(op, "symbolOperands")!;
        p.Write('(');
        p.PrintOperands(sizes);
        p.Write(')');
        if (symbols.Count > 0)
        {
            p.Write('[');
            p.PrintOperands(symbols);
            p.Write(']');
        }
        p.PrintOptionalAttrDict(Merged(op), ["operandSegmentSizes"]);
        p.Write(" : ");
        p.PrintType(op.GetResult(0).Type);
    }

    /// <summary>AllocLikeOp::verify.</summary>
    internal static bool VerifyAlloc(Operation op)
    {
        if (op.GetResult(0).Type is not MemRefType mt) return true;
        int dynamic = mt.Shape.Count(d => d == ShapedType.Dynamic);
        var sizes = OpValueGroups.Operands(op, "dynamicSizes")!;
        if (sizes.Count != dynamic)
        {
            op.EmitOpError($"incorrect number of dynamic sizes, has {sizes.Count}, expected {dynamic}");
            return false;
        }
        int numSymbols = mt.Layout is AffineMapAttr am ? am.Map.NumSymbols : 0;
        var symbols = OpValueGroups.Operands(op, "symbolOperands")!;
        if (symbols.Count != numSymbols)
        {
            op.EmitOpError($"symbol operand count does not equal memref symbol count: expected {numSymbols}, got {symbols.Count}");
            return false;
        }
        return true;
    }

    /// <summary>Properties and discardable attributes, minus `nontemporal = false` (its default).</summary>
    private static DictionaryAttr Merged(Operation op)
    {
        var entries = new List<NamedAttribute>();
        if (op.Properties is { } props)
            foreach (var e in props.Entries)
                if (!(e.Name == "nontemporal" && e.Value is IntegerAttr { IsBool: true } b && b.Value.IsZero)) entries.Add(e);
        entries.AddRange(op.Attributes.Entries);
        return DictionaryAttr.Get(op.Context, entries);
    }

    private static void PrintIndexed(Operation op, IOpAsmPrinter p, Value memref, IEnumerable<Value> indices)
    {
        p.PrintOperand(memref);
        p.Write('[');
        p.PrintOperands(indices);
        p.Write(']');
        p.PrintOptionalAttrDict(Merged(op));
        p.Write(" : ");
        p.PrintType(memref.Type);
    }

    /// <summary>`%m[%i, %j] attr-dict : memref-type`: index operands and the element type are implied.</summary>
    private static MemRefType? ParseIndexed(IOpAsmParser p, OperationState state, UnresolvedOperand memref)
    {
        var indices = p.ParseOperandList(Delimiter.Square);
        p.ParseOptionalAttrDict(state.Attributes);
        var typeLoc = p.CurrentLocation;
        var type = p.ParseColonType();
        state.Operands.Add(p.ResolveOperand(memref, type));
        p.ResolveOperands(indices, IndexType.Get(p.Context), state.Operands);
        return type as MemRefType ?? throw p.Error(typeLoc, $"'{state.Name.Name}' invalid kind of type specified: expected builtin.memref, but found '{type}'");
    }

    internal static void ParseLoad(IOpAsmParser p, OperationState state)
    {
        var memref = p.ParseOperand();
        state.Types.Add(ParseIndexed(p, state, memref)!.ElementType);
    }

    internal static void ParseStore(IOpAsmParser p, OperationState state)
    {
        var value = p.ParseOperand();
        p.ParseComma();
        var memref = p.ParseOperand();
        var inner = new OperationState(p.Context, state.Name, state.Location);
        var type = ParseIndexed(p, inner, memref)!;
        state.Operands.Add(p.ResolveOperand(value, type.ElementType));
        state.Operands.AddRange(inner.Operands);
        state.Attributes.AddRange(inner.Attributes);
    }

    internal static void PrintLoad(Operation op, IOpAsmPrinter p)
    {
        p.Write(' ');
        PrintIndexed(op, p, op.GetOperand(0), op.Operands.Skip(1));
    }

    internal static void PrintStore(Operation op, IOpAsmPrinter p)
    {
        p.Write(' ');
        p.PrintOperand(op.GetOperand(0));
        p.Write(", ");
        PrintIndexed(op, p, op.GetOperand(1), op.Operands.Skip(2));
    }

    private static bool VerifyIndexed(Operation op, Value memref, int numIndices, string what, IRType? elementValue, string valueName)
    {
        if (memref.Type is not MemRefType mt) return true;
        if (elementValue is not null && !ReferenceEquals(elementValue, mt.ElementType))
        {
            op.EmitOpError($"failed to verify that type of '{valueName}' matches element type of 'memref'");
            return false;
        }
        if (numIndices != mt.Rank)
        {
            op.EmitOpError($"incorrect number of indices for {what}, expected {mt.Rank} but got {numIndices}");
            return false;
        }
        return true;
    }

    internal static bool VerifyLoad(Operation op) =>
        VerifyIndexed(op, op.GetOperand(0), op.NumOperands - 1, "load", op.GetResult(0).Type, "result");

    internal static bool VerifyStore(Operation op) =>
        VerifyIndexed(op, op.GetOperand(1), op.NumOperands - 2, "store", op.GetOperand(0).Type, "value");

    /// <summary>CastOp::areCastCompatible for memrefs (layouts must match unless one side is unranked).</summary>
    internal static bool VerifyCast(Operation op)
    {
        var a = op.GetOperand(0).Type;
        var b = op.GetResult(0).Type;
        if (Compatible(a, b)) return true;
        op.EmitOpError($"operand type '{a}' and result type '{b}' are cast incompatible");
        return false;
    }

    private static bool Compatible(IRType a, IRType b)
    {
        switch (a, b)
        {
            case (MemRefType x, MemRefType y):
                if (!ReferenceEquals(x.ElementType, y.ElementType) || !Equals(x.MemorySpace, y.MemorySpace)) return false;
                if (x.Rank != y.Rank) return false;
                if (!Equals(x.Layout, y.Layout)) return false;
                for (int i = 0; i < x.Rank; i++)
                    if (x.Shape[i] != ShapedType.Dynamic && y.Shape[i] != ShapedType.Dynamic && x.Shape[i] != y.Shape[i]) return false;
                return true;
            case (UnrankedMemRefType x, MemRefType y):
                return ReferenceEquals(x.ElementType, y.ElementType) && Equals(x.MemorySpace, y.MemorySpace);
            case (MemRefType x, UnrankedMemRefType y):
                return ReferenceEquals(x.ElementType, y.ElementType) && Equals(x.MemorySpace, y.MemorySpace);
            default:
                return false; // unranked to unranked is not a valid cast
        }
    }
}

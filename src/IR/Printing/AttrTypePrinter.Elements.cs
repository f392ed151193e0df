using Lce.IR.Numerics;

namespace Lce.IR.Printing;

public sealed partial class AttrTypePrinter
{
    private void PrintElements(ElementsAttr ea, TypeElision elision)
    {
        bool elide = _flags.ElideElementsAttrsIfLarger is { } limit && ea.NumElements > limit && !IsSplat(ea);
        if (elide) _sb.Append("dense_resource<__elided__>");
        else switch (ea)
        {
            case DenseResourceElementsAttr dr:
                _sb.Append("dense_resource<");
                TextEscaping.AppendKeywordOrString(_sb, dr.Blob.Key);
                _sb.Append('>');
                break;
            case DenseStringElementsAttr ds:
                _sb.Append("dense<");
                PrintNested(ds.IsSplat, ds.ShapedType, i => TextEscaping.AppendQuoted(_sb, ds.Values[(int)i]));
                _sb.Append('>');
                break;
            case DenseElementsAttr de:
                _sb.Append("dense<");
                PrintDenseIntOrFloat(de);
                _sb.Append('>');
                break;
        }
        if (elision != TypeElision.Must) PrintTypeSuffix(ea.Type);
    }

    private static bool IsSplat(ElementsAttr ea) => ea switch
    {
        DenseElementsAttr d => d.IsSplat,
        DenseStringElementsAttr s => s.IsSplat,
        _ => false
    };

    private const int HexSlice = 1 << 15;

    /// <summary>Hex digits of <paramref name="bytes"/>; with a <see cref="Flush"/>, written out slice by slice.</summary>
    private void AppendHexStreamed(ReadOnlySpan<byte> bytes)
    {
        if (Flush is null || bytes.Length <= HexSlice)
        {
            TextEscaping.AppendHexBytes(_sb, bytes);
            return;
        }
        while (!bytes.IsEmpty)
        {
            var part = bytes[..Math.Min(bytes.Length, HexSlice)];
            TextEscaping.AppendHexBytes(_sb, part);
            Flush();
            bytes = bytes[part.Length..];
        }
    }

    private void PrintDenseIntOrFloat(DenseElementsAttr de)
    {
        var elementType = de.ShapedType.ElementType;
        long threshold = _flags.ElementsAttrHexThreshold;
        if (!de.IsSplat && threshold >= 0 && de.NumElements > threshold)
        {
            _sb.Append("\"0x");
            if (elementType is IntegerType { Width: 1 }) TextEscaping.AppendHexBytes(_sb, PackBools(de.RawData));
            else AppendHexStreamed(de.RawData);
            _sb.Append('"');
            return;
        }
        if (elementType is ComplexType ct)
        {
            int half = de.ElementByteWidth / 2;
            PrintNested(de.IsSplat, de.ShapedType, i =>
            {
                var bytes = de.ElementBytes(i);
                _sb.Append('(');
                PrintScalarElement(bytes[..half], ct.ElementType);
                _sb.Append(',');
                PrintScalarElement(bytes[half..], ct.ElementType);
                _sb.Append(')');
            });
            return;
        }
        PrintNested(de.IsSplat, de.ShapedType, i => PrintScalarElement(de.ElementBytes(i), elementType));
    }

    /// <summary>MLIR stores i1 elements one bit each; the hex form shows that packing.</summary>
    private static byte[] PackBools(ReadOnlySpan<byte> bytes)
    {
        var packed = new byte[(bytes.Length + 7) / 8];
        for (int i = 0; i < bytes.Length; i++) if (bytes[i] != 0) packed[i >> 3] |= (byte)(1 << (i & 7));
        return packed;
    }

    /// <summary>Elements in row-major order with brackets following the shape (a splat prints one value).</summary>
    private void PrintNested(bool isSplat, ShapedType type, Action<long> printElement)
    {
        if (isSplat) { printElement(0); return; }
        long n = type.NumElements;
        if (n == 0) return;
        var shape = type.Shape;
        int rank = shape.Count;
        var counter = new long[rank];
        int open = 0;
        for (long idx = 0; idx < n; idx++)
        {
            if (idx != 0) _sb.Append(", ");
            while (open < rank) { _sb.Append('['); open++; }
            printElement(idx);
            if (rank == 0) continue;
            counter[rank - 1]++;
            for (int i = rank - 1; i > 0; i--)
            {
                if (counter[i] < shape[i]) break;
                counter[i] = 0;
                counter[i - 1]++;
                open--;
                _sb.Append(']');
            }
        }
        while (open-- > 0) _sb.Append(']');
    }

    // ---------------- locations ----------------
    /// <summary>A location nested in another: its alias if it has one, else its body.</summary>
    private void PrintNestedLocation(Location loc)
    {
        if (_aliases?.Lookup(loc) is { } alias) { _sb.Append(alias); return; }
        PrintLocationBody(loc);
    }

    /// <summary>The text inside `loc(...)`.</summary>
    public void PrintLocationBody(Location loc)
    {
        switch (loc)
        {
            case UnknownLoc: _sb.Append(_flags.PrettyDebugInfo ? "[unknown]" : "unknown"); break;
            case FileLineColLoc f:
                var fileName = f.Filename.Length == 0 ? "-" : f.Filename;
                if (_flags.PrettyDebugInfo) _sb.Append(fileName); else TextEscaping.AppendQuoted(_sb, fileName);
                _sb.Append(':').Append(f.Line).Append(':').Append(f.Column);
                if (f.EndLine != f.Line) _sb.Append(" to ").Append(f.EndLine).Append(':').Append(f.EndColumn);
                else if (f.EndColumn != f.Column) _sb.Append(" to :").Append(f.EndColumn);
                break;
            case NameLoc n:
                TextEscaping.AppendQuoted(_sb, n.Name);
                if (n.Child is not UnknownLoc) { _sb.Append('('); PrintNestedLocation(n.Child); _sb.Append(')'); }
                break;
            case CallSiteLoc c:
                bool pretty = _flags.PrettyDebugInfo;
                if (!pretty) _sb.Append("callsite(");
                PrintNestedLocation(c.Callee);
                // The pretty form breaks the line unless a name is called from a file position.
                _sb.Append(!pretty || (c.Callee is NameLoc && c.Caller is FileLineColLoc) ? " at " : "\n at ");
                PrintNestedLocation(c.Caller);
                if (!pretty) _sb.Append(')');
                break;
            case FusedLoc fu:
                if (!_flags.PrettyDebugInfo) _sb.Append("fused");
                if (fu.Metadata is { } md) { _sb.Append('<'); PrintAttribute(md); _sb.Append('>'); }
                _sb.Append('[');
                for (int i = 0; i < fu.Locations.Count; i++)
                {
                    if (i > 0) _sb.Append(", ");
                    PrintNestedLocation(fu.Locations[i]);
                }
                _sb.Append(']');
                break;
        }
    }

    /// <summary>` loc(...)` after an op or block argument.</summary>
    public void PrintTrailingLocation(Location loc, bool allowAlias)
    {
        if (_flags.PrettyDebugInfo) { _sb.Append(' '); PrintLocationBody(loc); return; }
        _sb.Append(" loc(");
        if (allowAlias && _aliases?.Lookup(loc) is { } alias) _sb.Append(alias);
        else PrintLocationBody(loc);
        _sb.Append(')');
    }
}

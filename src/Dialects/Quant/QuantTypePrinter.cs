namespace Lce.Dialects.Quant;

using System.Text;
using Lce.IR;
using Lce.IR.Numerics;

/// <summary>
/// Prints quant types as MLIR 22 does (after `!quant`): the storage as `i`/`u` + width (so `si8`
/// prints `i8` and `ui8` prints `u8`) with `&lt;min:max&gt;` only when not the full range, scales in
/// MLIR's float form (shortest `%e`-like text that reads back exactly), zero points only when
/// non-zero. Per-axis lists are joined by "," without a space; sub-channel lists by ", ".
/// </summary>
public static class QuantTypePrinter
{
    public static void Print(QuantizedType type, IDialectAsmPrinter p)
    {
        switch (type)
        {
            case AnyQuantizedType any:
                p.Write(".any<");
                PrintStorage(any, p);
                if (any.ExpressedType is { } e) { p.Write(":"); p.PrintType(e); }
                p.Write(">");
                break;
            case UniformQuantizedType u:
                p.Write(".uniform<");
                PrintStorage(u, p);
                p.Write(":");
                p.PrintType(u.ExpressedType);
                p.Write(", ");
                PrintParams(p, u.Scale, u.ZeroPoint);
                p.Write(">");
                break;
            case UniformQuantizedPerAxisType a:
                p.Write(".uniform<");
                PrintStorage(a, p);
                p.Write(":");
                p.PrintType(a.ExpressedType);
                p.Write($":{a.QuantizedDimension}, {{");
                for (int i = 0; i < a.Scales.Count; i++)
                {
                    if (i > 0) p.Write(",");
                    PrintParams(p, a.Scales[i], a.ZeroPoints[i]);
                }
                p.Write("}>");
                break;
            case UniformQuantizedSubChannelType s:
                p.Write(".uniform<");
                PrintStorage(s, p);
                p.Write(":");
                p.PrintType(s.ExpressedType);
                p.Write(":{" + string.Join(", ", s.BlockSizes.Select(b => $"{b.Axis}:{b.BlockSize}")) + "}, ");
                p.Write(DenseParams(s));
                p.Write(">");
                break;
            case CalibratedQuantizedType c:
                p.Write(".calibrated<");
                p.PrintType(c.ExpressedType);
                p.Write("<");
                p.PrintFloat(c.Min);
                p.Write(":");
                p.PrintFloat(c.Max);
                p.Write(">>");
                break;
            default:
                throw new InvalidOperationException($"unhandled quantized type {type.GetType().Name}");
        }
    }

    private static void PrintStorage(QuantizedType t, IDialectAsmPrinter p)
    {
        p.Write((t.IsSigned ? "i" : "u") + t.StorageTypeIntegralWidth);
        if (t.HasStorageTypeBounds) p.Write($"<{t.StorageTypeMin}:{t.StorageTypeMax}>");
    }

    private static void PrintParams(IDialectAsmPrinter p, double scale, long zeroPoint)
    {
        p.PrintFloat(scale);
        if (zeroPoint != 0) p.Write($":{zeroPoint}");
    }

    /// <summary>
    /// The scales and zero points as nested `{...}` lists following <see cref="UniformQuantizedSubChannelType.ScalesShape"/>
    /// (MLIR's printDenseQuantizationParameters): braces open before an element as needed and close
    /// when an inner dimension is complete.
    /// </summary>
    private static string DenseParams(UniformQuantizedSubChannelType s)
    {
        var sb = new StringBuilder();
        var shape = s.ScalesShape;
        int rank = shape.Count;
        var counter = new long[rank];
        int open = 0;
        for (int idx = 0; idx < s.Scales.Count; idx++)
        {
            if (idx != 0) sb.Append(", ");
            while (open < rank) { sb.Append('{'); open++; }
            var scale = s.Scales[idx];
            FloatFormatter.AppendTo(sb, scale.Bits, scale.Semantics);
            if (s.ZeroPoints[idx] != 0) sb.Append(':').Append(s.ZeroPoints[idx]);
            if (rank == 0) continue;
            counter[rank - 1]++;
            for (int i = rank - 1; i > 0; i--)
            {
                if (counter[i] < shape[i]) continue;
                counter[i] = 0;
                counter[i - 1]++;
                open--;
                sb.Append('}');
            }
        }
        while (open-- > 0) sb.Append('}');
        return sb.ToString();
    }
}

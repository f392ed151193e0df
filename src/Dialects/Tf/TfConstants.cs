namespace Lce.Dialects.Tf;

using System.Numerics;
using Lce.IR;
using Lce.IR.Rewrite;

/// <summary>Reading constant operands (MLIR's m_Constant with a DenseIntElementsAttr / ElementsAttr binding).</summary>
public static class TfConstants
{
    /// <summary>The integer elements of a constant integer tensor (m_Constant(&amp;DenseIntElementsAttr)), sign-extended; null otherwise.</summary>
    public static long[]? IntElements(Value v) =>
        Matchers.MatchConstant(v, out var attr) ? IntElements(attr) : null;

    /// <summary>The integer elements of a dense integer attribute, sign-extended (APInt::getSExtValue); null for other attributes.</summary>
    public static long[]? IntElements(IRAttribute? attr)
    {
        if (attr is not DenseElementsAttr { ShapedType.ElementType: IntegerType it } d) return null;
        var values = new long[checked((int)d.NumElements)];
        for (int i = 0; i < values.Length; i++) values[i] = (long)SignExtend(d.IntegerAt(i), it.Width);
        return values;
    }

    private static BigInteger SignExtend(BigInteger v, int width)
    {
        var mask = (BigInteger.One << width) - 1;
        var u = v & mask;
        return width > 0 && !(u >> (width - 1)).IsZero ? u - (BigInteger.One << width) : u;
    }

    /// <summary>A dense integer attribute of type tensor&lt;Nxi{width}&gt; holding <paramref name="values"/>.</summary>
    public static DenseElementsAttr IntVector(IRContext ctx, IReadOnlyList<long> values, int width)
    {
        var type = RankedTensorType.Get(ctx, [values.Count], IntegerType.Get(ctx, width));
        int bytes = width / 8;
        var data = new byte[values.Count * bytes];
        for (int i = 0; i < values.Count; i++)
            for (int b = 0; b < bytes; b++) data[i * bytes + b] = (byte)(values[i] >> (8 * b));
        bool splat = values.Count > 0 && values.All(x => x == values[0]);
        return DenseElementsAttr.FromRaw(ctx, type, splat ? data[..bytes] : data, splat);
    }
}

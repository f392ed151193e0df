namespace Lce.Dialects.Tfl;

using System.Numerics;
using Lce.IR;
using Lce.IR.Traits;
using static TflElement;

public sealed partial class TflDialect
{
    /// <summary>
    /// tfl.cast: element type conversion of one shape (generic form). It folds a cast to the
    /// input's own type to the input, and integer constants to integers as C casts do
    /// (sign- or zero-extending by the input's signedness, truncating), except that casts from
    /// or to i1 test for non-zero.
    /// </summary>
    private void DefineCast()
    {
        TflElement[] castTypes = [F16, F32, F64, I1, I16, UI16, I32, UI32, I64, Quint8, UI8, I8, ComplexF32];
        Op("cast").Counts(1, 1)
            .Operand("input", TflConstraints.TensorOf(castTypes))
            .Result("output", TflConstraints.TensorOf(castTypes))
            .Trait(Pure.Instance)
            .Verify(TflVerify.SameOperandsAndResultShape)
            .Fold((op, operands) => FoldCast(op, operands.Count > 0 ? operands[0] : null));
    }

    internal static IReadOnlyList<object>? FoldCast(Operation op, IRAttribute? operand)
    {
        var input = op.GetOperand(0);
        var resultType = op.GetResult(0).Type;
        if (ReferenceEquals(input.Type, resultType)) return [input];
        if (operand is not DenseElementsAttr { ShapedType.ElementType: IntegerType from } dense
            || TypeUtil.ElementTypeOrSelf(resultType) is not IntegerType to) return null;
        return [CastIntegers(op.Context, dense, from, to)];
    }

    /// <summary>The integer elements of <paramref name="dense"/> converted to <paramref name="to"/> (same shape).</summary>
    public static DenseElementsAttr CastIntegers(IRContext ctx, DenseElementsAttr dense, IntegerType from, IntegerType to)
    {
        bool involvesBool = from.Width == 1 || to.Width == 1;
        var type = dense.ShapedType switch
        {
            RankedTensorType r => (ShapedType)RankedTensorType.Get(ctx, r.Shape, to),
            VectorType v => VectorType.Get(ctx, v.Shape, to),
            var other => throw new ArgumentException($"cannot cast elements of {other}"),
        };
        long count = dense.IsSplat ? 1 : dense.NumElements;
        int width = DenseElementsAttr.ElementByteWidthOf(to);
        var bytes = new byte[count * width];
        var mask = (BigInteger.One << to.Width) - 1;
        for (long i = 0; i < count; i++)
        {
            // IntegerAt reads with the input's signedness: a signless value is sign-extended, an unsigned one zero-extended.
            BigInteger v = dense.IntegerAt(i);
            BigInteger bits = involvesBool ? (v.IsZero ? 0 : 1) : v & mask;
            var raw = bits.ToByteArray(isUnsigned: true, isBigEndian: false);
            raw.AsSpan(0, Math.Min(raw.Length, width)).CopyTo(bytes.AsSpan((int)(i * width), width));
        }
        return DenseElementsAttr.FromRaw(ctx, type, bytes, dense.IsSplat);
    }
}

namespace Lce.Dialects.Lq;

using Lce.IR;

/// <summary>
/// The ODS constraints of LCE's op definitions (lce_ops.td), with ODS's wording so that
/// verification errors read as `lce-tf-opt`'s.
/// </summary>
public static class LqConstraints
{

    /// <summary>The storage width of a quant dialect element type (ODS's QI8/QI16 check only this), or 0.</summary>
    public static int QuantizedStorageWidth(IRType t) => t is Quant.QuantizedType q ? q.StorageTypeIntegralWidth : 0;

    public static readonly AttrConstraint I32Attr = new("32-bit signless integer attribute",
        a => a is IntegerAttr { Type: IntegerType { Width: 32, IsSignless: true } });
    // lq reuses TFL's attribute enums (TFL_AFAttr, TFL_PaddingAttr), as lce_ops.td does.
    public static readonly AttrConstraint Activation = StringOf(Tfl.TflEnums.Activations);
    public static readonly AttrConstraint Padding = StringOf(Tfl.TflEnums.Paddings);

    public static readonly TypeConstraint TensorOfI32 = TensorOf("32-bit signless integer", IsI32);
    public static readonly TypeConstraint TensorOfF32OrI32 = TensorOf("32-bit float or 32-bit signless integer", t => IsF32(t) || IsI32(t));
    public static readonly TypeConstraint TensorOfF32OrNone = OrNone(TensorOf("32-bit float", IsF32));
    public static readonly TypeConstraint TensorOfI32OrNone = OrNone(TensorOfI32);
    public static readonly TypeConstraint BconvOutput = TensorOf("32-bit float or 32-bit signless integer or QI8 type",
        t => IsF32(t) || IsI32(t) || QuantizedStorageWidth(t) == 8);
    /// <summary>What Quantize packs and Dequantize unpacks.</summary>
    public static readonly TypeConstraint Unpacked = TensorOf(
        "bfloat16 type or 16-bit float or 32-bit float or 64-bit float or 32-bit signless integer or 64-bit signless integer or QI8 type or QI16 type or 1-bit signless integer",
        t => t is FloatType { Width: 16 or 32 or 64 } || IsSignless(t, 32) || IsSignless(t, 64) || IsSignless(t, 1)
             || QuantizedStorageWidth(t) is 8 or 16);


    public static bool IsF32(IRType t) => t is FloatType { Width: 32 } f && f.Semantics == IR.Numerics.FloatSemantics.Single;
    public static bool IsI32(IRType t) => IsSignless(t, 32);
    private static bool IsSignless(IRType t, int width) => t is IntegerType { IsSignless: true } i && i.Width == width;

    private static TypeConstraint TensorOf(string elements, Func<IRType, bool> element) =>
        new($"tensor of {elements} values", t => t is RankedTensorType r ? element(r.ElementType) : t is UnrankedTensorType u && element(u.ElementType));

    private static TypeConstraint OrNone(TypeConstraint tensor) =>
        new($"{tensor.Description} or none type", t => t is NoneType || tensor.Accepts(t));

    private static AttrConstraint StringOf(IReadOnlyList<string> cases) =>
        new("string attribute whose value is " + string.Join(", or ", cases), a => a is StringAttr s && cases.Contains(s.Value));
}

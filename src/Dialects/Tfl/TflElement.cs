namespace Lce.Dialects.Tfl;

using Lce.IR;
using Lce.IR.Numerics;

/// <summary>
/// One element type TFLite's runtime accepts in a tensor (the entries of ODS's
/// `TFL_TensorOf&lt;[F32, QI8, ...]&gt;`), with ODS's summary text used in diagnostics. TFL checks
/// these only in its runtime verification; the op verifier accepts tensors of any element type.
/// </summary>
public sealed record TflElement(string Summary, Func<IRType, bool> Accepts)
{
    public static readonly TflElement F16 = Float(FloatSemantics.Half), F32 = Float(FloatSemantics.Single), F64 = Float(FloatSemantics.Double);
    public static readonly TflElement I1 = Signless(1), I8 = Signless(8), I16 = Signless(16), I32 = Signless(32), I64 = Signless(64);
    public static readonly TflElement UI8 = Unsigned(8), UI16 = Unsigned(16), UI32 = Unsigned(32);

    /// <summary>TFL_Int32Or64 (SignlessIntOfWidths&lt;[32, 64]&gt;).</summary>
    public static readonly TflElement I32OrI64 = new("32-bit signless integer or 64-bit signless integer",
        t => t is IntegerType { IsSignless: true, Width: 32 or 64 });

    public static readonly TflElement QI4 = Quantized(4, true), QI8 = Quantized(8, true), QUI8 = Quantized(8, false);
    public static readonly TflElement QI16 = Quantized(16, true), QUI16 = Quantized(16, false), QI32 = Quantized(32, true);
    public static readonly TflElement QUI32 = Quantized(32, false);

    /// <summary>TFL_Quint8: TensorFlow's quint8 type.</summary>
    public static readonly TflElement Quint8 = new("TFLite quint8 type", TflQuantTypes.IsTfQuint8);

    /// <summary>TFL_Str: TensorFlow's string type.</summary>
    public static readonly TflElement Str = new("TFLite string type", TflQuantTypes.IsTfString);

    public static readonly TflElement ComplexF32 = new("complex type with 32-bit float elements",
        t => t is ComplexType { ElementType: FloatType f } && ReferenceEquals(f.Semantics, FloatSemantics.Single));

    public static readonly TflElement Any = new("any type", _ => true);

    private static TflElement Float(FloatSemantics semantics) =>
        new($"{semantics.BitWidth}-bit float", t => t is FloatType f && ReferenceEquals(f.Semantics, semantics));

    private static TflElement Signless(int width) =>
        new($"{width}-bit signless integer", t => t is IntegerType { IsSignless: true } i && i.Width == width);

    private static TflElement Unsigned(int width) =>
        new($"{width}-bit unsigned integer", t => t is IntegerType { IsUnsigned: true } i && i.Width == width);

    /// <summary>QI8, QUI8, ...: a quantized type whose storage has this width and signedness.</summary>
    private static TflElement Quantized(int width, bool signed) =>
        new($"Q{(signed ? "" : "U")}I{width} type", t => TflQuantTypes.IsQuantizedWith(t, width, signed));

    /// <summary>`tensor of A or B values`, the summary of TensorOf&lt;[A, B]&gt;.</summary>
    public static string TensorSummary(IReadOnlyList<TflElement> elements) =>
        "tensor of " + string.Join(" or ", elements.Select(e => e.Summary)) + " values";
}

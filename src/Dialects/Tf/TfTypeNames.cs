namespace Lce.Dialects.Tf;

using Lce.IR;
using Lce.IR.Numerics;

/// <summary>
/// The `tf_type` type mnemonics (TensorFlow's types.def plus `control` and `tensor`) and how
/// reference types map back to the value types they refer to.
/// </summary>
public static class TfTypeNames
{
    public const string Resource = "resource";
    public const string Variant = "variant";

    /// <summary>Types printed as their name alone: quantized, string, the reference types, control and opaque tensor.</summary>
    public static readonly IReadOnlyList<string> Simple =
    [
        "qint8", "qint16", "qint32", "quint8", "quint16", "string",
        "f32ref", "f64ref", "uint4ref", "int4ref", "uint8ref", "int8ref", "uint16ref", "int16ref",
        "uint32ref", "int32ref", "uint64ref", "int64ref", "stringref", "boolref", "quint8ref", "qint8ref",
        "quint16ref", "qint16ref", "qint32ref", "bfloat16ref", "complex64ref", "complex128ref", "halfref",
        "resourceref", "float8e4m3fnref", "float8e5m2ref", "float8e4m3fnuzref", "float8e5m2fnuzref", "variantref",
        "control", "tensor",
    ];

    /// <summary>Every mnemonic <see cref="TfType.Get"/> accepts (resource and variant included).</summary>
    public static readonly HashSet<string> All = [.. Simple, Resource, Variant];

    public static bool IsRefName(string name) => name.EndsWith("ref", StringComparison.Ordinal) && name != "resource";

    /// <summary>
    /// The value type a reference type refers to (TensorFlowRefType::RemoveRef): `f32ref` is f32,
    /// `int8ref` i8, `uint8ref` ui8, `stringref` `!tf_type.string`; any other type is returned as is.
    /// </summary>
    public static IRType Dereferenced(IRContext ctx, IRType type)
    {
        if (type is not TfType { IsRef: true } t) return type;
        IRType F(FloatSemantics s) => FloatType.Get(ctx, s);
        IRType I(int w, Signedness s = Signedness.Signless) => IntegerType.Get(ctx, w, s);
        return t.Name switch
        {
            "f32ref" => F(FloatSemantics.Single),
            "f64ref" => F(FloatSemantics.Double),
            "halfref" => F(FloatSemantics.Half),
            "bfloat16ref" => F(FloatSemantics.BFloat16),
            "float8e4m3fnref" => F(FloatSemantics.Float8E4M3FN),
            "float8e5m2ref" => F(FloatSemantics.Float8E5M2),
            "float8e4m3fnuzref" => F(FloatSemantics.Float8E4M3FNUZ),
            "float8e5m2fnuzref" => F(FloatSemantics.Float8E5M2FNUZ),
            "boolref" => I(1),
            "int4ref" => I(4, Signedness.Signed),
            "int8ref" => I(8), "int16ref" => I(16), "int32ref" => I(32), "int64ref" => I(64),
            "uint4ref" => I(4, Signedness.Unsigned), "uint8ref" => I(8, Signedness.Unsigned),
            "uint16ref" => I(16, Signedness.Unsigned), "uint32ref" => I(32, Signedness.Unsigned),
            "uint64ref" => I(64, Signedness.Unsigned),
            "complex64ref" => ComplexType.Get(ctx, F(FloatSemantics.Single)),
            "complex128ref" => ComplexType.Get(ctx, F(FloatSemantics.Double)),
            _ => TfType.Get(ctx, t.Name[..^3]),
        };
    }

    /// <summary>IsValidTFElementType: complex, float, integer, tf_type and quantized types.</summary>
    public static bool IsValidElementType(IRType t) =>
        t is ComplexType or FloatType or IntegerType or TfType or Quant.QuantizedType;

    /// <summary>IsValidTFTensorType: a (ranked or unranked) tensor of a valid element type.</summary>
    public static bool IsValidTensorType(IRType t) =>
        t is RankedTensorType or UnrankedTensorType && IsValidElementType(((ShapedType)t).ElementType);
}

namespace Lce.Dialects.Tf;

using Lce.IR;
using Lce.IR.Numerics;

/// <summary>
/// TensorFlow's ODS type and attribute constraints (tf_op_base.td) with their summaries, so that
/// operand/result/attribute errors read as TF's: an element constraint accepts the builtin type
/// and its `tf_type` reference type (`f32` or `!tf_type.f32ref` for "32-bit float").
/// </summary>
public static class TfConstraints
{
    /// <summary>An element-type constraint: its ODS summary and predicate.</summary>
    public sealed record Element(string Summary, Func<IRType, bool> Accepts)
    {
        public Element Or(string summary, params Element[] others) =>
            new(summary, t => Accepts(t) || others.Any(o => o.Accepts(t)));
    }

    private static Element Of(string summary, Func<IRType, bool> builtin, string refName) =>
        new(summary, t => builtin(t) || t is TfType r && r.Name == refName);

    private static bool Float(IRType t, FloatSemantics s) => t is FloatType f && ReferenceEquals(f.Semantics, s);
    private static bool Int(IRType t, int w, Signedness s) => t is IntegerType i && i.Width == w && i.Signedness == s;
    private static bool Complex(IRType t, FloatSemantics s) => t is ComplexType c && Float(c.ElementType, s);
    private static Element TfNamed(string summary, string name, string refName) =>
        new(summary, t => t is TfType x && (x.Name == name || x.Name == refName));

    public static readonly Element Bfloat16 = Of("bfloat16", t => Float(t, FloatSemantics.BFloat16), "bfloat16ref");
    public static readonly Element Float16 = Of("16-bit float", t => Float(t, FloatSemantics.Half), "halfref");
    public static readonly Element Float32 = Of("32-bit float", t => Float(t, FloatSemantics.Single), "f32ref");
    public static readonly Element Float64 = Of("64-bit float", t => Float(t, FloatSemantics.Double), "f64ref");
    public static readonly Element Float8E4M3FN = Of("float8e4m3fn", t => Float(t, FloatSemantics.Float8E4M3FN), "float8e4m3fnref");
    public static readonly Element Float8E5M2 = Of("float8e5m2", t => Float(t, FloatSemantics.Float8E5M2), "float8e5m2ref");
    public static readonly Element AnyFloat = Float16.Or("floating-point", Float32, Float64, Bfloat16, Float8E4M3FN, Float8E5M2);

    public static readonly Element Complex64 = Of("64-bit complex", t => Complex(t, FloatSemantics.Single), "complex64ref");
    public static readonly Element Complex128 = Of("128-bit complex", t => Complex(t, FloatSemantics.Double), "complex128ref");
    public static readonly Element AnyComplex = Complex64.Or("complex", Complex128);

    public static readonly Element Bool = Of("bool", t => Int(t, 1, Signedness.Signless), "boolref");
    public static readonly Element Int4 = Of("4-bit integer", t => Int(t, 4, Signedness.Signed), "int4ref");
    public static readonly Element Int8 = Of("8-bit integer", t => Int(t, 8, Signedness.Signless), "int8ref");
    public static readonly Element Int16 = Of("16-bit integer", t => Int(t, 16, Signedness.Signless), "int16ref");
    public static readonly Element Int32 = Of("32-bit integer", t => Int(t, 32, Signedness.Signless), "int32ref");
    public static readonly Element Int64 = Of("64-bit integer", t => Int(t, 64, Signedness.Signless), "int64ref");
    public static readonly Element I32OrI64 = Int32.Or("32/64-bit signed integer", Int64);
    public static readonly Element Uint4 = Of("4-bit unsigned integer", t => Int(t, 4, Signedness.Unsigned), "uint4ref");
    public static readonly Element Uint8 = Of("8-bit unsigned integer", t => Int(t, 8, Signedness.Unsigned), "uint8ref");
    public static readonly Element Uint16 = Of("16-bit unsigned integer", t => Int(t, 16, Signedness.Unsigned), "uint16ref");
    public static readonly Element Uint32 = Of("32-bit unsigned integer", t => Int(t, 32, Signedness.Unsigned), "uint32ref");
    public static readonly Element Uint64 = Of("64-bit unsigned integer", t => Int(t, 64, Signedness.Unsigned), "uint64ref");
    public static readonly Element SInt = Int4.Or("signed integer", Int8, Int16, Int32, Int64);
    public static readonly Element UInt = Uint4.Or("unsigned integer", Uint8, Uint16, Uint32, Uint64);
    public static readonly Element AnyInt = SInt.Or("integer", UInt);

    public static readonly Element Qint8 = TfNamed("8-bit quantized integer", "qint8", "qint8ref");
    public static readonly Element Qint16 = TfNamed("16-bit quantized integer", "qint16", "qint16ref");
    public static readonly Element Qint32 = TfNamed("32-bit quantized integer", "qint32", "qint32ref");
    public static readonly Element Quint8 = TfNamed("8-bit quantized unsigned integer", "quint8", "quint8ref");
    public static readonly Element Quint16 = TfNamed("16-bit quantized unsigned integer", "quint16", "quint16ref");
    public static readonly Element Quantized = Qint8.Or("quantized", Qint16, Qint32, Quint8, Quint16);
    public static readonly Element Number = AnyInt.Or("number", AnyFloat, Quantized, AnyComplex);

    /// <summary>TF_ElementType: float, complex, integer, bool or any `tf_type` type.</summary>
    public static readonly Element Dtype = new("tf.dtype", t => AnyFloat.Accepts(t) || AnyComplex.Accepts(t) || AnyInt.Accepts(t) || Bool.Accepts(t) || t is TfType);

    /// <summary>TensorOf&lt;[...]&gt;: a ranked or unranked tensor whose element type one of the constraints accepts.</summary>
    public static TypeConstraint TensorOf(params Element[] elements) =>
        new("tensor of " + string.Join(" or ", elements.Select(e => e.Summary)) + " values",
            t => t is RankedTensorType or UnrankedTensorType && elements.Any(e => e.Accepts(((ShapedType)t).ElementType)));

    public static readonly TypeConstraint Tensor = TensorOf(Dtype);
    public static readonly TypeConstraint BoolTensor = TensorOf(Bool);
    public static readonly TypeConstraint I32OrI64Tensor = TensorOf(I32OrI64);
    public static readonly TypeConstraint FloatTensor = TensorOf(AnyFloat);
    public static readonly TypeConstraint NumberTensor = TensorOf(Number);

    // ------------------------------------------------------------------ attributes

    public static readonly AttrConstraint ElementsAttr = new("constant vector/tensor attribute", a => a is IR.ElementsAttr);
    public static readonly AttrConstraint StrAttr = new("string attribute", a => a is StringAttr);
    public static readonly AttrConstraint BoolAttrC = new("bool attribute", IR.BoolAttr.IsBool);
    public static readonly AttrConstraint F32Attr = new("32-bit float attribute", a => a is FloatAttr { FloatType.Width: 32 } f && ReferenceEquals(f.FloatType.Semantics, FloatSemantics.Single));
    public static readonly AttrConstraint I64ArrayAttr = new("64-bit integer array attribute", IsI64Array);

    /// <summary>ConfinedAttr&lt;I64ArrayAttr, [ArrayMinCount&lt;n&gt;]&gt;.</summary>
    public static AttrConstraint I64ArrayMinCount(int n) =>
        new($"64-bit integer array attribute with at least {n} elements", a => IsI64Array(a) && ((ArrayAttr)a).Count >= n);

    private static bool IsI64Array(IRAttribute a) =>
        a is ArrayAttr arr && arr.Elements.All(e => e is IntegerAttr { Type: IntegerType { Width: 64, IsSignless: true } });

    /// <summary>TF_AnyStrAttrOf: a string attribute with one of the listed values.</summary>
    public static AttrConstraint AnyStrAttrOf(params string[] cases) =>
        new("string attribute whose value is " + string.Join(", or ", cases), a => a is StringAttr s && cases.Contains(s.Value));

    /// <summary>TF_ConvnetDataFormatAttr.</summary>
    public static readonly AttrConstraint ConvnetDataFormat =
        new("'NHWC' or 'NCHW' convnet data format", a => a is StringAttr { Value: "NHWC" or "NCHW" });
}

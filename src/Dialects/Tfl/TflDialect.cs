namespace Lce.Dialects.Tfl;

using Lce.IR;

/// <summary>
/// The `tfl` (TensorFlow Lite) dialect as TensorFlow 2.16's converter defines it, for the ops
/// LCE's passes create and match: elementwise arithmetic and comparisons, convolutions, pooling,
/// shape ops, activations, quantize/dequantize, `tfl.custom`, `tfl.no_value` and
/// `tfl.pseudo_const`, and the `#tfl&lt;const_bytes : "0x..."&gt;` attribute. Inherent attributes
/// live in the attribute dictionary (TF builds without properties), so generic ops print them in
/// `{...}`. Ops are declared in the partial files TflDialect.*.cs.
/// </summary>
public sealed partial class TflDialect : Dialect
{
    public const string Name = "tfl";
    public override string Namespace => Name;

    /// <summary>TF's TensorFlowLiteInlinerInterface: any op may be inlined; regions only into `tfl.while`.</summary>
    public override DialectInlinerInterface InlinerInterface { get; } = new TflInlinerInterface();

    /// <summary>The dialect instance of a context, registering it on first use.</summary>
    public static TflDialect Of(IRContext ctx) => ctx.GetDialect(Name) as TflDialect ?? ctx.Register<TflDialect>();

    protected override void Define()
    {
        DefineBinaryOps();
        DefineComparisons();
        DefineConvolutions();
        DefinePooling();
        DefineShapeOps();
        DefinePadding();
        DefineActivations();
        DefineQuantization();
        DefineConstants();
        DefineCustom();
        DefineSelectAndFriends();
        DefineCast();
    }

    /// <summary>Parses `&lt;const_bytes : "..."&gt;`, the only tfl attribute implemented.</summary>
    public override IRAttribute? ParseAttribute(IDialectAsmParser parser, IRType? type) => ConstBytesSyntax.Parse(parser);

    public override bool PrintAttribute(IRAttribute attr, IDialectAsmPrinter printer)
    {
        if (attr is not ConstBytesAttr bytes) return false;
        printer.Write(bytes.Body(printer.Flags));
        return true;
    }

    /// <summary>
    /// TFLDialect::materializeConstant: elements whose type differs from the wanted type become
    /// `tfl.pseudo_const`; what `arith.constant` can hold becomes one; `unit` of type `none`
    /// becomes `tfl.no_value`. (TF would assert on a ConstBytesAttr; here nothing is built.)
    /// </summary>
    public override Operation? MaterializeConstant(Builder builder, IRAttribute value, IRType type, Location loc)
    {
        if (value is ElementsAttr elements && !ReferenceEquals(elements.Type, type))
            return TflBuild.PseudoConst(builder, loc, elements, type).DefiningOp;
        if (Arith.ConstantOp.IsBuildableWith(value, type)) return Arith.ConstantOp.Build(builder, value, loc);
        if (TflConstants.NoValueIsBuildableWith(value, type)) return TflBuild.NoValue(builder, loc).DefiningOp;
        return null;
    }

    private sealed class TflInlinerInterface : DialectInlinerInterface
    {
        public override bool IsLegalToInline(Operation call, Operation callable, bool wouldBeCloned) => true;
        public override bool IsLegalToInline(Operation op, Region dest, bool wouldBeCloned, IRMapping valueMapping) => true;
        public override bool IsLegalToInline(Region dest, Region src, bool wouldBeCloned, IRMapping valueMapping) =>
            dest.Owner?.Name == "tfl.while";
    }
}

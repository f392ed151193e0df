namespace Lce.Dialects.Tf;

using Lce.IR;

/// <summary>
/// TensorFlow's `tf_type` dialect (types only): parses and prints <see cref="TfType"/>s as
/// TFTypeDialect::parseType/printType do, with their messages.
/// </summary>
public sealed class TfTypeDialect : Dialect
{
    public const string Name = "tf_type";
    public override string Namespace => Name;

    public static TfTypeDialect Of(IRContext ctx) => ctx.GetDialect(Name) as TfTypeDialect ?? ctx.Register<TfTypeDialect>();

    protected override void Define() { }

    /// <summary>
    /// The mnemonic picks the type; any mnemonic starting with `resource`/`variant` is a handle
    /// type with optional `&lt;tensor types&gt;` (TF checks only the prefix).
    /// </summary>
    public override IRType? ParseType(IDialectAsmParser parser)
    {
        var body = parser.Body;
        int lo = 0, hi = body.Length;
        if (body.StartsWith('.')) lo = 1;
        else if (body.Length >= 2 && body[0] == '<' && body[^1] == '>') { lo = 1; hi = body.Length - 1; }
        var p = new DialectBodyParser(parser, lo, hi);
        int nameLoc = p.CurrentOffset;
        var tag = p.ParseKeyword();
        if (TfTypeNames.Simple.Contains(tag)) return TfType.Get(p.Context, tag);
        if (tag.StartsWith(TfTypeNames.Resource, StringComparison.Ordinal)) return ParseWithSubtypes(p, nameLoc, TfTypeNames.Resource);
        if (tag.StartsWith(TfTypeNames.Variant, StringComparison.Ordinal)) return ParseWithSubtypes(p, nameLoc, TfTypeNames.Variant);
        throw p.Error("unknown type in TF graph dialect: " + tag, nameLoc);
    }

    /// <summary>`&lt;` tensor-type (`,` tensor-type)* `&gt;`; on failure TF adds "invalid resource/variant type" at the name.</summary>
    private static TfType ParseWithSubtypes(DialectBodyParser p, int nameLoc, string kind)
    {
        if (!p.ParseOptionalPunct('<')) return kind == TfTypeNames.Resource ? TfType.Resource(p.Context) : TfType.Variant(p.Context);
        var subtypes = new List<IRType>();
        try
        {
            do
            {
                int loc = p.CurrentOffset;
                var t = p.ParseType();
                if (t is not (RankedTensorType or UnrankedTensorType)) throw p.Error("invalid kind of type specified", loc);
                if (!TfTypeNames.IsValidTensorType(t)) throw p.Error("invalid subtype: " + t, nameLoc);
                subtypes.Add(t);
            } while (p.ParseOptionalPunct(','));
            p.ParsePunct('>');
        }
        catch (DiagnosticException e)
        {
            p.Emit(e.Diagnostic);
            throw p.Error($"invalid {kind} type", nameLoc);
        }
        return kind == TfTypeNames.Resource ? TfType.Resource(p.Context, [.. subtypes]) : TfType.Variant(p.Context, [.. subtypes]);
    }

    public override bool PrintType(IRType type, IDialectAsmPrinter printer)
    {
        if (type is not TfType t) return false;
        printer.Write("." + t.Name);
        if (t.Subtypes.Count == 0) return true;
        printer.Write("<");
        for (int i = 0; i < t.Subtypes.Count; i++)
        {
            if (i > 0) printer.Write(", ");
            printer.PrintType(t.Subtypes[i]);
        }
        printer.Write(">");
        return true;
    }
}

using System.Globalization;
using System.Text;
using Lce.CodeGen.Tflite.Schema;

namespace Lce.Tests.Tflite;

/// <summary>A canonical text of every field of a model, for structural comparisons in tests.</summary>
internal static class TfliteModelText
{
    public static string Describe(TfliteModel m)
    {
        var s = new StringBuilder();
        s.Append($"version {m.Version} description {Str(m.Description)}\n");
        foreach (var c in m.OperatorCodes) s.Append($"code {c.DeprecatedBuiltinCode} {Str(c.CustomCode)} v{c.Version} {c.BuiltinCode}\n");
        foreach (var g in m.Subgraphs)
        {
            s.Append($"subgraph {Str(g.Name)} in {L(g.Inputs)} out {L(g.Outputs)} dbg {g.DebugMetadataIndex}\n");
            foreach (var t in g.Tensors)
            {
                s.Append($"  tensor {Str(t.Name)} {t.Type} {L(t.Shape)} sig {(t.ShapeSignature is null ? "-" : L(t.ShapeSignature))} buf {t.Buffer} var {t.IsVariable} rank {t.HasRank}");
                if (t.Quantization is { } q)
                    s.Append($" q[min {L(q.Min)} max {L(q.Max)} scale {L(q.Scale)} zp {L(q.ZeroPoint)} dim {q.QuantizedDimension} {q.DetailsType} {Hex(q.CustomDetails)}]");
                s.Append('\n');
            }
            foreach (var o in g.Operators)
                s.Append($"  op {o.OpcodeIndex} in {L(o.Inputs)} out {L(o.Outputs)} opts {Options(o.BuiltinOptions)} custom {(o.HasCustomOptions ? Hex(o.CustomOptions) : "-")} "
                    + $"fmt {o.CustomOptionsFormat} mut {L(o.MutatingVariableInputs)} inter {L(o.Intermediates)} large {o.LargeCustomOptionsOffset}/{o.LargeCustomOptionsSize} dbg {o.DebugMetadataIndex}\n");
        }
        foreach (var b in m.Buffers) s.Append($"buffer {Hex(b.Data)} {b.Offset}/{b.Size}\n");
        s.Append($"metadata_buffer {L(m.MetadataBuffer)}\n");
        foreach (var md in m.Metadata) s.Append($"metadata {Str(md.Name)} {md.Buffer}\n");
        foreach (var sd in m.SignatureDefs)
            s.Append($"signature {Str(sd.SignatureKey)} sg {sd.SubgraphIndex} in {string.Join(",", sd.Inputs.Select(x => $"{Str(x.Name)}:{x.TensorIndex}"))} out {string.Join(",", sd.Outputs.Select(x => $"{Str(x.Name)}:{x.TensorIndex}"))}\n");
        return s.ToString();
    }

    private static string Options(BuiltinOptions? o) => o switch
    {
        null => "-",
        ReshapeOptions r => "Reshape" + (r.NewShape is null ? "-" : L(r.NewShape)),
        SqueezeOptions q => "Squeeze" + L(q.SqueezeDims),
        _ => o.ToString()!,
    };

    private static string Str(string? s) => s is null ? "-" : $"'{s}'";
    private static string Hex(ReadOnlyMemory<byte> b) => Convert.ToHexString(b.Span);

    private static string L<T>(IEnumerable<T> items) => "[" + string.Join(",", items.Select(x => x switch
    {
        float f => BitConverter.SingleToInt32Bits(f).ToString(CultureInfo.InvariantCulture),
        IFormattable v => v.ToString(null, CultureInfo.InvariantCulture),
        _ => x?.ToString(),
    })) + "]";
}

namespace Lce.Dialects.Tf;

using Lce.IR;

/// <summary>
/// Typed reads of tf ops' inherent attributes with TF's defaults for the optional ones, for
/// verifiers and passes (e.g. a missing Conv2D `dilations` reads as [1, 1, 1, 1]).
/// </summary>
public static class TfAttrs
{
    /// <summary>Conv2D/MaxPool-style attributes.</summary>
    public sealed record ConvAttrs(IReadOnlyList<long> Strides, IReadOnlyList<long> Dilations, string Padding,
        IReadOnlyList<long> ExplicitPaddings, string DataFormat, bool UseCudnnOnGpu);

    public static ConvAttrs Conv(Operation op) => new(
        I64Array(op, "strides") ?? [],
        I64Array(op, "dilations") ?? [1, 1, 1, 1],
        String(op, "padding") ?? "",
        I64Array(op, "explicit_paddings") ?? [],
        String(op, "data_format") ?? "NHWC",
        Bool(op, "use_cudnn_on_gpu") ?? true);

    /// <summary>An I64ArrayAttr's values, or null when absent or of another kind.</summary>
    public static IReadOnlyList<long>? I64Array(Operation op, string name) =>
        op.GetAttr(name) is ArrayAttr a && a.Elements.All(e => e is IntegerAttr)
            ? a.Elements.Select(e => (long)((IntegerAttr)e).Value).ToArray() : null;

    public static string? String(Operation op, string name) => op.GetAttr(name) is StringAttr s ? s.Value : null;

    public static bool? Bool(Operation op, string name) => op.GetAttr(name) is IntegerAttr { IsBool: true } b ? !b.Value.IsZero : null;

    public static double? Float(Operation op, string name) => op.GetAttr(name) is FloatAttr f ? f.ToDouble() : null;

    /// <summary>An I64ArrayAttr of <paramref name="values"/>, as TF ops store strides, ksize, perm-like lists.</summary>
    public static ArrayAttr I64ArrayAttr(IRContext ctx, IEnumerable<long> values) =>
        ArrayAttr.Get(ctx, values.Select(v => (IRAttribute)IntegerAttr.Get(ctx, 64, v)));
}

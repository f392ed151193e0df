namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;

/// <summary>
/// Attribute readers shared by the tf bindings: TF keeps `data_format`, `padding`,
/// `explicit_paddings`, `strides`, `dilations` and `ksize` in the attribute dictionary, the
/// 4-element lists in NHWC order.
/// </summary>
internal static class TfBindingSupport
{
    /// <summary>`data_format` must be NHWC (the default when absent): the kernels are NHWC only.</summary>
    public static void RequireNhwc(BindingContext ctx)
    {
        if (ctx.HasAttr("data_format") && ctx.StringAttr("data_format") is var f && f != "NHWC")
            throw ctx.Error($"data_format '{f}' is not supported (only NHWC)");
    }

    public static TfPaddingKind PaddingKind(BindingContext ctx) => ctx.StringAttr("padding") switch
    {
        "SAME" => TfPaddingKind.Same,
        "VALID" => TfPaddingKind.Valid,
        "EXPLICIT" => TfPaddingKind.Explicit,
        var s => throw ctx.Error($"unknown padding '{s}'"),
    };

    /// <summary>
    /// A 4-element NHWC list whose batch and channel entries must be 1 (strides, dilations, ksize);
    /// returns the (H, W) entries. An absent attribute gives <paramref name="absent"/>.
    /// </summary>
    public static (int H, int W) Spatial(BindingContext ctx, string name, (int, int)? absent = null)
    {
        if (!ctx.HasAttr(name))
            return absent ?? throw ctx.Error($"missing attribute '{name}'");
        long[] v = ctx.IntArrayAttr(name);
        if (v.Length != 4) throw ctx.Error($"'{name}' has {v.Length} entries, expected 4");
        if (v[0] != 1 || v[3] != 1) throw ctx.Error($"'{name}' [{string.Join(", ", v)}] must be 1 in the batch and channel dimensions");
        int h = TflBindingSupport.ToInt(ctx, v[1], $"'{name}'"), w = TflBindingSupport.ToInt(ctx, v[2], $"'{name}'");
        if (h < 1 || w < 1) throw ctx.Error($"'{name}' [{string.Join(", ", v)}] must be positive");
        return (h, w);
    }

    /// <summary>
    /// `explicit_paddings` for EXPLICIT padding: 8 values, [[0, 0], [top, bottom], [left, right], [0, 0]];
    /// zeros for the other paddings.
    /// </summary>
    public static (int Top, int Bottom, int Left, int Right) ExplicitPaddings(BindingContext ctx, TfPaddingKind kind)
    {
        if (kind != TfPaddingKind.Explicit) return (0, 0, 0, 0);
        long[] p = ctx.HasAttr("explicit_paddings") ? ctx.IntArrayAttr("explicit_paddings") : [];
        if (p.Length != 8) throw ctx.Error($"EXPLICIT padding needs 8 explicit_paddings, got {p.Length}");
        if (p[0] != 0 || p[1] != 0 || p[6] != 0 || p[7] != 0)
            throw ctx.Error("explicit_paddings must be 0 in the batch and channel dimensions");
        if (p.Any(x => x < 0)) throw ctx.Error("explicit_paddings must not be negative");
        int I(long x) => TflBindingSupport.ToInt(ctx, x, "explicit_paddings");
        return (I(p[2]), I(p[3]), I(p[4]), I(p[5]));
    }

    /// <summary>The (H, W) windows of a convolution or pool over an NHWC input; errors become diagnostics.</summary>
    public static (TfWindow H, TfWindow W) Windows(BindingContext ctx, int[] input, (int H, int W) filter,
        (int H, int W) strides, (int H, int W) dilations, TfPaddingKind kind, (int Top, int Bottom, int Left, int Right) pads)
    {
        if (input.Length != 4) throw ctx.Error($"input {ctx.Inputs[0]} is not rank 4");
        try
        {
            return (TfPadding.Window(kind, input[1], filter.H, strides.H, dilations.H, pads.Top, pads.Bottom),
                TfPadding.Window(kind, input[2], filter.W, strides.W, dilations.W, pads.Left, pads.Right));
        }
        catch (ArgumentException e)
        {
            throw ctx.Error(e.Message);
        }
    }
}

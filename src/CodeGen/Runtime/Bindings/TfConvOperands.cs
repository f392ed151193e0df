namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;

// How the tf convolutions feed TFLite's kernels: the filter layout change and EXPLICIT padding.

/// <summary>The HWIO → OHWI transpose of a conv filter: done once for a constant, else per run into a buffer.</summary>
internal sealed class HwioToOhwi
{
    private static readonly int[] Perm = [3, 0, 1, 2];
    private readonly int[] _hwio;
    private readonly float[]? _constant;
    private readonly float[] _buffer;

    public int[] Shape { get; }

    public HwioToOhwi(BindingContext ctx, int operand, int[] hwio)
    {
        _hwio = hwio;
        Shape = DataMovement.TransposeShape(hwio, Perm);
        _buffer = new float[TflCommon.FlatSize(hwio)];
        if (ctx.Constant(operand) is { } c)
        {
            _constant = _buffer;
            DataMovement.Transpose<float>(c.Span<float>(), hwio, Perm, _constant);
        }
    }

    public ReadOnlySpan<float> Filter(Tensor filter)
    {
        if (_constant is not null) return _constant;
        DataMovement.Transpose<float>(filter.Span<float>(), _hwio, Perm, _buffer);
        return _buffer;
    }
}

/// <summary>EXPLICIT padding as a zero pad of the NHWC input (identity for SAME/VALID).</summary>
internal sealed class ExplicitPadder
{
    private readonly int[] _input;
    private readonly (int, int)[]? _paddings;
    private readonly float[] _buffer;

    /// <summary>The shape the convolution sees (the padded one for EXPLICIT).</summary>
    public int[] Shape { get; }

    private ExplicitPadder(int[] input, (int, int)[]? paddings)
    {
        _input = input;
        _paddings = paddings;
        Shape = paddings is null ? input : DataMovement.PadShape(input, paddings);
        _buffer = paddings is null ? [] : new float[TflCommon.FlatSize(Shape)];
    }

    public static ExplicitPadder Create(int[] input, TfPaddingKind kind, (int Top, int Bottom, int Left, int Right) p) =>
        new(input, kind == TfPaddingKind.Explicit ? [(0, 0), (p.Top, p.Bottom), (p.Left, p.Right), (0, 0)] : null);

    public ReadOnlySpan<float> Apply(ReadOnlySpan<float> input)
    {
        if (_paddings is null) return input;
        DataMovement.Pad(input, _input, _paddings, 0f, _buffer);
        return _buffer;
    }
}

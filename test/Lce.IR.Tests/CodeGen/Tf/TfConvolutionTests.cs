using Lce.CodeGen.Reference;
using Lce.Tests.CodeGen.Tfl;
using static Lce.Tests.CodeGen.Tf.TfRun;

namespace Lce.Tests.CodeGen.Tf;

/// <summary>
/// tf.Conv2D and tf.DepthwiseConv2dNative through the executor against a direct formulation of
/// TensorFlow's definition (HWIO / HWCM filters indexed as they are, padding taps as zeros,
/// the same summation order), for random shapes, groups, strides, dilations and all paddings.
/// </summary>
public class TfConvolutionTests
{
    private sealed record Case(int N, int H, int W, int Kh, int Kw, int Sh, int Sw, int Dh, int Dw, TfPaddingKind Padding,
        int Top, int Bottom, int Left, int Right, TfWindow Wh, TfWindow Ww);

    private static Case? Draw(Random r, int h, int w)
    {
        var padding = (TfPaddingKind)r.Next(3);
        int kh = r.Next(1, 4), kw = r.Next(1, 4), sh = r.Next(1, 4), sw = r.Next(1, 4), dh = r.Next(1, 3), dw = r.Next(1, 3);
        int top = 0, bottom = 0, left = 0, right = 0;
        if (padding == TfPaddingKind.Explicit) (top, bottom, left, right) = (r.Next(3), r.Next(3), r.Next(3), r.Next(3));
        try
        {
            var wh = TfPadding.Window(padding, h, kh, sh, dh, top, bottom);
            var ww = TfPadding.Window(padding, w, kw, sw, dw, left, right);
            if (wh.Output < 1 || ww.Output < 1) return null;
            return new Case(r.Next(1, 3), h, w, kh, kw, sh, sw, dh, dw, padding, wh.PadBefore, wh.PadAfter, ww.PadBefore, ww.PadAfter, wh, ww);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string Attrs(Case c) =>
        $"data_format = \"NHWC\", dilations = [1, {c.Dh}, {c.Dw}, 1], " +
        (c.Padding == TfPaddingKind.Explicit ? $"explicit_paddings = [0, 0, {c.Top}, {c.Bottom}, {c.Left}, {c.Right}, 0, 0], " : "") +
        $"padding = \"{c.Padding.ToString().ToUpperInvariant()}\", strides = [1, {c.Sh}, {c.Sw}, 1]";

    /// <summary>Input element, zero outside the image (the padding).</summary>
    private static float At(float[] x, Case c, int ch, int b, int iy, int ix, int k) =>
        iy < 0 || iy >= c.H || ix < 0 || ix >= c.W ? 0f : x[((b * c.H + iy) * c.W + ix) * ch + k];

    [Fact]
    public void Conv2DMatchesTensorFlowsDefinition() => TflTestSupport.Check(r =>
    {
        if (Draw(r, r.Next(1, 7), r.Next(1, 7)) is not { } c) return;
        int groups = r.Next(1, 4), perGroup = r.Next(1, 4), cin = groups * perGroup, cout = groups * r.Next(1, 3);
        float[] x = TflTestSupport.Floats(r, c.N * c.H * c.W * cin), f = TflTestSupport.Floats(r, c.Kh * c.Kw * perGroup * cout);
        int[] xs = [c.N, c.H, c.W, cin], fs = [c.Kh, c.Kw, perGroup, cout], os = [c.N, c.Wh.Output, c.Ww.Output, cout];
        var actual = RunFloats($$"""
            func.func @main(%x: {{T(xs)}}, %f: {{T(fs)}}) -> {{T(os)}} {
              %0 = "tf.Conv2D"(%x, %f) {{{Attrs(c)}}} : ({{T(xs)}}, {{T(fs)}}) -> {{T(os)}}
              return %0 : {{T(os)}}
            }
            """, (xs, x), (fs, f));
        var expected = new float[actual.Length];
        int o = 0, outPerGroup = cout / groups;
        for (int b = 0; b < c.N; b++)
        for (int oy = 0; oy < c.Wh.Output; oy++)
        for (int ox = 0; ox < c.Ww.Output; ox++)
        for (int oc = 0; oc < cout; oc++)
        {
            int g = oc / outPerGroup;
            float total = 0f;
            for (int fy = 0; fy < c.Kh; fy++)
            for (int fx = 0; fx < c.Kw; fx++)
            for (int k = 0; k < perGroup; k++)
                total += At(x, c, cin, b, oy * c.Sh - c.Top + fy * c.Dh, ox * c.Sw - c.Left + fx * c.Dw, g * perGroup + k)
                    * f[((fy * c.Kw + fx) * perGroup + k) * cout + oc];
            expected[o++] = total + 0f;
        }
        TflTestSupport.AssertSameFloats(expected, actual);
    }, count: 120);

    [Fact]
    public void DepthwiseMatchesTensorFlowsDefinition() => TflTestSupport.Check(r =>
    {
        if (Draw(r, r.Next(1, 7), r.Next(1, 7)) is not { } c) return;
        int channels = r.Next(1, 5), multiplier = r.Next(1, 4);
        float[] x = TflTestSupport.Floats(r, c.N * c.H * c.W * channels), f = TflTestSupport.Floats(r, c.Kh * c.Kw * channels * multiplier);
        int[] xs = [c.N, c.H, c.W, channels], fs = [c.Kh, c.Kw, channels, multiplier], os = [c.N, c.Wh.Output, c.Ww.Output, channels * multiplier];
        var actual = RunFloats($$"""
            func.func @main(%x: {{T(xs)}}, %f: {{T(fs)}}) -> {{T(os)}} {
              %0 = "tf.DepthwiseConv2dNative"(%x, %f) {{{Attrs(c)}}} : ({{T(xs)}}, {{T(fs)}}) -> {{T(os)}}
              return %0 : {{T(os)}}
            }
            """, (xs, x), (fs, f));
        var expected = new float[actual.Length];
        int o = 0;
        for (int b = 0; b < c.N; b++)
        for (int oy = 0; oy < c.Wh.Output; oy++)
        for (int ox = 0; ox < c.Ww.Output; ox++)
        for (int k = 0; k < channels; k++)
        for (int m = 0; m < multiplier; m++)
        {
            float total = 0f;
            for (int fy = 0; fy < c.Kh; fy++)
            for (int fx = 0; fx < c.Kw; fx++)
                total += At(x, c, channels, b, oy * c.Sh - c.Top + fy * c.Dh, ox * c.Sw - c.Left + fx * c.Dw, k)
                    * f[((fy * c.Kw + fx) * channels + k) * multiplier + m];
            expected[o++] = total + 0f;
        }
        TflTestSupport.AssertSameFloats(expected, actual);
    }, count: 120);

    [Fact]
    public void ConstantFilterIsTransposedOnce()
    {
        // A 2x1 HWIO filter on a 1x1 image with SAME padding: only the row-0 tap reads the pixel.
        var y = RunFloats("""
            func.func @main(%x: tensor<1x1x1x2xf32>) -> tensor<1x1x1x2xf32> {
              %f = "tf.Const"() {value = dense<[[[[0.5, -1.0], [2.0, 0.25]]], [[[1.5, -0.75], [3.0, -2.0]]]]> : tensor<2x1x2x2xf32>} : () -> tensor<2x1x2x2xf32>
              %0 = "tf.Conv2D"(%x, %f) {padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<1x1x1x2xf32>, tensor<2x1x2x2xf32>) -> tensor<1x1x1x2xf32>
              return %0 : tensor<1x1x1x2xf32>
            }
            """, ([1, 1, 1, 2], [1f, 10f]));
        // HWIO [0, 0, i, o]: o = 0 reads w[0] (i = 0) and w[2] (i = 1); o = 1 reads w[1] and w[3].
        Assert.Equal([0.5f + 20f, -1f + 2.5f], y);
    }

    [Theory]
    [InlineData("data_format = \"NCHW\", padding = \"VALID\", strides = [1, 1, 1, 1]", "data_format 'NCHW' is not supported (only NHWC)")]
    [InlineData("padding = \"VALID\", strides = [2, 1, 1, 1]", "'strides' [2, 1, 1, 1] must be 1 in the batch and channel dimensions")]
    [InlineData("padding = \"EXPLICIT\", explicit_paddings = [0, 0, 1, 1], strides = [1, 1, 1, 1]", "EXPLICIT padding needs 8 explicit_paddings, got 4")]
    [InlineData("padding = \"VALID\", strides = [1, 1, 1, 1], dilations = [1, 1, 1, 2]", "'dilations' [1, 1, 1, 2] must be 1 in the batch and channel dimensions")]
    public void UnsupportedAttributesAreErrorsAtTheOp(string attrs, string message)
    {
        string text = $$"""
            func.func @main(%x: tensor<1x3x3x2xf32>, %f: tensor<1x1x2x1xf32>) -> tensor<1x3x3x1xf32> {
              %0 = "tf.Conv2D"(%x, %f) {{{attrs}}} : (tensor<1x3x3x2xf32>, tensor<1x1x2x1xf32>) -> tensor<1x3x3x1xf32>
              return %0 : tensor<1x3x3x1xf32>
            }
            """;
        Assert.Equal($"test.mlir:2:8: error: 'tf.Conv2D': {message}", Error(text));
    }
}

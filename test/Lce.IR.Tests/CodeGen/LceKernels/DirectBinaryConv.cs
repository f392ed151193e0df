using Lce.CodeGen.Reference;

namespace Lce.Tests.CodeGen.LceKernels;

/// <summary>
/// The independent formulation the kernels are checked against: a plain float convolution of
/// ±1 values over an explicitly padded image (zeros for same-zero, ones for same-one), then
/// the activation clamp and y = dot·m + b in double. Output size and padding are computed
/// here from TFLite's definition, not taken from the kernel.
/// </summary>
public static class DirectBinaryConv
{
    /// <summary>Output rows/columns and leading padding of one dimension.</summary>
    public static (int Out, int PadBefore) Dimension(int input, int filter, int stride, int dilation, LcePadding padding)
    {
        int eff = dilation * (filter - 1) + 1;
        int output = padding == LcePadding.Same
            ? (int)Math.Ceiling(input / (double)stride)
            : input >= eff ? (input - eff) / stride + 1 : 0;
        int needed = (output - 1) * stride + eff;
        return (output, needed > input ? (needed - input) / 2 : 0);
    }

    /// <summary>The dot products (before activation), <c>[N, Ho, Wo, Cout]</c>, with the output dimensions.</summary>
    public static (double[] Dots, int Ho, int Wo) Dots(BconvCase c, BconvData d, bool zeroPadding)
    {
        var (ho, padTop) = Dimension(c.Height, c.FilterHeight, c.StrideHeight, c.DilationHeight, c.Padding);
        var (wo, padLeft) = Dimension(c.Width, c.FilterWidth, c.StrideWidth, c.DilationWidth, c.Padding);
        int effH = c.DilationHeight * (c.FilterHeight - 1) + 1, effW = c.DilationWidth * (c.FilterWidth - 1) + 1;
        int hp = Math.Max(padTop + c.Height, (ho - 1) * c.StrideHeight + effH);
        int wp = Math.Max(padLeft + c.Width, (wo - 1) * c.StrideWidth + effW);
        float fill = zeroPadding ? 0f : 1f;
        var padded = new float[c.Batches * hp * wp * c.ChannelsIn];
        Array.Fill(padded, fill);
        for (int n = 0; n < c.Batches; n++)
            for (int y = 0; y < c.Height; y++)
                for (int x = 0; x < c.Width; x++)
                    Array.Copy(d.Input, ((n * c.Height + y) * c.Width + x) * c.ChannelsIn,
                        padded, ((n * hp + y + padTop) * wp + x + padLeft) * c.ChannelsIn, c.ChannelsIn);

        int cg = c.ChannelsPerGroup, perGroup = c.ChannelsOut / c.Groups;
        var dots = new double[c.Batches * Math.Max(ho, 0) * Math.Max(wo, 0) * c.ChannelsOut];
        int o = 0;
        for (int n = 0; n < c.Batches; n++)
            for (int oy = 0; oy < ho; oy++)
                for (int ox = 0; ox < wo; ox++)
                    for (int co = 0; co < c.ChannelsOut; co++)
                    {
                        float sum = 0;
                        int firstChannel = co / perGroup * cg;
                        for (int fy = 0; fy < c.FilterHeight; fy++)
                            for (int fx = 0; fx < c.FilterWidth; fx++)
                            {
                                int py = oy * c.StrideHeight + fy * c.DilationHeight, px = ox * c.StrideWidth + fx * c.DilationWidth;
                                for (int ci = 0; ci < cg; ci++)
                                    sum += padded[((n * hp + py) * wp + px) * c.ChannelsIn + firstChannel + ci]
                                         * d.Filter[((co * c.FilterHeight + fy) * c.FilterWidth + fx) * cg + ci];
                            }
                        dots[o++] = sum;
                    }
        return (dots, ho, wo);
    }

    /// <summary>The activation clamp of the real-valued dot product.</summary>
    public static double Activate(double dot, Bconv2dActivation activation) => activation switch
    {
        Bconv2dActivation.Relu => Math.Max(dot, 0),
        Bconv2dActivation.Relu6 => Math.Clamp(dot, 0, 6),
        Bconv2dActivation.ReluN1To1 => Math.Clamp(dot, -1, 1),
        _ => dot,
    };

    /// <summary>y = act(dot)·m + b per output element, in double.</summary>
    public static double[] Outputs(BconvCase c, BconvData d, double[] dots)
    {
        var y = new double[dots.Length];
        for (int i = 0; i < dots.Length; i++)
        {
            int co = i % c.ChannelsOut;
            y[i] = Activate(dots[i], c.Activation) * d.Multipliers[co] + d.Biases[co];
        }
        return y;
    }

    /// <summary>
    /// How far the kernel's float result may be from <paramref name="exact"/>: a few float
    /// roundings of the magnitudes involved (the fused bias b + K·m, the product 2·accum·m and
    /// the result). An accumulator off by one moves the result by 2|m|, far outside this.
    /// </summary>
    public static double Tolerance(BconvCase c, BconvData d, int channel, double exact) =>
        1e-6 * (Math.Abs(d.Biases[channel]) + 5.0 * c.BacktransformAdd * Math.Abs(d.Multipliers[channel]) + Math.Abs(exact)) + 1e-30;
}

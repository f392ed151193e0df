using FsCheck;
using FsCheck.Fluent;
using Lce.CodeGen.Reference;

namespace Lce.Tests.CodeGen.Tfl;

/// <summary>
/// Property-test plumbing for the TFL kernels: a case is drawn from a seeded Random inside the
/// property (FsCheck supplies the seed), and failures surface as assertion messages.
/// </summary>
internal static class TflTestSupport
{
    public static void Check(Action<Random> body, int count = 150)
    {
        Prop.ForAll(Gen.Choose(int.MinValue, int.MaxValue).ToArbitrary(), seed =>
        {
            try
            {
                body(new Random(seed));
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"seed {seed}: {e.Message}", e);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(count));
    }

    /// <summary>Finite floats of varied magnitude and sign, so rounding order matters.</summary>
    public static float[] Floats(Random r, int n)
    {
        var values = new float[n];
        for (int i = 0; i < n; i++)
            values[i] = (float)((r.NextDouble() * 2 - 1) * Math.Pow(2, r.Next(-6, 4)));
        return values;
    }

    public static bool[] Bools(Random r, int n)
    {
        var values = new bool[n];
        for (int i = 0; i < n; i++)
            values[i] = r.Next(2) == 0;
        return values;
    }

    public static int Size(int[] shape)
    {
        int n = 1;
        foreach (int d in shape)
            n *= d;
        return n;
    }

    /// <summary>Bit-for-bit equality (any NaN equals any NaN), with the first differing index reported.</summary>
    public static void AssertSameFloats(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            bool same = float.IsNaN(expected[i]) ? float.IsNaN(actual[i])
                : BitConverter.SingleToInt32Bits(expected[i]) == BitConverter.SingleToInt32Bits(actual[i]);
            Assert.True(same, $"element {i}: expected {expected[i]:R}, got {actual[i]:R}");
        }
    }

    public static TflActivation Activation(Random r) => (TflActivation)r.Next(4);

    /// <summary>
    /// The clamp bounds, written out independently of the kernels' table; TFLite's float
    /// kernels always clamp, so infinities become the largest finite float.
    /// </summary>
    public static float Activate(TflActivation a, float x) => a switch
    {
        TflActivation.Relu => x < 0 ? 0 : x > float.MaxValue ? float.MaxValue : x,
        TflActivation.ReluN1To1 => x < -1 ? -1 : x > 1 ? 1 : x,
        TflActivation.Relu6 => x < 0 ? 0 : x > 6 ? 6 : x,
        _ => float.IsInfinity(x) ? MathF.CopySign(float.MaxValue, x) : x,
    };

    /// <summary>Row-major multi-index of a flat position.</summary>
    public static int[] Unflatten(int flat, int[] shape)
    {
        var index = new int[shape.Length];
        for (int d = shape.Length - 1; d >= 0; d--)
        {
            index[d] = flat % shape[d];
            flat /= shape[d];
        }
        return index;
    }

    public static int Flatten(int[] index, int[] shape)
    {
        int flat = 0;
        for (int d = 0; d < shape.Length; d++)
            flat = flat * shape[d] + index[d];
        return flat;
    }

    /// <summary>
    /// Output length and leading padding of one spatial dimension, from the definitions: SAME
    /// keeps ceil(in / stride) outputs and centres the window (extra padding at the end); VALID
    /// counts the window positions that fit.
    /// </summary>
    public static (int Out, int Before) Spatial(bool same, int input, int filter, int stride, int dilation)
    {
        int span = dilation * (filter - 1) + 1;
        if (!same)
            return (input >= span ? (input - span) / stride + 1 : 0, 0);
        int output = (int)Math.Ceiling(input / (double)stride);
        int needed = (output - 1) * stride + span;
        return (output, needed > input ? (needed - input) / 2 : 0);
    }
}

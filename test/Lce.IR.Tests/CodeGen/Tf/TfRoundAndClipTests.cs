using Lce.Tests.CodeGen.Tfl;
using static Lce.Tests.CodeGen.Tf.TfRun;

namespace Lce.Tests.CodeGen.Tf;

/// <summary>
/// The tf ops of Larq's DoReFa quantizer before conversion: tf.Round (halves to even),
/// tf.Minimum / tf.Maximum with broadcasting, tf.ClipByValue with scalar and full-shape bounds.
/// </summary>
public class TfRoundAndClipTests
{
    [Fact]
    public void RoundTakesHalvesToEven()
    {
        float[] x = [-2.5f, -1.5f, -0.5f, -0.0f, 0.49999997f, 0.5f, 0.50000006f, 1.5f, 2.5f, float.NaN, float.PositiveInfinity];
        var y = RunFloats($$"""
            func.func @main(%x: {{T([x.Length])}}) -> {{T([x.Length])}} {
              %0 = "tf.Round"(%x) : ({{T([x.Length])}}) -> {{T([x.Length])}}
              return %0 : {{T([x.Length])}}
            }
            """, ([x.Length], x));
        float[] expected = [-2f, -2f, -0f, -0f, 0f, 0f, 1f, 2f, 2f, float.NaN, float.PositiveInfinity];
        TflTestSupport.AssertSameFloats(expected, y);
    }

    [Theory]
    [InlineData("Minimum")]
    [InlineData("Maximum")]
    public void MinimumAndMaximumBroadcast(string op) => TflTestSupport.Check(r =>
    {
        int[] xs = [2, r.Next(1, 4), 3], ys = r.Next(2) == 0 ? [] : [1, 1, 3];
        int[] shape = xs;
        float[] x = TflTestSupport.Floats(r, TflTestSupport.Size(xs)), y = TflTestSupport.Floats(r, TflTestSupport.Size(ys));
        var actual = RunBinary(op, (xs, x), (ys, y), shape);
        var expected = new float[actual.Length];
        for (int i = 0; i < expected.Length; i++)
        {
            float a = x[i], b = y[ys.Length == 0 ? 0 : i % 3];
            expected[i] = op == "Maximum" ? (a > b ? a : b) : (a < b ? a : b);
        }
        TflTestSupport.AssertSameFloats(expected, actual);
    }, count: 20);

    [Fact]
    public void ClipByValueTakesScalarOrFullShapeBounds()
    {
        float[] x = [-3f, -0.25f, 0f, 0.75f, 1f, 4f];
        var scalar = RunFloats($$"""
            func.func @main(%x: tensor<6xf32>, %lo: tensor<f32>, %hi: tensor<f32>) -> tensor<6xf32> {
              %0 = "tf.ClipByValue"(%x, %lo, %hi) : (tensor<6xf32>, tensor<f32>, tensor<f32>) -> tensor<6xf32>
              return %0 : tensor<6xf32>
            }
            """, ([6], x), ([], [0f]), ([], [1f]));
        TflTestSupport.AssertSameFloats([0f, 0f, 0f, 0.75f, 1f, 1f], scalar);

        var full = RunFloats($$"""
            func.func @main(%x: tensor<6xf32>, %lo: tensor<6xf32>, %hi: tensor<6xf32>) -> tensor<6xf32> {
              %0 = "tf.ClipByValue"(%x, %lo, %hi) : (tensor<6xf32>, tensor<6xf32>, tensor<6xf32>) -> tensor<6xf32>
              return %0 : tensor<6xf32>
            }
            """, ([6], x), ([6], [-4f, 0f, 0.5f, 0f, 2f, 0f]), ([6], [-3.5f, 1f, 1f, 0.5f, 3f, 5f]));
        TflTestSupport.AssertSameFloats([-3.5f, 0f, 0.5f, 0.5f, 2f, 4f], full);
    }

    [Fact]
    public void ClipByValueRejectsBoundsOfAnotherShape()
    {
        var error = Error("""
            func.func @main(%x: tensor<6xf32>, %lo: tensor<3xf32>, %hi: tensor<f32>) -> tensor<6xf32> {
              %0 = "tf.ClipByValue"(%x, %lo, %hi) : (tensor<6xf32>, tensor<3xf32>, tensor<f32>) -> tensor<6xf32>
              return %0 : tensor<6xf32>
            }
            """);
        Assert.Contains("clip_value_min must be a scalar or of the input's shape [6], not [3]", error);
    }
}

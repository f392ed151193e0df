using Lce.Tests.CodeGen.Tfl;
using static Lce.Tests.CodeGen.Tf.TfRun;

namespace Lce.Tests.CodeGen.Tf;

/// <summary>tf.MatMul (all transpose combinations), tf.BiasAdd and tf.FusedBatchNormV3 against direct formulas.</summary>
public class TfMatMulAndBatchNormTests
{
    [Fact]
    public void MatMulMatchesTheDefinitionForEveryTransposeCombination() => TflTestSupport.Check(r =>
    {
        int m = r.Next(1, 5), k = r.Next(1, 6), n = r.Next(1, 5);
        bool ta = r.Next(2) == 0, tb = r.Next(2) == 0;
        float[] a = TflTestSupport.Floats(r, m * k), b = TflTestSupport.Floats(r, k * n);
        int[] aShape = ta ? [k, m] : [m, k], bShape = tb ? [n, k] : [k, n];
        var actual = RunFloats($$"""
            func.func @main(%a: {{T(aShape)}}, %b: {{T(bShape)}}) -> {{T([m, n])}} {
              %0 = "tf.MatMul"(%a, %b) {transpose_a = {{(ta ? "true" : "false")}}, transpose_b = {{(tb ? "true" : "false")}}} : ({{T(aShape)}}, {{T(bShape)}}) -> {{T([m, n])}}
              return %0 : {{T([m, n])}}
            }
            """, (aShape, a), (bShape, b));
        var expected = new float[m * n];
        for (int i = 0; i < m; i++)
        for (int j = 0; j < n; j++)
        {
            float total = 0f;
            for (int p = 0; p < k; p++)
                total += (ta ? a[p * m + i] : a[i * k + p]) * (tb ? b[j * k + p] : b[p * n + j]);
            expected[i * n + j] = total + 0f;
        }
        TflTestSupport.AssertSameFloats(expected, actual);
    }, count: 80);

    [Fact]
    public void BiasAddAddsAlongTheLastAxisWithoutClamping()
    {
        var y = RunFloats("""
            func.func @main(%x: tensor<2x2xf32>, %b: tensor<2xf32>) -> tensor<2x2xf32> {
              %0 = "tf.BiasAdd"(%x, %b) {data_format = "NHWC"} : (tensor<2x2xf32>, tensor<2xf32>) -> tensor<2x2xf32>
              return %0 : tensor<2x2xf32>
            }
            """, ([2, 2], [1f, 2f, 3f, float.MaxValue]), ([2], [10f, float.MaxValue]));
        // TFLite's add would clamp the overflow to float.MaxValue; TensorFlow keeps infinity.
        Assert.Equal([11f, float.MaxValue, 13f, float.PositiveInfinity], y);
    }

    [Fact]
    public void FusedBatchNormInferenceIsCenteredThenScaledThenShifted()
    {
        float[] x = [1f, 2f, -3f, 0.5f, 4f, -1f];
        float[] scale = [2f, 0.5f], offset = [0.25f, -1f], mean = [1f, -1f], variance = [3f, 0.2f];
        var outputs = TfRun.Run("""
            func.func @main(%x: tensor<1x1x3x2xf32>, %s: tensor<2xf32>, %o: tensor<2xf32>, %m: tensor<2xf32>, %v: tensor<2xf32>) -> (tensor<1x1x3x2xf32>, tensor<2xf32>) {
              %y, %bm, %bv, %r1, %r2, %r3 = "tf.FusedBatchNormV3"(%x, %s, %o, %m, %v) {data_format = "NHWC", epsilon = 0.001 : f32, is_training = false} : (tensor<1x1x3x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> (tensor<1x1x3x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>)
              return %y, %bm : tensor<1x1x3x2xf32>, tensor<2xf32>
            }
            """, Lce.CodeGen.Runtime.Tensor.FromFloats([1, 1, 3, 2], x), Lce.CodeGen.Runtime.Tensor.FromFloats([2], scale),
            Lce.CodeGen.Runtime.Tensor.FromFloats([2], offset), Lce.CodeGen.Runtime.Tensor.FromFloats([2], mean),
            Lce.CodeGen.Runtime.Tensor.FromFloats([2], variance));
        var expected = new float[6];
        for (int i = 0; i < 6; i++)
        {
            int c = i % 2;
            float factor = 1f / MathF.Sqrt(variance[c] + 0.001f) * scale[c];
            expected[i] = (x[i] - mean[c]) * factor + offset[c];
        }
        TflTestSupport.AssertSameFloats(expected, outputs[0].Span<float>());
        Assert.Equal(mean, outputs[1].Span<float>().ToArray());
    }

    [Fact]
    public void TrainingModeBatchNormIsRejected()
    {
        Assert.Equal("test.mlir:2:33: error: 'tf.FusedBatchNormV3': only inference (is_training = false) is supported", Error("""
            func.func @main(%x: tensor<1x1x1x1xf32>, %p: tensor<1xf32>) -> tensor<1x1x1x1xf32> {
              %y, %bm, %bv, %r1, %r2, %r3 = "tf.FusedBatchNormV3"(%x, %p, %p, %p, %p) : (tensor<1x1x1x1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>) -> (tensor<1x1x1x1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>, tensor<1xf32>)
              return %y : tensor<1x1x1x1xf32>
            }
            """));
    }
}

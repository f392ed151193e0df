using Lce.Tests.CodeGen.Tfl;
using static Lce.Tests.CodeGen.Tf.TfRun;

namespace Lce.Tests.CodeGen.Tf;

/// <summary>tf.SpaceToBatchND / tf.BatchToSpaceND: TF's element order, and the dilated convolution they express.</summary>
public class TfSpaceBatchTests
{
    [Fact]
    public void SpaceToBatchPutsEachBlockOffsetInItsOwnBatch()
    {
        // TF's documented example: [1, 4, 4, 1] with block [2, 2] gives four 2x2 images, batch
        // (dy·2 + dx) holding the pixels at (2y + dy, 2x + dx).
        float[] x = Enumerable.Range(1, 16).Select(i => (float)i).ToArray();
        var y = RunFloats("""
            func.func @main(%x: tensor<1x4x4x1xf32>) -> tensor<4x2x2x1xf32> {
              %b = "tf.Const"() {value = dense<2> : tensor<2xi32>} : () -> tensor<2xi32>
              %p = "tf.Const"() {value = dense<0> : tensor<2x2xi32>} : () -> tensor<2x2xi32>
              %0 = "tf.SpaceToBatchND"(%x, %b, %p) : (tensor<1x4x4x1xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<4x2x2x1xf32>
              return %0 : tensor<4x2x2x1xf32>
            }
            """, ([1, 4, 4, 1], x));
        Assert.Equal([1f, 3f, 9f, 11f, 2f, 4f, 10f, 12f, 5f, 7f, 13f, 15f, 6f, 8f, 14f, 16f], y);
    }

    [Fact]
    public void DilatedConvolutionEqualsSpaceToBatchConvBatchToSpace() => TflTestSupport.Check(r =>
    {
        int n = r.Next(1, 3), h = r.Next(1, 8), w = r.Next(1, 8), c = r.Next(1, 4), o = r.Next(1, 4), k = r.Next(1, 4), d = r.Next(2, 4);
        bool same = r.Next(2) == 0;
        int eff = (k - 1) * d + 1;
        if (!same && (eff > h || eff > w)) return;
        (int Start, int End, int Crop, int Out) Dim(int size)
        {
            int total = same ? eff - 1 : 0, start = total / 2, end = total - start, extra = (d - (size + total) % d) % d;
            return (start, end + extra, extra, same ? size : size - eff + 1);
        }
        var (dh, dw) = (Dim(h), Dim(w));
        int bh = (h + dh.Start + dh.End) / d, bw = (w + dw.Start + dw.End) / d;
        int[] xs = [n, h, w, c], fs = [k, k, c, o], os = [n, dh.Out, dw.Out, o], bs = [n * d * d, bh, bw, c], cs = [n * d * d, bh - k + 1, bw - k + 1, o];
        float[] x = TflTestSupport.Floats(r, n * h * w * c), f = TflTestSupport.Floats(r, k * k * c * o);
        var outputs = TfRun.Run($$"""
            func.func @main(%x: {{T(xs)}}, %f: {{T(fs)}}) -> ({{T(os)}}, {{T(os)}}) {
              %0 = "tf.Conv2D"(%x, %f) {dilations = [1, {{d}}, {{d}}, 1], padding = "{{(same ? "SAME" : "VALID")}}", strides = [1, 1, 1, 1]} : ({{T(xs)}}, {{T(fs)}}) -> {{T(os)}}
              %b = "tf.Const"() {value = dense<{{d}}> : tensor<2xi32>} : () -> tensor<2xi32>
              %p = "tf.Const"() {value = dense<[[{{dh.Start}}, {{dh.End}}], [{{dw.Start}}, {{dw.End}}]]> : tensor<2x2xi32>} : () -> tensor<2x2xi32>
              %crops = "tf.Const"() {value = dense<[[0, {{dh.Crop}}], [0, {{dw.Crop}}]]> : tensor<2x2xi32>} : () -> tensor<2x2xi32>
              %s = "tf.SpaceToBatchND"(%x, %b, %p) : ({{T(xs)}}, tensor<2xi32>, tensor<2x2xi32>) -> {{T(bs)}}
              %c = "tf.Conv2D"(%s, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : ({{T(bs)}}, {{T(fs)}}) -> {{T(cs)}}
              %1 = "tf.BatchToSpaceND"(%c, %b, %crops) : ({{T(cs)}}, tensor<2xi32>, tensor<2x2xi32>) -> {{T(os)}}
              return %0, %1 : {{T(os)}}, {{T(os)}}
            }
            """, Lce.CodeGen.Runtime.Tensor.FromFloats(xs, x), Lce.CodeGen.Runtime.Tensor.FromFloats(fs, f));
        TflTestSupport.AssertSameFloats(outputs[0].Span<float>(), outputs[1].Span<float>());
    }, count: 60);
}

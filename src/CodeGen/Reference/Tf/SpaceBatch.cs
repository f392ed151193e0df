namespace Lce.CodeGen.Reference;

/// <summary>
/// tf.SpaceToBatchND and tf.BatchToSpaceND over the two spatial dimensions of an NHWC tensor
/// (block shape [bh, bw]), the form TensorFlow writes a dilated convolution in. Output batch
/// index (oh·bw + ow)·N + n holds the pixels of offset (oh, ow) in each block, as TF orders them.
/// </summary>
public static class SpaceBatch
{
    /// <summary>[N·bh·bw, (H + pt + pb) / bh, (W + pl + pr) / bw, C]; the padded sizes must divide by the block.</summary>
    public static int[] SpaceToBatchShape(ReadOnlySpan<int> input, (int H, int W) block, (int Top, int Bottom, int Left, int Right) pad)
    {
        TflCommon.Require(input.Length == 4, "space_to_batch supports rank-4 NHWC input");
        TflCommon.Require(block.H >= 1 && block.W >= 1, "block sizes must be positive");
        TflCommon.Require(pad.Top >= 0 && pad.Bottom >= 0 && pad.Left >= 0 && pad.Right >= 0, "paddings must not be negative");
        int h = input[1] + pad.Top + pad.Bottom, w = input[2] + pad.Left + pad.Right;
        TflCommon.Require(h % block.H == 0 && w % block.W == 0, $"padded size {h}x{w} is not a multiple of the block {block.H}x{block.W}");
        return [input[0] * block.H * block.W, h / block.H, w / block.W, input[3]];
    }

    public static void SpaceToBatch<T>(ReadOnlySpan<T> input, ReadOnlySpan<int> shape, (int H, int W) block,
        (int Top, int Bottom, int Left, int Right) pad, Span<T> output)
    {
        int[] outShape = SpaceToBatchShape(shape, block, pad);
        int n = shape[0], inH = shape[1], inW = shape[2], c = shape[3], outH = outShape[1], outW = outShape[2];
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(shape), "input");
        TflCommon.RequireLength(output.Length, TflCommon.FlatSize(outShape), "output");
        int o = 0;
        for (int ob = 0; ob < outShape[0]; ob++)
        {
            int b = ob % n, offset = ob / n, dy = offset / block.W, dx = offset % block.W;
            for (int y = 0; y < outH; y++)
            for (int x = 0; x < outW; x++, o += c)
            {
                int iy = y * block.H + dy - pad.Top, ix = x * block.W + dx - pad.Left;
                if (iy < 0 || iy >= inH || ix < 0 || ix >= inW)
                    output.Slice(o, c).Clear();
                else
                    input.Slice(((b * inH + iy) * inW + ix) * c, c).CopyTo(output.Slice(o, c));
            }
        }
    }

    /// <summary>[N / (bh·bw), H·bh − ct − cb, W·bw − cl − cr, C].</summary>
    public static int[] BatchToSpaceShape(ReadOnlySpan<int> input, (int H, int W) block, (int Top, int Bottom, int Left, int Right) crop)
    {
        TflCommon.Require(input.Length == 4, "batch_to_space supports rank-4 NHWC input");
        TflCommon.Require(block.H >= 1 && block.W >= 1, "block sizes must be positive");
        TflCommon.Require(input[0] % (block.H * block.W) == 0, $"batch {input[0]} is not a multiple of the block size {block.H * block.W}");
        TflCommon.Require(crop.Top >= 0 && crop.Bottom >= 0 && crop.Left >= 0 && crop.Right >= 0, "crops must not be negative");
        int h = input[1] * block.H - crop.Top - crop.Bottom, w = input[2] * block.W - crop.Left - crop.Right;
        TflCommon.Require(h >= 0 && w >= 0, "crops are larger than the uncropped size");
        return [input[0] / (block.H * block.W), h, w, input[3]];
    }

    public static void BatchToSpace<T>(ReadOnlySpan<T> input, ReadOnlySpan<int> shape, (int H, int W) block,
        (int Top, int Bottom, int Left, int Right) crop, Span<T> output)
    {
        int[] outShape = BatchToSpaceShape(shape, block, crop);
        int n = outShape[0], inH = shape[1], inW = shape[2], c = shape[3];
        TflCommon.RequireLength(input.Length, TflCommon.FlatSize(shape), "input");
        TflCommon.RequireLength(output.Length, TflCommon.FlatSize(outShape), "output");
        int o = 0;
        for (int b = 0; b < n; b++)
        for (int y = 0; y < outShape[1]; y++)
        for (int x = 0; x < outShape[2]; x++, o += c)
        {
            int py = y + crop.Top, px = x + crop.Left;
            int ib = (py % block.H * block.W + px % block.W) * n + b;
            input.Slice(((ib * inH + py / block.H) * inW + px / block.W) * c, c).CopyTo(output.Slice(o, c));
        }
    }
}

namespace Lce.ConvertCli;

/// <summary>The closing report: op counts before and after, the binary layers found, sizes.</summary>
public static class Summary
{
    public static void Write(TextWriter w, string input, ConvertOptions options, ModelStats before, ModelStats after, long written, TimeSpan elapsed)
    {
        string target = options.Target == Lce.Transforms.Larq.LceTarget.Arm ? "arm" : "xcore";
        w.WriteLine($"lce-convert: converted {input} for {target} in {elapsed.TotalSeconds:0.00} s");
        w.WriteLine($"  ops:           {before.OpCount} before, {after.OpCount} after");
        w.WriteLine($"  ops after:     {string.Join(", ", after.Ops.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} x{p.Value}"))}");
        w.WriteLine($"  binary layers: {after.BinaryConvs} LceBconv2d ({after.BitpackedInputs} with bitpacked input, {after.BitpackedOutputs} writing bitpacked output), " +
            $"{after.Count("tfl.custom(LceBMaxPool2d)")} LceBMaxPool2d, {after.Count("tfl.custom(LceQuantize)")} LceQuantize, {after.Count("tfl.custom(LceDequantize)")} LceDequantize");
        w.WriteLine($"  weights:       {ModelStats.Size(before.WeightBytes)} before, {ModelStats.Size(after.WeightBytes)} after");
        w.WriteLine($"  output:        {ModelStats.Size(written)} ({(options.Emit == EmitKind.Mlir ? "MLIR" : "TFLite flatbuffer")})");
    }
}

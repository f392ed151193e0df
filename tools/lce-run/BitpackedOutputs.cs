namespace Lce.Run;

using Lce.CodeGen.Runtime;
using Lce.Dialects.Func;
using Lce.Dialects.Lq;
using Lce.Transforms.Larq.StripOutputDequantize;

/// <summary>
/// `--unpack-outputs`: bitpacked int32 outputs (what `lce-convert --bitpacked-outputs` returns)
/// shown as the ±1 values they hold. The channel count of an output comes from its result
/// attribute `lq.bitpacked_channels` (recorded by lce-strip-output-dequantize); int32 outputs
/// without one use `--unpack-channels C` (e.g. a model imported from .tflite, which has no place
/// for it). Unpacking is LCE's: along the innermost axis, bit j%32 of word j/32, LSB first, bit 0
/// is +1 and bit 1 is −1; padding bits past C are not shown.
/// </summary>
public static class BitpackedOutputs
{
    /// <summary>The unpacked float32 tensor for each output that is bitpacked, else null.</summary>
    public static NamedTensor?[] Unpack(Operation func, int? defaultChannels, IReadOnlyList<NamedTensor> outputs)
    {
        var attrs = func.GetProp(FuncOp.ResAttrsName) as ArrayAttr;
        var result = new NamedTensor?[outputs.Count];
        for (int i = 0; i < outputs.Count; i++)
        {
            var t = outputs[i].Tensor;
            long? recorded = attrs is not null && i < attrs.Count && attrs[i] is DictionaryAttr d
                && d.Get(StripOutputDequantizePass.ChannelsAttrName) is IntegerAttr c ? (long)c.Value : null;
            long? channels = recorded ?? (t.DType == DType.Int32 ? defaultChannels : null);
            if (channels is not { } count) continue;
            result[i] = new NamedTensor(outputs[i].Name, UnpackOne(outputs[i].Name ?? $"output_{i}", t, count));
        }
        if (result.All(r => r is null))
            throw new RunException($"lce-run: error: --unpack-outputs: no output of @{FuncOp.Name(func)} is bitpacked "
                + $"(no '{StripOutputDequantizePass.ChannelsAttrName}' result attribute); give the channel count of int32 outputs with --unpack-channels C");
        return result;
    }

    private static Tensor UnpackOne(string name, Tensor packed, long channels)
    {
        if (packed.DType != DType.Int32 || packed.Shape.Length == 0)
            throw new RunException($"lce-run: error: output '{name}' ({packed}) is not bitpacked: it must be an int32 tensor of rank 1 or more");
        long words = Bitpacking.PackedSize(channels);
        if (channels < 1 || channels > int.MaxValue || packed.Shape[^1] != words)
            throw new RunException($"lce-run: error: output '{name}' ({packed}) cannot hold {channels} channels: "
                + $"that needs {words} word(s) in the innermost dimension, the tensor has {packed.Shape[^1]}");
        var shape = packed.Shape.ToArray();
        shape[^1] = (int)channels;
        return Tensor.FromFloats(shape, Bitpacking.UnpackF32(packed.Span<int>(), (int)channels));
    }
}

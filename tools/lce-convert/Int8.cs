using Lce.Transforms.Larq;

namespace Lce.ConvertCli;

/// <summary>
/// Whether the conversion runs the int8 quantization stage: LCE's should_quantize, i.e. the model
/// has fake quantization (or already quantize ops), or a default int8 range is given.
/// </summary>
public static class Int8
{
    private static readonly HashSet<string> QuantizationOps =
    [
        "tf.FakeQuantWithMinMaxVars", "tf.FakeQuantWithMinMaxVarsPerChannel", "tf.FakeQuantWithMinMaxArgs",
        "tf.QuantizeAndDequantize", "tf.QuantizeAndDequantizeV2", "tf.QuantizeAndDequantizeV3", "tf.QuantizeAndDequantizeV4",
        "tfl.quantize",
    ];

    public static bool IsQuantized(Operation module)
    {
        bool found = false;
        module.Walk(op => { if (QuantizationOps.Contains(op.Name)) found = true; });
        return found;
    }

    public static Int8Mode? Mode(Operation module, ConvertOptions options) =>
        options.DefaultInt8Range is var (min, max) ? new Int8Mode((min, max))
        : IsQuantized(module) ? new Int8Mode(null)
        : null;
}

using Lce.IR.Passes;

namespace Lce.Transforms.Tfl.Quantize;

/// <summary>The int8 quantization passes of TF's TFLite converter, under TF's command-line names.</summary>
public static class QuantizePasses
{
    public static void RegisterAll(PassRegistry registry)
    {
        registry.Register<PrepareQuantizePass>();
        registry.Register<DefaultQuantParamsPass>();
        registry.Register<QuantizePass>();
        registry.Register<PostQuantizePass>();
    }
}

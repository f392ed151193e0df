using Lce.IR.Passes;

namespace Lce.Transforms.Larq;

/// <summary>
/// Registers Larq Compute Engine's passes under LCE's command-line names (what `lce-tf-opt`
/// offers), e.g. `-tfl-prepare-lce=target=xcore`.
/// </summary>
public static class LcePasses
{
    public static void RegisterAll(PassRegistry registry)
    {
        registry.Register<OpRemoval.OpRemovalPass>();
        registry.Register<Prepare.PreparePass>();
        registry.Register<SetBatchSize.SetBatchSizePass>();
        registry.Register<BitpackWeights.BitpackWeightsPass>();
        registry.Register<LegalizeLce.LegalizeLcePass>();
        registry.Register<TranslateTfl.TranslateTflPass>();
        registry.Register<Quantize.LceQuantizePass>();
        registry.Register<FusePadding.FusePaddingPass>();
        registry.Register<DetectionPostProcess.DetectionPostProcessPass>();
        registry.Register<Optimize.OptimizeLcePass>();
        registry.Register<StripOutputDequantize.StripOutputDequantizePass>();
        LcePipeline.Register(registry);
    }
}

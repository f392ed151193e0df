using Lce.IR.Passes;

namespace Lce.Transforms.Larq;

/// <summary>LCE's `target` pass option (`-tfl-prepare-lce=target=xcore`): `arm` (enum 0, the default) or `xcore`.</summary>
internal static class TargetOption
{
    public static Option<LceTarget> Add(Func<string, string, LceTarget, Option<LceTarget>> option) =>
        option("target", "Platform to target.", LceTarget.Arm)
            .WithChoices(("arm", LceTarget.Arm, "ARM target"), ("xcore", LceTarget.XCore, "XCORE target"));
}

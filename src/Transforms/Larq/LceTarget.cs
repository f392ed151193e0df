namespace Lce.Transforms.Larq;

/// <summary>
/// The platform the prepare and optimize passes optimize for (LCE's `target` option): `arm`
/// enables same-zero-padding binary convolutions and binary max-pool; `xcore` does not.
/// </summary>
public enum LceTarget
{
    Arm = 0,
    XCore = 1,
}

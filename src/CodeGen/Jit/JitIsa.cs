using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace Lce.CodeGen.Jit;

/// <summary>The instruction sets the JIT has a binary-convolution back end for.</summary>
public enum JitIsa
{
    Scalar,
    Avx2,
    Avx512BW,
    Neon,
}

/// <summary>Run-time detection of what this CPU (and the .NET runtime) supports, and the --isa names.</summary>
public static class JitIsas
{
    /// <summary>Whether the back end can run natively here (the emulated NEON back end is a test device, not listed).</summary>
    public static bool IsSupported(JitIsa isa) => isa switch
    {
        JitIsa.Scalar => true,
        JitIsa.Avx2 => Avx2.IsSupported,
        JitIsa.Avx512BW => Avx512BW.IsSupported && Avx512F.IsSupported,
        JitIsa.Neon => AdvSimd.IsSupported,
        _ => false,
    };

    /// <summary>The natively supported back ends, fastest first.</summary>
    public static IReadOnlyList<JitIsa> Supported() =>
        [.. new[] { JitIsa.Avx512BW, JitIsa.Avx2, JitIsa.Neon, JitIsa.Scalar }.Where(IsSupported)];

    /// <summary>The fastest supported back end.</summary>
    public static JitIsa Best() => Supported()[0];

    public static string Name(JitIsa isa) => isa switch
    {
        JitIsa.Scalar => "scalar",
        JitIsa.Avx2 => "avx2",
        JitIsa.Avx512BW => "avx512bw",
        JitIsa.Neon => "neon",
        _ => isa.ToString(),
    };

    /// <summary>Parses an --isa value ("auto" is the best supported); null for an unknown name.</summary>
    public static JitIsa? Parse(string name) => name.ToLowerInvariant() switch
    {
        "auto" => Best(),
        "scalar" => JitIsa.Scalar,
        "avx2" => JitIsa.Avx2,
        "avx512bw" or "avx512" => JitIsa.Avx512BW,
        "neon" => JitIsa.Neon,
        _ => null,
    };
}

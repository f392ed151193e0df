using Lce.CodeGen.Runtime;

namespace Lce.CodeGen.Jit;

/// <summary>The JIT engine's settings: the back end its kernels are emitted for, and worker threads per layer.</summary>
public sealed record JitOptions(JitBackend Backend, int Threads = 1);

/// <summary>
/// The `--engine jit` kernel set: the reference engine's bindings with the binary ops
/// (lq.Bconv2d / LceBconv2d, lq.Quantize / LceQuantize for float input, lq.BMaxPool2d / LceBMaxPool2d) replaced by JIT-compiled kernels; every other op keeps its
/// reference kernel.
/// </summary>
public static class JitEngine
{
    public static OpKernelRegistry CreateRegistry(JitOptions options)
    {
        var r = OpKernelRegistry.CreateDefault();
        var bconv = new JitBconv2dBinding(options);
        r.Register(bconv).RegisterCustom(bconv);
        var quantize = new JitQuantizeBinding(options);
        r.Register(quantize).RegisterCustom(quantize);
        var pool = new JitBMaxPool2dBinding();
        r.Register(pool).RegisterCustom(pool);
        return r;
    }
}

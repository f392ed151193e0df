using Lce.CodeGen.Reference;
using Lce.CodeGen.Runtime;
using Lce.CodeGen.Runtime.Bindings;

namespace Lce.CodeGen.Jit;

/// <summary>
/// `lq.Quantize` / `LceQuantize` on the JIT engine: float32 input runs the emitted packing kernel
/// (<see cref="QuantizeEmitter"/>); int8 and bool inputs keep the reference kernel. The reference
/// binding validates first.
/// </summary>
internal sealed unsafe class JitQuantizeBinding(JitOptions options) : IOpBinding, ICustomOpBinding
{
    private readonly LqQuantizeBinding _reference = new();

    public string OpName => _reference.OpName;

    public string CustomCode => _reference.CustomCode;

    public Kernel Bind(BindingContext ctx, ReadOnlyMemory<byte> bytes) => Bind(ctx);

    public Kernel Bind(BindingContext ctx)
    {
        var reference = _reference.Bind(ctx);
        var input = ctx.Input(0);
        if (input.DType != DType.Float32) return reference;
        int channels = input.Shape[^1];
        var kernel = QuantizeEmitter.Get(channels, options.Backend.Emulated ? JitIsa.Scalar : options.Backend.Isa);
        return io =>
        {
            var x = io.Input(0).Span<float>();
            var y = io.Output(0).Span<int>();
            int rows = LceQuantize.Rows(x.Length, channels, y.Length);
            fixed (float* px = x)
            fixed (int* py = y)
                kernel((nint)px, (nint)py, rows);
        };
    }
}

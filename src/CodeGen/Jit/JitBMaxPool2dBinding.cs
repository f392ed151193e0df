using Lce.CodeGen.Reference;
using Lce.CodeGen.Runtime;
using Lce.CodeGen.Runtime.Bindings;
using Lce.Serialization.CustomOptions;

namespace Lce.CodeGen.Jit;

/// <summary>`lq.BMaxPool2d` / `LceBMaxPool2d` on the JIT engine: the reference binding validates, then the emitted kernel runs.</summary>
internal sealed unsafe class JitBMaxPool2dBinding : IOpBinding, ICustomOpBinding
{
    private readonly LqBMaxPool2dBinding _reference = new();

    public string OpName => _reference.OpName;

    public string CustomCode => _reference.CustomCode;

    public Kernel Bind(BindingContext ctx)
    {
        _reference.Bind(ctx);
        var padding = ctx.StringAttr("padding") == "SAME" ? LcePadding.Same : LcePadding.Valid;
        return Bind(ctx, new BMaxPool2dParams((int)ctx.IntAttr("filter_height"), (int)ctx.IntAttr("filter_width"),
            (int)ctx.IntAttr("stride_height"), (int)ctx.IntAttr("stride_width"), padding));
    }

    public Kernel Bind(BindingContext ctx, ReadOnlyMemory<byte> options)
    {
        _reference.Bind(ctx, options);
        var o = ctx.DecodeOptions<BMaxPool2dOptions>(BMaxPool2dOptions.TryDecode);
        return Bind(ctx, new BMaxPool2dParams(o.FilterHeight, o.FilterWidth, o.StrideHeight, o.StrideWidth,
            o.Padding == TflitePadding.Same ? LcePadding.Same : LcePadding.Valid));
    }

    private static Kernel Bind(BindingContext ctx, BMaxPool2dParams p)
    {
        var kernel = KernelCache.Timed(() => BMaxPoolEmitter.Emit(p, ctx.Input(0).Shape));
        return io =>
        {
            fixed (int* x = io.Input(0).Span<int>())
            fixed (int* y = io.Output(0).Span<int>())
                kernel((nint)x, (nint)y);
        };
    }
}

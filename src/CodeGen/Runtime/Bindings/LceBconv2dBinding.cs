namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using Lce.Serialization.CustomOptions;

/// <summary>The `LceBconv2d` custom op: <see cref="LqBconv2dBinding"/>'s kernel with options decoded from FlexBuffers.</summary>
public sealed class LceBconv2dBinding : ICustomOpBinding
{
    public string CustomCode => Bconv2dOptions.CustomCode;

    public Kernel Bind(BindingContext ctx, ReadOnlyMemory<byte> options)
    {
        var o = ctx.DecodeOptions<Bconv2dOptions>(Bconv2dOptions.TryDecode);
        return Bconv2dKernelBinder.Bind(ctx, Bconv2dKernelBinder.Params(o));
    }
}

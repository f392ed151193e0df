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
        var padding = o.Padding == TflitePadding.Same ? LcePadding.Same : LcePadding.Valid;
        var activation = o.FusedActivationFunction switch
        {
            TfliteActivation.Relu => Bconv2dActivation.Relu,
            TfliteActivation.ReluN1To1 => Bconv2dActivation.ReluN1To1,
            TfliteActivation.Relu6 => Bconv2dActivation.Relu6,
            _ => Bconv2dActivation.None,
        };
        var p = new Bconv2dParams(o.ChannelsIn, o.StrideHeight, o.StrideWidth, o.DilationHeightFactor, o.DilationWidthFactor,
            padding, o.PadValues, activation);
        return Bconv2dKernelBinder.Bind(ctx, p);
    }
}

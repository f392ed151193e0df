namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;

/// <summary>`lq.Bconv2d`: binary convolution with its options as properties (see <see cref="Bconv2dKernelBinder"/>).</summary>
public sealed class LqBconv2dBinding : IOpBinding
{
    public string OpName => "lq.Bconv2d";

    public Kernel Bind(BindingContext ctx)
    {
        var padding = ctx.StringAttr("padding") switch
        {
            "SAME" => LcePadding.Same,
            "VALID" => LcePadding.Valid,
            var s => throw ctx.Error($"unknown padding '{s}'"),
        };
        int padValue = ctx.HasAttr("pad_values") ? (int)ctx.IntAttr("pad_values") : 0;
        var p = new Bconv2dParams((int)ctx.IntAttr("channels_in"), (int)ctx.IntAttr("stride_height"), (int)ctx.IntAttr("stride_width"),
            (int)ctx.IntAttr("dilation_height_factor"), (int)ctx.IntAttr("dilation_width_factor"), padding, padValue,
            Bconv2dKernelBinder.Activation(ctx.StringAttr("fused_activation_function")));
        return Bconv2dKernelBinder.Bind(ctx, p);
    }
}

namespace Lce.CodeGen.Runtime.Bindings;

using Lce.CodeGen.Reference;
using static TflBindingSupport;

/// <summary>`tf.Cast` among float32, int32, int64 and bool (<see cref="TfCast"/>); `Truncate` changes nothing for these.</summary>
public sealed class TfCastBinding : IOpBinding
{
    public string OpName => "tf.Cast";

    public Kernel Bind(BindingContext ctx)
    {
        var input = ctx.Input(0);
        var to = ctx.Outputs[0].DType;
        RequireOutput(ctx, input.Shape, to);
        return (input.DType, to) switch
        {
            (DType.Float32, DType.Float32) => Map<float, float>(x => x),
            (DType.Float32, DType.Int32) => Map<float, int>(TfCast.ToInt32),
            (DType.Float32, DType.Int64) => Map<float, long>(TfCast.ToInt64),
            (DType.Float32, DType.Bool) => Map<float, bool>(TfCast.ToBool),
            (DType.Int32, DType.Float32) => Map<int, float>(x => x),
            (DType.Int32, DType.Int32) => Map<int, int>(x => x),
            (DType.Int32, DType.Int64) => Map<int, long>(x => x),
            (DType.Int32, DType.Bool) => Map<int, bool>(x => x != 0),
            (DType.Int64, DType.Float32) => Map<long, float>(x => x),
            (DType.Int64, DType.Int32) => Map<long, int>(x => unchecked((int)x)),
            (DType.Int64, DType.Int64) => Map<long, long>(x => x),
            (DType.Int64, DType.Bool) => Map<long, bool>(x => x != 0),
            (DType.Bool, DType.Float32) => Map<bool, float>(x => x ? 1f : 0f),
            (DType.Bool, DType.Int32) => Map<bool, int>(x => x ? 1 : 0),
            (DType.Bool, DType.Int64) => Map<bool, long>(x => x ? 1L : 0L),
            (DType.Bool, DType.Bool) => Map<bool, bool>(x => x),
            _ => throw ctx.Error($"cast from {input.DType.Name()} to {to.Name()} is not supported (float32, int32, int64, bool)"),
        };
    }

    private static Kernel Map<TIn, TOut>(Func<TIn, TOut> convert) where TIn : unmanaged where TOut : unmanaged =>
        io => TfCast.Map(io.Input(0).Span<TIn>(), io.Output(0).Span<TOut>(), convert);
}

namespace Lce.Dialects;

using Lce.IR;

/// <summary>Registers the dialects every tool needs: MLIR's core dialects, quant, and TensorFlow's, TFLite's and LCE's.</summary>
public static class StandardDialects
{
    public static void RegisterAll(IRContext ctx)
    {
        ctx.Register<Builtin.BuiltinDialect>();
        ctx.Register<Func.FuncDialect>();
        ctx.Register<Arith.ArithDialect>();
        ctx.Register<Cf.CfDialect>(); ctx.Register<Scf.ScfDialect>(); ctx.Register<Memref.MemrefDialect>(); ctx.Register<Tensor.TensorDialect>(); ctx.Register<Index.IndexDialect>(); ctx.Register<Pdl.PdlDialect>();
        ctx.Register<Quant.QuantDialect>();
        ctx.Register<Lq.LqDialect>();
        ctx.Register<Tfl.TflDialect>();
        ctx.Register<Tf.TfTypeDialect>();
        ctx.Register<Tf.TfDialect>();
    }

    /// <summary>A new context with the standard dialects registered.</summary>
    public static IRContext CreateContext()
    {
        var ctx = new IRContext();
        RegisterAll(ctx);
        return ctx;
    }
}

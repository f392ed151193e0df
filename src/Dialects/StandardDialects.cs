namespace Lce.Dialects;

using Lce.IR;

/// <summary>Registers the dialects every tool needs: MLIR's core dialects, quant, and TensorFlow's, TFLite's and LCE's.</summary>
public static class StandardDialects
{
    public static void RegisterAll(IRContext ctx) => RegisterAll(ctx, null);

    /// <summary>
    /// Registers the standard dialects except those whose namespace is in <paramref name="skip"/>
    /// (lce-opt's `--skip-dialects`: their ops are then unregistered, as in a plain mlir-opt).
    /// </summary>
    public static void RegisterAll(IRContext ctx, IReadOnlySet<string>? skip)
    {
        void Add<T>() where T : Dialect, new()
        {
            var d = new T();
            if (skip is null || !skip.Contains(d.Namespace)) ctx.Register(d);
        }
        Add<Builtin.BuiltinDialect>();
        Add<Func.FuncDialect>();
        Add<Arith.ArithDialect>();
        Add<Cf.CfDialect>(); Add<Scf.ScfDialect>(); Add<Memref.MemrefDialect>(); Add<Tensor.TensorDialect>(); Add<Index.IndexDialect>(); Add<Pdl.PdlDialect>();
        Add<Quant.QuantDialect>();
        Add<Lq.LqDialect>();
        Add<Tfl.TflDialect>();
        Add<Tf.TfTypeDialect>();
        Add<Tf.TfDialect>();
    }

    /// <summary>A new context with the standard dialects registered.</summary>
    public static IRContext CreateContext()
    {
        var ctx = new IRContext();
        RegisterAll(ctx);
        return ctx;
    }
}

namespace Lce.Tests.Dialects;

using Lce.Dialects;
using Lce.Dialects.Func;
using Lce.IR;

/// <summary>Builds small modules programmatically and collects verifier diagnostics.</summary>
internal sealed class DialectTestUtil
{
    public IRContext Ctx { get; } = StandardDialects.CreateContext();
    public Builder B { get; }
    public Location Loc => UnknownLoc.Get(Ctx);
    public Operation Module { get; }

    public DialectTestUtil()
    {
        B = new Builder(Ctx);
        Module = Lce.Dialects.Builtin.ModuleOp.Create(Ctx, Loc);
        B.SetInsertionPointToEnd(Lce.Dialects.Builtin.ModuleOp.Body(Module));
    }

    public IntegerType I(int w) => IntegerType.Get(Ctx, w);
    public IndexType Index => IndexType.Get(Ctx);
    public FloatType F32 => FloatType.F32(Ctx);
    public FloatType F16 => FloatType.F16(Ctx);
    public FunctionType Fn(IRType[] ins, IRType[] outs) => FunctionType.Get(Ctx, ins, outs);

    /// <summary>Adds `func.func @name` to the module and points the builder into its entry block.</summary>
    public Block Func(string name, IRType[] ins, IRType[] outs)
    {
        var f = FuncOp.Create(Ctx, Loc, name, Fn(ins, outs));
        Lce.Dialects.Builtin.ModuleOp.Body(Module).Append(f);
        var entry = f.GetRegion(0).EntryBlock!;
        B.SetInsertionPointToEnd(entry);
        return entry;
    }

    public Operation Op(string name, Value[] operands, IRType[] results, params (string, IRAttribute)[] props) =>
        B.Create(name, Loc, operands, results, props.Select(p => new NamedAttribute(p.Item1, p.Item2)));

    public Operation Return(params Value[] values) => Op("func.return", values, []);

    public Operation Constant(IRAttribute value) => Lce.Dialects.Arith.ConstantOp.Build(B, value, Loc);

    /// <summary>Verifies the module; returns the error messages (empty when it verifies).</summary>
    public List<string> Verify(Operation? root = null)
    {
        var messages = new List<string>();
        using (Ctx.Diagnostics.AddHandler(d => { if (d.Severity == DiagnosticSeverity.Error) messages.Add(d.Message); return true; }))
            Verifier.Verify(root ?? Module);
        return messages;
    }

    /// <summary>Result names an op's name hook gives (custom-form printing).</summary>
    public static List<string> Names(Operation op)
    {
        var names = new List<string>();
        op.Definition!.ResultNames?.Invoke(op, (_, n) => names.Add(n));
        return names;
    }
}

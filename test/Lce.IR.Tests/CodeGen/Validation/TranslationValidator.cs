using Lce.CodeGen.Runtime;
using Lce.Dialects.Func;
using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Passes;
using Lce.IR.Printing;

namespace Lce.Tests.CodeGen.Validation;

/// <summary>
/// Translation validation of a pass pipeline on one function: parse the IR text, run @main on
/// the executor, run the pipeline (textual, through the pass manager), run @main again on the
/// same inputs and compare the outputs (bit-exact for integer/bool/bitpacked results, within a
/// relative tolerance for floats). A mismatch or failure is reported with the IR before and after.
/// </summary>
public static class TranslationValidator
{
    private static readonly PassRegistry Registry = CreateRegistry();

    /// <summary>The relative tolerance of float outputs (absolute near zero).</summary>
    public const float Tolerance = 1e-5f;

    private static PassRegistry CreateRegistry()
    {
        var registry = new PassRegistry();
        Lce.Transforms.StandardPasses.RegisterAll(registry);
        return registry;
    }

    /// <summary>
    /// The outcome: null when the outputs agree after every stage, else a readable account of the
    /// first difference (with the stage that introduced it, the IR before the pipeline and after
    /// that stage). Each stage is a textual pipeline on the module, e.g.
    /// `builtin.module(func.func(tfl-prepare-lce))`; <paramref name="mutate"/> edits @main after
    /// the last stage (to show that a broken translation is caught); <paramref name="kernels"/> makes
    /// the executor's registry (the default one unless given).
    /// </summary>
    public static string? Check(string ir, IReadOnlyList<string> stages, IReadOnlyList<Tensor> inputs, Action<Operation>? mutate = null,
        Func<OpKernelRegistry>? kernels = null)
    {
        kernels ??= OpKernelRegistry.CreateDefault;
        var ctx = new IRContext();
        Lce.Dialects.StandardDialects.RegisterAll(ctx);
        var diagnostics = new List<string>();
        using var _ = ctx.Diagnostics.AddHandler(d => { diagnostics.Add($"{d.Location}: {d.Message}"); return true; });
        var parsed = MlirParser.ParseSourceString(ctx, ir, "net.mlir");
        if (parsed.Operation is not { } module || parsed.Diagnostics.Count > 0)
            return $"the IR does not parse: {string.Join("\n", parsed.Diagnostics.Select(d => d.Message))}\n{ir}";

        IReadOnlyList<Tensor> before;
        try
        {
            before = Executor.Compile(MainOf(module), kernels()).Run(inputs);
        }
        catch (ExecutorException e)
        {
            return $"the original network does not run: {e.Message}\n{ir}";
        }

        for (int s = 0; s < stages.Count; s++)
        {
            var pm = PassPipelineParser.Parse(stages[s], Registry, new StringWriter())
                ?? throw new InvalidOperationException($"pipeline '{stages[s]}' does not parse");
            var manager = new Lce.IR.Passes.PassManager(ctx, "builtin.module", PassNesting.Implicit) { EnableThreading = false };
            manager.Assign(pm);
            if (!manager.Run(module) || diagnostics.Count > 0)
                return $"stage '{stages[s]}' failed: {string.Join("\n", diagnostics)}\n{ir}";
            if (s == stages.Count - 1) mutate?.Invoke(MainOf(module));
            IReadOnlyList<Tensor> after;
            try
            {
                after = Executor.Compile(MainOf(module), kernels()).Run(inputs);
            }
            catch (ExecutorException e)
            {
                return $"after '{stages[s]}' the network does not run: {e.Message}\n--- original\n{ir}\n--- converted\n{Print(module)}";
            }
            if (Compare(before, after) is { } difference)
                return $"after '{stages[s]}': {difference}\n--- original\n{ir}\n--- converted\n{Print(module)}";
        }
        return null;
    }

    /// <summary>The module after <paramref name="pipeline"/>, printed (to check what a conversion produced).</summary>
    public static string Convert(string ir, string pipeline)
    {
        var ctx = new IRContext();
        Lce.Dialects.StandardDialects.RegisterAll(ctx);
        var module = MlirParser.ParseSourceString(ctx, ir, "net.mlir").Operation ?? throw new InvalidOperationException("the IR does not parse");
        var manager = new Lce.IR.Passes.PassManager(ctx, "builtin.module", PassNesting.Implicit) { EnableThreading = false };
        manager.Assign(PassPipelineParser.Parse(pipeline, Registry, new StringWriter()) ?? throw new InvalidOperationException("bad pipeline"));
        if (!manager.Run(module)) throw new InvalidOperationException("the pipeline failed");
        return Print(module);
    }

    /// <summary>The outputs of @main in <paramref name="ir"/> on the executor with <paramref name="kernels"/>.</summary>
    public static IReadOnlyList<Tensor> Run(string ir, IReadOnlyList<Tensor> inputs, OpKernelRegistry kernels)
    {
        var ctx = new IRContext();
        Lce.Dialects.StandardDialects.RegisterAll(ctx);
        var module = MlirParser.ParseSourceString(ctx, ir, "net.mlir").Operation ?? throw new InvalidOperationException("the IR does not parse");
        return Executor.Compile(MainOf(module), kernels).Run(inputs);
    }

    /// <summary>The first differing output element, or null when all agree.</summary>
    public static string? Compare(IReadOnlyList<Tensor> expected, IReadOnlyList<Tensor> actual)
    {
        if (expected.Count != actual.Count) return $"{expected.Count} outputs before, {actual.Count} after";
        for (int o = 0; o < expected.Count; o++)
        {
            var (e, a) = (expected[o], actual[o]);
            if (!e.Spec.Equals(a.Spec)) return $"output #{o}: {e.Spec} before, {a.Spec} after";
            for (long i = 0; i < e.ElementCount; i++)
            {
                bool same = e.DType == DType.Float32
                    ? Close((float)e.GetAsDouble(i), (float)a.GetAsDouble(i))
                    : e.GetAsInt64(i) == a.GetAsInt64(i);
                if (!same)
                    return $"output #{o} element {i}: {e.GetAsDouble(i):R} before, {a.GetAsDouble(i):R} after";
            }
        }
        return null;
    }

    private static bool Close(float x, float y) =>
        x.Equals(y) || MathF.Abs(x - y) <= Tolerance * MathF.Max(1f, MathF.Max(MathF.Abs(x), MathF.Abs(y)));

    private static Operation MainOf(Operation module)
    {
        Operation? found = null;
        module.Walk(op => { if (op.Name == FuncOp.OpName && FuncOp.Name(op) == "main") found = op; });
        return found ?? throw new InvalidOperationException("no @main");
    }

    public static string Print(Operation op) => AsmPrinter.PrintTopLevel(op);
}

using Lce.IR;
using Lce.IR.Passes;

namespace Lce.Transforms.Testing;

/// <summary>
/// The pass-manager test passes mlir-opt registers (same arguments, options, anchors and
/// names), so lce-opt's pass manager can be compared with mlir-opt's on identical pipelines.
/// </summary>
public static class TestPasses
{
    public static void RegisterAll(PassRegistry registry)
    {
        registry.Register<TestModulePass>();
        registry.Register<TestFunctionPass>();
        registry.Register<TestOptionsPass>();
        registry.Register<TestFailurePass>();
        registry.Register<TestCrashPass>();
        registry.Register<TestStatisticPass>();
        registry.Register<TestPrintCallGraphPass>();
        registry.RegisterPipeline("test-pm-nested-pipeline", "Test a nested pipeline in the pass manager", pm =>
        {
            var module = pm.Nest("builtin.module");
            module.AddPass(new TestModulePass());
            module.Nest("func.func").AddPass(new TestFunctionPass());
            pm.Nest("func.func").AddPass(new TestFunctionPass());
        });
        registry.RegisterPipeline<TestOptionsPass.PipelineOptions>("test-options-pass-pipeline",
            "Parses options using pass pipeline registration", (pm, options) => pm.AddPass(new TestOptionsPass(options)));
    }
}

/// <summary>Does nothing on a module.</summary>
public sealed class TestModulePass : Pass
{
    public override string Argument => "test-module-pass";
    public override string Name => "(anonymous namespace)::TestModulePass";
    public override string Description => "Test a module pass in the pass manager";
    public override string? AnchorName => "builtin.module";
    protected override void RunOnOperation() { }
}

/// <summary>Does nothing on a function.</summary>
public sealed class TestFunctionPass : Pass
{
    public override string Argument => "test-function-pass";
    public override string Name => "(anonymous namespace)::TestFunctionPass";
    public override string Description => "Test a function pass in the pass manager";
    public override string? AnchorName => "func.func";
    protected override void RunOnOperation() { }
}

/// <summary>Always fails, optionally with an "illegal operation" error.</summary>
public sealed class TestFailurePass : Pass
{
    private readonly Option<bool> _genDiagnostics;

    public TestFailurePass() => _genDiagnostics = Option("gen-diagnostics", "Generate a diagnostic message", false);

    public override string Argument => "test-pass-failure";
    public override string Name => "(anonymous namespace)::TestFailurePass";
    public override string Description => "Test a pass in the pass manager that always fails";

    protected override void RunOnOperation()
    {
        if (_genDiagnostics)
            Context.Diagnostics.Emit(new Diagnostic(DiagnosticSeverity.Error, Operation.Location, "illegal operation"));
        SignalPassFailure();
    }
}

/// <summary>Throws, to exercise exception handling and crash reproducers (mlir-opt's aborts).</summary>
public sealed class TestCrashPass : Pass
{
    public override string Argument => "test-pass-crash";
    public override string Name => "(anonymous namespace)::TestCrashRecoveryPass";
    public override string Description => "Test a pass in the pass manager that always crashes";
    protected override void RunOnOperation() => throw new InvalidOperationException("test-pass-crash crashed on purpose");
}

/// <summary>Counts ops twice into two statistics (declared in reverse name order to test sorting).</summary>
public sealed class TestStatisticPass : Pass
{
    private readonly PassStatistic _opCountDuplicate;
    private readonly PassStatistic _opCount;

    public TestStatisticPass()
    {
        _opCountDuplicate = Statistic("num-ops2", "Number of operations counted one more time");
        _opCount = Statistic("num-ops", "Number of operations counted");
    }

    public override string Argument => "test-stats-pass";
    public override string Name => "(anonymous namespace)::TestStatisticPass";
    public override string Description => "Test pass statistics";

    protected override void RunOnOperation()
    {
        Operation.Walk(_ => { _opCount.Add(); return WalkResult.Advance; }, WalkOrder.PostOrder);
        Operation.Walk(_ => { _opCountDuplicate.Add(); return WalkResult.Advance; }, WalkOrder.PostOrder);
    }
}

using Lce.IR.Passes;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Cse;

/// <summary>The `cse` pass (MLIR's CSE): runs <see cref="CseDriver"/> on the ops nested in its anchor.</summary>
public sealed class CsePass : Pass
{
    private readonly PassStatistic _numCse;
    private readonly PassStatistic _numDce;

    public CsePass()
    {
        _numCse = Statistic("num-cse'd", "Number of operations CSE'd");
        _numDce = Statistic("num-dce'd", "Number of operations DCE'd");
    }

    public override string Argument => "cse";
    public override string Name => "CSE";
    public override string Description => "Eliminate common sub-expressions";

    protected override void RunOnOperation()
    {
        var driver = new CseDriver(new RewriterBase(Operation.Context));
        bool changed = driver.Simplify(Operation);
        // MLIR assigns the run's counts to the statistics rather than accumulating them.
        _numCse.Reset();
        _numCse.Add(driver.NumCse);
        _numDce.Reset();
        _numDce.Add(driver.NumDce);
        // As MLIR: unchanged IR keeps every analysis, which also spares the verifier run after the pass.
        if (!changed) MarkAllAnalysesPreserved();
    }
}

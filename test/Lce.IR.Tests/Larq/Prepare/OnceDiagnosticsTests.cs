namespace Lce.Tests.Larq.Prepare;

using Lce.Dialects;
using Lce.IR;
using Lce.Transforms.Larq.Prepare;

/// <summary>Errors reported while matching are emitted once per pass run.</summary>
public sealed class OnceDiagnosticsTests
{
    [Fact]
    public void AScopeDropsRepeatsOfTheSameErrorAtTheSameLocation()
    {
        var ctx = StandardDialects.CreateContext();
        var seen = new List<string>();
        using var _ = ctx.Diagnostics.AddHandler(d => { seen.Add($"{d.Location}: {d.Message}"); return true; });
        var a = FileLineColLoc.Get(ctx, "a.mlir", 1, 1);
        var b = FileLineColLoc.Get(ctx, "a.mlir", 2, 1);
        using (OnceDiagnostics.Begin())
        {
            OnceDiagnostics.EmitError(ctx, a, "x");
            OnceDiagnostics.EmitError(ctx, a, "x");
            OnceDiagnostics.EmitError(ctx, a, "y");
            OnceDiagnostics.EmitError(ctx, b, "x");
            using (OnceDiagnostics.Begin()) OnceDiagnostics.EmitError(ctx, a, "x");
            OnceDiagnostics.EmitError(ctx, a, "y");
        }
        OnceDiagnostics.EmitError(ctx, a, "x");
        OnceDiagnostics.EmitError(ctx, a, "x");
        Assert.Equal(6, seen.Count);
        Assert.Equal(5, seen.Count(s => s.EndsWith(": x")));
        Assert.Equal(1, seen.Count(s => s.EndsWith(": y")));
    }
}

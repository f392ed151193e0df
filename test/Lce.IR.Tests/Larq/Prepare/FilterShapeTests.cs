namespace Lce.Tests.Larq.Prepare;

using FsCheck;
using FsCheck.Fluent;
using Lce.Dialects;
using Lce.IR;
using Lce.Transforms.Larq.Prepare;

/// <summary>HasValidFilterShape: the filter/input channel arithmetic of (grouped) binary convolutions and LCE's error texts.</summary>
public sealed class FilterShapeTests
{
    [Fact]
    public void ErrorsHaveLcesWordingIncludingTheTrailingNewline()
    {
        Assert.Equal("Filter dimensions invalid: the number of filter input channels 64 does not divide the total number of input channels 96\n",
            FilterShape.Error(96, 64));
        Assert.Equal("Invalid binary grouped convolution: the number of input channels per-group must be a multiple of 32, but is 16\n",
            FilterShape.Error(48, 16));
        Assert.Null(FilterShape.Error(3, 3));
        Assert.Null(FilterShape.Error(128, 64));
        Assert.NotNull(FilterShape.Error(2, 4));
    }

    [Fact]
    public void ValidExactlyWhenTheFilterDividesTheInputIntoOneGroupOrWordAlignedGroups() =>
        Prop.ForAll((from total in Gen.Choose(1, 512)
                     from filter in Gen.Choose(1, 512)
                     select (total, filter)).ToArbitrary(), c =>
        {
            bool divides = c.total % c.filter == 0;
            bool valid = divides && (c.total == c.filter || c.filter % 32 == 0);
            Assert.Equal(valid, FilterShape.Error(c.total, c.filter) is null);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));

    [Fact]
    public void TheNativeReportsAtTheFiltersLocationOnce()
    {
        var ctx = StandardDialects.CreateContext();
        var reported = new List<Diagnostic>();
        using var _ = ctx.Diagnostics.AddHandler(d => { reported.Add(d); return true; });
        var loc = FileLineColLoc.Get(ctx, "f.mlir", 7, 3);
        var block = new Block();
        var filter = block.AddArgument(RankedTensorType.Get(ctx, [3, 3, 8, 24], FloatType.F32(ctx)), loc);
        var channels = IntegerAttr.Get(ctx, 32, 24);

        Assert.True(FilterShape.HasValidFilterShape(ctx, IntegerAttr.Get(ctx, 32, 8), filter));
        using (OnceDiagnostics.Begin())
        {
            Assert.False(FilterShape.HasValidFilterShape(ctx, channels, filter));
            Assert.False(FilterShape.HasValidFilterShape(ctx, channels, filter));
        }
        var d = Assert.Single(reported);
        Assert.Same(loc, d.Location);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.StartsWith("Invalid binary grouped convolution", d.Message);
        // Outside a scope nothing is remembered.
        Assert.False(FilterShape.HasValidFilterShape(ctx, channels, filter));
        Assert.Equal(2, reported.Count);
    }
}

namespace Lce.Tests.ConverterPasses;

using FsCheck;
using FsCheck.Fluent;
using Lce.Transforms.Tf.PrepareTf;

/// <summary>The inference batch-norm arithmetic prepare-tf folds into constants.</summary>
public sealed class BatchNormFoldingTests
{
    [Fact]
    public void FoldsScaleOverStandardDeviationAndShiftedOffset()
    {
        var (m, b) = BatchNormFolding.Fold([2f, 6f], [1f, -1f], [1f, 2f], [3f, 8f], 1f, 2);
        Assert.Equal([1f, 2f], m);
        Assert.Equal([0f, -5f], b);
    }

    [Fact]
    public void OneElementParametersBroadcast()
    {
        var (m, b) = BatchNormFolding.Fold([2f], [0.5f], [0f], [0f, 3f, 15f], 1f, 3);
        Assert.Equal([2f, 1f, 0.5f], m);
        Assert.Equal([0.5f, 0.5f, 0.5f], b);
    }

    [Theory]
    [InlineData(4L, new[] { 4, 4, 1, 4 }, 4L)]
    [InlineData(-1L, new[] { 3, 1, 1, 3 }, 3L)]
    [InlineData(5L, new[] { 4, 4, 4, 4 }, null)]
    [InlineData(4L, new[] { 4, 3, 4, 4 }, null)]
    public void ChannelCountAgreesWithInputAndParameters(long lastDim, int[] lengths, long? expected)
    {
        var ctx = Lce.Dialects.StandardDialects.CreateContext();
        var x = IR.RankedTensorType.Get(ctx, [1, 2, 2, lastDim == -1 ? IR.ShapedType.Dynamic : lastDim], IR.FloatType.F32(ctx));
        Assert.Equal(expected, BatchNormFolding.ChannelCount(x, lengths.Select(n => new float[n]).ToList()));
    }

    /// <summary>x·m + b equals the batch norm's (x − mean)·scale/√(var + ε) + offset.</summary>
    [Fact]
    public void FoldedFormMatchesTheDefinition()
    {
        var gen = from x in Gen.Choose(-1000, 1000)
                  from s in Gen.Choose(1, 300)
                  from o in Gen.Choose(-100, 100)
                  from mu in Gen.Choose(-100, 100)
                  from v in Gen.Choose(0, 400)
                  select (x / 100f, s / 100f, o / 100f, mu / 100f, v / 100f);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (x, s, o, mu, v) = t;
            var (m, b) = BatchNormFolding.Fold([s], [o], [mu], [v], 1e-3f, 1);
            double expected = (x - mu) * s / Math.Sqrt(v + 1e-3) + o;
            Assert.True(Math.Abs(x * m[0] + b[0] - expected) <= 1e-4 * Math.Max(1, Math.Abs(expected)) + 1e-4,
                $"x={x} scale={s} offset={o} mean={mu} var={v}: {x * m[0] + b[0]} vs {expected}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }
}

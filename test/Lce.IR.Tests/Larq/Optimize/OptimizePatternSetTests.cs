namespace Lce.Tests.Larq.Optimize;

using Lce.Dialects;
using Lce.IR.Rewrite;
using Lce.Transforms.Larq;
using Lce.Transforms.Larq.Optimize;

/// <summary>
/// The pattern sets per target, in LCE's order, with DRR's benefits (matched ops, constants
/// included, plus addBenefit) and roots.
/// </summary>
public sealed class OptimizePatternSetTests
{
    private static readonly (string Name, string Root, int Benefit)[] Common =
    [
        ("QuantizeGreaterEqualZero", "lq.Quantize", 103), // Quantize, greater_equal, constant + 100
        ("QuantizeGreaterEqual", "lq.Quantize", 2),
        ("QuantizeLessEqual", "lq.Quantize", 2),
        ("FuseAddIntoBconv2d", "tfl.add", 4),             // add, Bconv2d, bias and value constants
        ("FuseSubIntoBconv2d", "tfl.sub", 4),
        ("FuseDivIntoBconv2d", "tfl.div", 5),             // + the multiplier constant
        ("FuseMulIntoBconv2d", "tfl.mul", 5),
        ("FuseReluIntoBconv2dValid", "tfl.relu", 4),
        ("FuseReluIntoBconv2dSameOne", "tfl.relu", 4),
        ("FuseRelu1IntoBconv2dValid", "tfl.relu_n1_to_1", 4),
        ("FuseRelu1IntoBconv2dSameOne", "tfl.relu_n1_to_1", 4),
        ("FuseRelu6IntoBconv2dValid", "tfl.relu6", 4),
        ("FuseRelu6IntoBconv2dSameOne", "tfl.relu6", 4),
    ];

    private static readonly (string, string, int)[] Arm = [("ReorderMaxPool2dQuantize", "lq.Quantize", 2)];

    private static readonly (string, string, int)[] Bitpack =
    [
        ("WriteBitpackedActivationsValid", "lq.Quantize", 6), // Quantize, Bconv2d, 3 constants, no_value
        ("WriteBitpackedActivationsSameOne", "lq.Quantize", 6),
    ];

    private static List<(string, string, int)> Patterns(LceTarget target)
    {
        var set = new RewritePatternSet(StandardDialects.CreateContext());
        OptimizeLcePass.PopulatePatterns(set, target);
        return set.Patterns.Select(p => (p.DebugName, p.RootName!, p.Benefit)).ToList();
    }

    [Fact]
    public void ArmHasTheCommonTheMaxPoolAndTheBitpackPatterns() =>
        Assert.Equal([.. Common, .. Arm, .. Bitpack], Patterns(LceTarget.Arm));

    [Fact]
    public void XCoreHasNoBinaryMaxPool() =>
        Assert.Equal([.. Common, .. Bitpack], Patterns(LceTarget.XCore));

    [Fact]
    public void PassIsRegisteredUnderLcesName()
    {
        var pass = new OptimizeLcePass();
        Assert.Equal("tfl-optimize-lce", pass.Argument);
        Assert.Equal("Optimize within the TensorFlow Lite dialect", pass.Description);
        Assert.Equal(LceTarget.Arm, pass.Target);
        Assert.Equal(LceTarget.XCore, new OptimizeLcePass(LceTarget.XCore).Target);
        Assert.True(pass.InitializeOptions("target=xcore", TextWriter.Null));
        Assert.Equal(LceTarget.XCore, pass.Target);
        Assert.Equal(LceTarget.XCore, ((OptimizeLcePass)pass.Clone()).Target);
    }
}

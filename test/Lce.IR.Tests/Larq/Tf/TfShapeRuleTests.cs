namespace Lce.Tests.Larq.Tf;

using FsCheck;
using FsCheck.Fluent;
using Lce.Dialects.Tf;
using Lce.IR;

/// <summary>TF's shape arithmetic: broadcasting, convolution output sizes, permutation inverses, builders and attribute defaults.</summary>
public class TfShapeRuleTests
{
    private static readonly Config Cases = Config.QuickThrowOnFailure.WithMaxTest(300);

    private static Gen<long[]> StaticShape => Gen.Elements(1L, 1L, 2L, 3L).ArrayOf().Where(a => a.Length <= 4);

    /// <summary>For static shapes, broadcasting is numpy's: aligned from the right, sizes equal or 1; and it is symmetric.</summary>
    [Fact]
    public void StaticBroadcastingIsNumpys()
    {
        Prop.ForAll(StaticShape.Two().ToArbitrary(), p =>
        {
            var (a, b) = p;
            int rank = Math.Max(a.Length, b.Length);
            long[]? expected = new long[rank];
            for (int i = 1; i <= rank; i++)
            {
                long x = i <= a.Length ? a[^i] : 1, y = i <= b.Length ? b[^i] : 1;
                if (x != y && x != 1 && y != 1) { expected = null; break; }
                expected[^i] = Math.Max(x, y);
            }
            var actual = TfTypeUtil.BroadcastedShape(a, b);
            var swapped = TfTypeUtil.BroadcastedShape(b, a);
            return (expected is null ? actual is null : actual is not null && actual.SequenceEqual(expected))
                && (actual is null) == (swapped is null) && (actual is null || actual.SequenceEqual(swapped!));
        }).Check(Cases);
    }

    /// <summary>
    /// VALID keeps the windows that fit ((in - eff) / stride + 1 when one fits; when none fits TF's
    /// truncating division still gives 0 until the numerator reaches -stride, and an error after);
    /// SAME gives ceil(in / stride).
    /// </summary>
    [Fact]
    public void WindowedOutputSizesMatchTheirDefinitions()
    {
        var gen =
            from input in Gen.Choose(1, 40)
            from filter in Gen.Choose(1, 7)
            from dilation in Gen.Choose(1, 3)
            from stride in Gen.Choose(1, 4)
            select (input, filter, dilation, stride);
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var (input, filter, dilation, stride) = c;
            long eff = (filter - 1L) * dilation + 1;
            long? valid = Conv2DRules.WindowedOutputSize(input, filter, dilation, stride, "VALID", 0, 0);
            long? same = Conv2DRules.WindowedOutputSize(input, filter, dilation, stride, "SAME", 0, 0);
            long? expectedValid = input >= eff ? (input - eff) / stride + 1 : input - eff + stride > -stride ? 0 : null;
            bool validOk = valid == expectedValid;
            return validOk && same == (input + stride - 1) / stride;
        }).Check(Cases);
    }

    /// <summary>A Conv2D whose result type is the inferred one verifies; any other static spatial size is reported as TF does.</summary>
    [Fact]
    public void Conv2DResultTypeIsChecked()
    {
        var gen =
            from size in Gen.Choose(3, 12)
            from k in Gen.Choose(1, 3)
            from stride in Gen.Choose(1, 2)
            from padding in Gen.Elements("SAME", "VALID")
            from delta in Gen.Elements(0, 0, 1)
            select (size, k, stride, padding, delta);
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var (size, k, stride, padding, delta) = c;
            long outSize = (long)Conv2DRules.WindowedOutputSize(size, k, 1, stride, padding, 0, 0)! + delta;
            var t = new TfTestUtil();
            var result = $"tensor<1x{outSize}x{outSize}x8xf32>";
            var errors = t.Errors($$"""
                func.func @f(%x: tensor<1x{{size}}x{{size}}x4xf32>, %w: tensor<{{k}}x{{k}}x4x8xf32>) {
                  %0 = "tf.Conv2D"(%x, %w) {padding = "{{padding}}", strides = [1, {{stride}}, {{stride}}, 1]} : (tensor<1x{{size}}x{{size}}x4xf32>, tensor<{{k}}x{{k}}x4x8xf32>) -> {{result}}
                  return
                }
                """);
            return delta == 0 ? errors.Count == 0
                : errors.Count == 2 && errors[0].StartsWith("'tf.Conv2D' op inferred type(s) 'tensor<1x", StringComparison.Ordinal)
                  && errors[1] == "'tf.Conv2D' op failed to infer returned types";
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    /// <summary>A permutation and its inverse cancel; a permutation and itself only when it is an involution.</summary>
    [Fact]
    public void InversePermutationsCancel()
    {
        var gen = Gen.Choose(1, 5).SelectMany(n => Gen.Shuffle(Enumerable.Range(0, n).Select(i => (long)i).ToArray()));
        Prop.ForAll(gen.ToArbitrary(), perm =>
        {
            var inverse = new long[perm.Length];
            for (int i = 0; i < perm.Length; i++) inverse[perm[i]] = i;
            bool involution = perm.Select((p, i) => perm[p] == i).All(b => b);
            return TfShapeRules.AreCancellablePermutations(perm, inverse)
                && TfShapeRules.AreCancellablePermutations(perm, perm) == involution;
        }).Check(Cases);
    }

    [Fact]
    public void BuildersAndAttributeDefaults()
    {
        var t = new TfTestUtil();
        var module = t.Parse("""
            func.func @f(%x: tensor<1x4x4x2xf32>, %w: tensor<1x1x2x2xf32>, %u: tensor<*xf32>) {
              %0 = "tf.Conv2D"(%x, %w) {padding = "SAME", strides = [1, 2, 2, 1]} : (tensor<1x4x4x2xf32>, tensor<1x1x2x2xf32>) -> tensor<1x2x2x2xf32>
              return
            }
            """);
        var func = module.GetRegion(0).EntryBlock!.Operations.First();
        var entry = func.GetRegion(0).EntryBlock!;
        var conv = entry.Operations.First();
        var attrs = TfAttrs.Conv(conv);
        Assert.Equal([1L, 2, 2, 1], attrs.Strides);
        Assert.Equal([1L, 1, 1, 1], attrs.Dilations);
        Assert.Equal(("SAME", "NHWC", true), (attrs.Padding, attrs.DataFormat, attrs.UseCudnnOnGpu));

        var b = new Builder(t.Ctx);
        b.SetInsertionPoint(conv);
        var s32 = TfBuild.Shape(b, entry.Arguments[0], use32Bit: true, UnknownLoc.Get(t.Ctx));
        var s64 = TfBuild.Shape(b, entry.Arguments[2], use32Bit: false, UnknownLoc.Get(t.Ctx));
        Assert.Equal("tensor<4xi32>", s32.GetResult(0).Type.ToString());
        Assert.Equal("tensor<?xi64>", s64.GetResult(0).Type.ToString());
        Assert.Empty(t.VerifyMessages(module));
    }
}

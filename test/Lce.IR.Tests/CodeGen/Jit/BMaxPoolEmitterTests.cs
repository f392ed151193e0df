using FsCheck;
using FsCheck.Fluent;
using Lce.CodeGen.Jit;
using Lce.CodeGen.Reference;

namespace Lce.Tests.CodeGen.Jit;

/// <summary>The emitted binary max-pool equals the reference on random shapes, windows, strides and paddings.</summary>
public unsafe class BMaxPoolEmitterTests
{
    [Fact]
    public void MatchesTheReferenceKernel() =>
        Prop.ForAll(
            (from n in Gen.Choose(1, 2)
             from h in Gen.Choose(1, 9)
             from w in Gen.Choose(1, 9)
             from words in Gen.Choose(1, 19)
             from fh in Gen.Choose(1, 4)
             from fw in Gen.Choose(1, 4)
             from sh in Gen.Choose(1, 3)
             from sw in Gen.Choose(1, 3)
             from padding in Gen.Elements(LcePadding.Same, LcePadding.Valid)
             from seed in Gen.Choose(0, 1 << 30)
             select (n, h, w, words, fh, fw, sh, sw, padding, seed)).ToArbitrary(), c =>
        {
            var p = new BMaxPool2dParams(c.fh, c.fw, c.sh, c.sw, c.padding);
            int[] shape = [c.n, c.h, c.w, c.words];
            if (BMaxPool2d.TryOutputShape(p, shape, out _) is not { } outShape) return;
            var rng = new Random(c.seed);
            var x = Enumerable.Range(0, c.n * c.h * c.w * c.words).Select(_ => rng.Next() | (rng.Next(2) << 31)).ToArray();
            var want = new int[outShape.Aggregate(1, (a, b) => a * b)];
            var got = new int[want.Length];
            BMaxPool2d.Run(p, shape, x, want);
            fixed (int* px = x)
            fixed (int* py = got)
                BMaxPoolEmitter.Emit(p, shape)((nint)px, (nint)py);
            Assert.Equal(want, got);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100));
}

using FsCheck;
using FsCheck.Fluent;
using Lce.IR.Affine;

namespace Lce.Tests.Affine;

public class AffinePropertyTests
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(2000);

    // Throwing (rather than returning false) puts both texts in the failure report.
    private static bool Same(string printed, string reprinted) =>
        printed == reprinted ? true : throw new Xunit.Sdk.XunitException($"printed:   {printed}\nreprinted: {reprinted}");

    [Fact]
    public void PrintParsePrintIsAFixpoint() =>
        Prop.ForAll<int>(seed =>
        {
            var rng = new Random(seed);
            var results = Enumerable.Range(0, rng.Next(1, 4))
                .Select(_ => RandomAffineExprs.Generate(rng, rng.Next(1, 6)).Build()).ToList();
            var map = AffineMap.Get(RandomAffineExprs.NumDims, RandomAffineExprs.NumSymbols, results);
            // One round may still regroup (the printer drops parentheses around a right-nested sum,
            // which mlir-opt also does), so the fixpoint is checked from the first reparse on.
            string printed = AffineParser.ParseMap(map.ToString(), out var error, out _)?.ToString() ?? error!;
            var reparsed = AffineParser.ParseMap(printed, out error, out _);
            return Same(printed, error ?? reparsed!.ToString());
        }).Check(Many);

    [Fact]
    public void SetPrintParsePrintIsAFixpoint() =>
        Prop.ForAll<int>(seed =>
        {
            var rng = new Random(seed);
            var constraints = Enumerable.Range(0, rng.Next(1, 4))
                .Select(_ => new AffineConstraint(RandomAffineExprs.Generate(rng, rng.Next(1, 5)).Build(), rng.Next(2) == 0)).ToList();
            var set = IntegerSet.Get(RandomAffineExprs.NumDims, RandomAffineExprs.NumSymbols, constraints);
            string printed = AffineParser.ParseSet(set.ToString(), out var error, out _)?.ToString() ?? error!;
            var reparsed = AffineParser.ParseSet(printed, out error, out _);
            return Same(printed, error ?? reparsed!.ToString());
        }).Check(Many);

    [Fact]
    public void SimplificationPreservesValues() =>
        Prop.ForAll<int>(seed =>
        {
            var rng = new Random(seed);
            var raw = RandomAffineExprs.Generate(rng, rng.Next(1, 6));
            var simplified = raw.Build();
            for (int i = 0; i < 20; i++)
            {
                long[] dims = Enumerable.Range(0, RandomAffineExprs.NumDims).Select(_ => (long)rng.Next(-40, 41)).ToArray();
                long[] syms = Enumerable.Range(0, RandomAffineExprs.NumSymbols).Select(_ => (long)rng.Next(-6, 7)).ToArray();
                long expected;
                try { expected = raw.Evaluate(dims, syms); }
                catch (DivideByZeroException) { continue; } // undefined at this point
                if (simplified.Evaluate(dims, syms) != expected) return false;
            }
            return true;
        }).Check(Many);
}

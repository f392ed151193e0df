namespace Lce.Tests.Dialects.Arith;

using FsCheck;
using FsCheck.Fluent;
using Lce.Dialects;
using Lce.IR;
using Lce.IR.Parsing;
using Lce.Transforms;
using Lce.Transforms.Cse;

/// <summary>
/// Random straight-line arith programs keep their value under canonicalize followed by cse:
/// the function is evaluated on random arguments before and after, and every result must be
/// the same bits (any NaN matching any NaN), except where the original was undefined (poison).
/// </summary>
public sealed class ArithCanonicalizePropertyTests
{
    private static readonly int Scale =
        int.TryParse(Environment.GetEnvironmentVariable("LCE_PROPERTY_SCALE"), out int k) && k > 0 ? k : 1;

    [Fact]
    public void CanonicalizeAndCseKeepValues() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed => KeepsValues(seed, ops: 8 + seed % 33))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(150 * Scale));

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(2024)]
    public void LongProgramsKeepValues(int seed) => Assert.True(KeepsValues(seed, ops: 120));

    [Fact]
    public void ProgramsActuallyChange()
    {
        // Guards the property against a vacuous pass: most programs must be simplified.
        int changed = 0;
        for (int seed = 0; seed < 20; seed++)
        {
            var (before, after) = Transform(new RandomArithProgram(seed, 30));
            if (before != after) changed++;
        }
        Assert.True(changed >= 15, $"only {changed} of 20 programs changed");
    }

    private static (string Before, string After) Transform(RandomArithProgram program)
    {
        var ctx = StandardDialects.CreateContext();
        var module = Parse(ctx, program.Text);
        var before = module.ToString();
        Canonicalize(module);
        return (before, module.ToString());
    }

    private static Operation Parse(IRContext ctx, string text)
    {
        var parsed = MlirParser.ParseSourceString(ctx, text, "random.mlir");
        if (parsed.Operation is null) throw new Xunit.Sdk.XunitException($"generated IR does not parse: {parsed.Error}\n{text}");
        if (!Verifier.Verify(parsed.Operation)) throw new Xunit.Sdk.XunitException($"generated IR does not verify\n{text}");
        return parsed.Operation;
    }

    private static void Canonicalize(Operation module)
    {
        if (!new CanonicalizePass().Run(module)) throw new Xunit.Sdk.XunitException("canonicalize failed");
        if (!new CsePass().Run(module)) throw new Xunit.Sdk.XunitException("cse failed");
        if (!Verifier.Verify(module)) throw new Xunit.Sdk.XunitException($"result does not verify\n{module}");
    }

    private static bool KeepsValues(int seed, int ops)
    {
        var program = new RandomArithProgram(seed, ops);
        var ctx = StandardDialects.CreateContext();
        var module = Parse(ctx, program.Text);
        var func = module.GetRegion(0).EntryBlock!.Operations.First();
        var rng = new Random(seed);
        var inputs = Enumerable.Range(0, 8).Select(_ => RandomArithProgram.RandomArguments(rng, program.ArgumentTypes)).ToList();
        var expected = inputs.Select(args => ArithEvaluator.Run(func, args)).ToList();

        Canonicalize(module);
        for (int n = 0; n < inputs.Count; n++)
        {
            var actual = ArithEvaluator.Run(func, inputs[n]);
            for (int i = 0; i < expected[n].Count; i++)
            {
                if (expected[n][i].IsPoison || expected[n][i].SameAs(actual[i])) continue;
                throw new Xunit.Sdk.XunitException(
                    $"seed {seed}: result {i} was {expected[n][i]}, is {actual[i]} for arguments [{string.Join(", ", inputs[n])}]\n" +
                    $"before:\n{program.Text}\nafter:\n{module}");
            }
        }
        return true;
    }
}

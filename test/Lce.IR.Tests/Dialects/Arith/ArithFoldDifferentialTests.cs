namespace Lce.Tests.Dialects.Arith;

using Lce.Dialects;
using Lce.IR;
using Lce.IR.Parsing;

/// <summary>
/// Constant folding of every arith op against mlir-opt 22: the fold-*.mlir inputs apply each op
/// to many constant operand pairs; the committed expected outputs (test/passes/regen.sh, real mlir-opt)
/// show which results MLIR folds and to what. Here each op is folded directly with its fold
/// hook, independent of any driver, and every returned value must match.
/// </summary>
public sealed class ArithFoldDifferentialTests
{
    public static TheoryData<string> Files() => new(Directory.GetFiles(RepoPaths.Combine("test", "passes", "arith"), "fold-*.mlir")
        .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public void FoldsLikeMlirOpt(string file)
    {
        var ctx = StandardDialects.CreateContext();
        var path = RepoPaths.Combine("test", "passes", "arith", file);
        var input = Parse(ctx, File.ReadAllText(path));
        var expectedText = File.ReadAllText(RepoPaths.Combine("test", "passes", "arith", "expected", Path.GetFileNameWithoutExtension(file) + ".out"));
        var expected = Parse(ctx, expectedText);
        var expectedLines = expectedText.Split('\n');
        var expectedFuncs = Functions(expected).ToDictionary(SymName);

        var mismatches = new List<string>();
        int differing = 0;
        int checkedResults = 0;
        foreach (var func in Functions(input))
        {
            var got = FoldFunction(func);
            var want = ReturnedConstants(expectedFuncs[SymName(func)], expectedLines);
            Assert.Equal(want.Count, got.Count);
            for (int i = 0; i < want.Count; i++, checkedResults++)
            {
                var mine = got[i].Value?.ToString();
                if (want[i] != mine && differing++ < 40)
                    mismatches.Add($"@{SymName(func)} result {i} ({got[i].Op}): mlir-opt {want[i] ?? "(not folded)"}, lce {mine ?? "(not folded)"}");
            }
        }
        Assert.True(checkedResults > 0);
        Assert.True(differing == 0, $"{differing} of {checkedResults} differ:\n" + string.Join("\n", mismatches));
    }

    private static Operation Parse(IRContext ctx, string text)
    {
        var result = MlirParser.ParseSourceString(ctx, text);
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Operation!;
    }

    private static IEnumerable<Operation> Functions(Operation module) =>
        module.GetRegion(0).EntryBlock!.Operations.Where(o => o.Name == "func.func");

    private static string SymName(Operation func) => ((StringAttr)func.GetInherentOrDiscardable("sym_name")!).Value;

    /// <summary>
    /// The text of the constant each returned value is (as mlir-opt printed it: re-parsing would
    /// round f80/f128 literals through f64), or null when it is not a constant.
    /// </summary>
    private static List<string?> ReturnedConstants(Operation func, string[] lines)
    {
        var ret = func.GetRegion(0).EntryBlock!.Operations.Last();
        return ret.Operands.Select(v => v.DefiningOp is { Name: "arith.constant" } c ? ConstantText(c, lines) : null).ToList();
    }

    private static string ConstantText(Operation constant, string[] lines)
    {
        var loc = (FileLineColLoc)constant.Location;
        var line = lines[loc.Line - 1];
        return line[(line.IndexOf("arith.constant ", StringComparison.Ordinal) + "arith.constant ".Length)..].TrimEnd();
    }

    /// <summary>Folds the ops of a constant-only function in order, as a driver would, without changing it.</summary>
    private static List<(IRAttribute? Value, Operation? Op)> FoldFunction(Operation func)
    {
        var known = new Dictionary<Value, IRAttribute>();
        var ops = func.GetRegion(0).EntryBlock!.Operations.ToList();
        foreach (var op in ops)
        {
            if (op.Name == "func.return")
                return op.Operands.Select(v => (known.GetValueOrDefault(v), v.DefiningOp)).ToList();
            var operands = op.Operands.Select(v => known.GetValueOrDefault(v)).ToArray();
            var folded = op.Definition?.Folder?.Invoke(op, operands);
            for (int i = 0; i < op.NumResults; i++)
            {
                if (folded is null) continue;
                if (folded[i] is IRAttribute a) known[op.GetResult(i)] = a;
                else if (folded[i] is Value v && !ReferenceEquals(v, op.GetResult(i)) && known.TryGetValue(v, out var va)) known[op.GetResult(i)] = va;
            }
        }
        throw new InvalidOperationException("function without return");
    }
}

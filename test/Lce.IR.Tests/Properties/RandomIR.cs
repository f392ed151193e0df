using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Lce.IR;
using Lce.IR.Affine;
using Lce.IR.Numerics;

namespace Lce.Tests.Properties;

/// <summary>
/// One generated test case: a seed and a size. The IR itself is built from them on demand
/// (it lives in an <see cref="IRContext"/>, which FsCheck cannot hold or shrink); shrinking
/// lowers the size, which bounds the number of ops, the nesting depth and the attribute sizes.
/// </summary>
public sealed record IRCase(int Seed, int Size)
{
    public override string ToString() => $"IRCase(Seed: {Seed}, Size: {Size})";
}

public static class RandomIRArb
{
    public static Gen<IRCase> Gen =>
        FsCheck.Fluent.Gen.Sized(size =>
            from seed in FsCheck.Fluent.Gen.Choose(int.MinValue, int.MaxValue)
            from s in FsCheck.Fluent.Gen.Choose(0, Math.Max(0, size))
            select new IRCase(seed, s));

    private static IEnumerable<IRCase> Shrink(IRCase c) =>
        c.Size == 0 ? [] : new[] { c with { Size = c.Size / 2 }, c with { Size = c.Size - 1 } }.Distinct();

    public static Arbitrary<IRCase> Arb => FsCheck.Fluent.Arb.From(Gen, Shrink);
}

/// <summary>
/// Builds random, valid IR: a builtin.module holding unregistered `tst.*` ops (operands taken
/// from dominating values, results, properties, attributes of every builtin kind, nested regions
/// with blocks, block arguments and successors, locations of every kind) and, sometimes,
/// registered func/arith ops.
/// </summary>
public sealed partial class RandomIR
{
    private readonly Random _r;
    private readonly IRContext _ctx;
    private readonly int _size;
    private int _opBudget;
    private int _symbolCounter;
    private int _funcCounter;

    public RandomIR(IRContext ctx, IRCase c)
    {
        _ctx = ctx; _r = new Random(c.Seed); _size = c.Size;
        _opBudget = 1 + c.Size / 2;
    }

    private int MaxDepth => _size < 10 ? 1 : _size < 40 ? 2 : 3;
    private bool Chance(int oneIn) => _r.Next(oneIn) == 0;
    private T Pick<T>(IReadOnlyList<T> xs) => xs[_r.Next(xs.Count)];

    // ------------------------------------------------------------------ ops

    public Operation Module()
    {
        var module = Operation.Create(_ctx, "builtin.module", Loc(1),
            attributes: Chance(4) ? DictionaryAttr.Get(_ctx, [new("tst.module_attr", Attr(1))]) : null, numRegions: 1);
        var body = module.GetRegion(0).AddBlock();
        var scope = new List<Value>();
        while (_opBudget > 0)
        {
            if (Chance(6)) body.Append(Func());
            else body.Append(Op(scope, 0, null, false));
        }
        return module;
    }

    private static readonly string[] OpNames = ["tst.op", "tst.a", "tst.b_c", "tst.region", "tst.x$y", "tst.t0"];

    private Operation Op(List<Value> scope, int depth, IReadOnlyList<Block>? successorCandidates, bool mayHaveSuccessors)
    {
        _opBudget--;
        var operands = new List<Value>();
        if (scope.Count > 0) for (int i = _r.Next(4); i > 0; i--) operands.Add(Pick(scope));
        var results = new List<IRType>();
        for (int i = _r.Next(4) == 0 ? 0 : _r.Next(1, 4); i > 0; i--) results.Add(Type(0));
        var successors = new List<Block>();
        if (mayHaveSuccessors && successorCandidates is { Count: > 0 })
            for (int i = _r.Next(3); i > 0; i--) successors.Add(Pick(successorCandidates));
        int numRegions = depth < MaxDepth && _opBudget > 0 && Chance(3) ? _r.Next(1, 3) : 0;
        var op = Operation.Create(_ctx, Pick(OpNames), Loc(2), operands, results,
            attributes: UniqueSymbolName(Dict(_r.Next(4), 2)),
            properties: Chance(3) ? UniqueSymbolName(Dict(_r.Next(1, 3), 2)) : null,
            successors: successors, numRegions: numRegions);
        for (int i = 0; i < numRegions; i++) FillRegion(op.GetRegion(i), scope, depth + 1);
        return op;
    }

    /// <summary>
    /// A string <c>sym_name</c> makes the op a symbol, and two equal symbols in one table are
    /// invalid IR; each generated symbol therefore gets a fresh name.
    /// </summary>
    private DictionaryAttr UniqueSymbolName(DictionaryAttr d)
    {
        if (d.Get("sym_name") is not StringAttr) return d;
        return DictionaryAttr.Get(_ctx, d.Entries
            .Select(e => e.Name == "sym_name" ? new NamedAttribute(e.Name, StringAttr.Get(_ctx, $"sym{_symbolCounter++}")) : e)
            .ToList());
    }

    private void FillRegion(Region region, List<Value> outerScope, int depth)
    {
        int numBlocks = _r.Next(4) == 0 ? 0 : _r.Next(1, 4);
        for (int b = 0; b < numBlocks; b++)
        {
            var block = region.AddBlock();
            for (int a = _r.Next(3); a > 0; a--) block.AddArgument(Type(0), Loc(1));
        }
        // Only non-entry blocks may be branched to (the entry block has no predecessors).
        var targets = region.Blocks.Skip(1).ToList();
        foreach (var block in region.Blocks)
        {
            // Values visible in a block: those of the enclosing scope at the parent op, this
            // block's arguments and the results of earlier ops in this block.
            var scope = new List<Value>(outerScope);
            scope.AddRange(block.Arguments);
            int n = _opBudget <= 0 ? 0 : _r.Next(0, Math.Min(_opBudget, 4) + 1);
            // Only the single block of a region may be empty (an unregistered last op might be a terminator).
            if (region.Blocks.Count > 1) n = Math.Max(n, 1);
            for (int i = 0; i < n; i++)
            {
                var op = Op(scope, depth, targets, mayHaveSuccessors: i == n - 1);
                block.Append(op);
                scope.AddRange(op.Results);
            }
        }
    }

    /// <summary>A registered func.func with arith ops, built through the generic API.</summary>
    private Operation Func()
    {
        _opBudget -= 3;
        var t = IntegerType.Get(_ctx, Pick(new[] { 1, 8, 16, 32, 64, 5 }));
        var fnType = FunctionType.Get(_ctx, [t, t], [t]);
        var func = Operation.Create(_ctx, "func.func", Loc(1),
            attributes: DictionaryAttr.Get(_ctx, [
                new("sym_name", StringAttr.Get(_ctx, $"f{_funcCounter++}")),
                new("function_type", TypeAttr.Get(_ctx, fnType))]),
            numRegions: 1);
        var entry = func.GetRegion(0).AddBlock();
        var a0 = entry.AddArgument(t, Loc(1));
        var a1 = entry.AddArgument(t, Loc(1));
        var cst = Operation.Create(_ctx, "arith.constant", Loc(1), resultTypes: [t],
            attributes: DictionaryAttr.Get(_ctx, [new("value", IntegerAttr.Get(_ctx, t, RandomInteger(t.Width, t.Signedness)))]));
        entry.Append(cst);
        var add = Operation.Create(_ctx, Pick(new[] { "arith.addi", "arith.muli", "arith.xori" }), Loc(1), [a0, cst.Result], [t]);
        entry.Append(add);
        var mul = Operation.Create(_ctx, "arith.subi", Loc(1), [add.Result, a1], [t]);
        entry.Append(mul);
        entry.Append(Operation.Create(_ctx, "func.return", Loc(1), [mul.Result]));
        return func;
    }
}

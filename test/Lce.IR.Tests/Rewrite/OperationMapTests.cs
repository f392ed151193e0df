namespace Lce.Tests.Rewrite;

using FsCheck;
using FsCheck.Fluent;
using Lce.IR;
using Lce.IR.Rewrite;

/// <summary>
/// <see cref="OperationMap{TValue}"/> behaves as a dictionary keyed by identity under any
/// sequence of adds, sets and removals (removal shifts probe runs back, growth rehashes).
/// </summary>
public class OperationMapTests
{
    private static readonly IRContext Ctx = NewContext();

    private static IRContext NewContext()
    {
        var ctx = new IRContext { AllowUnregisteredDialects = true };
        Lce.Dialects.StandardDialects.RegisterAll(ctx);
        return ctx;
    }

    private static Operation[] NewOps(int n) =>
        Enumerable.Range(0, n).Select(_ => Operation.Create(Ctx, "tst.op", UnknownLoc.Get(Ctx))).ToArray();

    /// <summary>Applies (action, op index, value) steps to the map and to a Dictionary; true when they always agree.</summary>
    private static bool AgreesWithDictionary((int Action, int Op, int Value)[] steps, int poolSize)
    {
        var ops = NewOps(poolSize);
        var map = new OperationMap<int>(capacity: 2);
        var model = new Dictionary<Operation, int>(ReferenceEqualityComparer.Instance);
        foreach (var (action, index, value) in steps)
        {
            var op = ops[index % poolSize];
            switch (action)
            {
                case 0:
                    if (map.TryAdd(op, value) != model.TryAdd(op, value)) return false;
                    break;
                case 1:
                    map.Set(op, value);
                    model[op] = value;
                    break;
                case 2:
                    bool removed = map.Remove(op, out int got);
                    if (removed != model.Remove(op, out int expected) || (removed && got != expected)) return false;
                    break;
                default:
                    map.Clear();
                    model.Clear();
                    break;
            }
            if (map.Count != model.Count) return false;
            foreach (var o in ops)
            {
                bool inMap = map.TryGetValue(o, out int v);
                if (inMap != model.TryGetValue(o, out int w) || (inMap && v != w) || inMap != map.ContainsKey(o)) return false;
            }
        }
        return true;
    }

    [Fact]
    public void AgreesWithADictionaryOnRandomEdits()
    {
        var step = from action in Gen.Frequency((5, Gen.Constant(0)), (2, Gen.Constant(1)), (4, Gen.Constant(2)), (1, Gen.Constant(3)))
                   from op in Gen.Choose(0, 1000)
                   from value in Gen.Choose(-5, 5)
                   select (action, op, value);
        var cases = from pool in Gen.Choose(1, 80)
                    from steps in Gen.ArrayOf(step)
                    select (pool, steps);
        Prop.ForAll(cases.ToArbitrary(), c => AgreesWithDictionary(c.steps, c.pool))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void GrowsAndKeepsEveryEntry()
    {
        var ops = NewOps(5000);
        var map = new OperationMap<int>();
        for (int i = 0; i < ops.Length; i++) Assert.True(map.TryAdd(ops[i], i));
        Assert.Equal(ops.Length, map.Count);
        Assert.True(map.Capacity >= 2 * ops.Length);
        for (int i = 0; i < ops.Length; i += 2) Assert.True(map.Remove(ops[i]));
        for (int i = 0; i < ops.Length; i++)
        {
            Assert.Equal(i % 2 == 1, map.TryGetValue(ops[i], out int v));
            if (i % 2 == 1) Assert.Equal(i, v);
        }
    }

    [Fact]
    public void ClearKeepsSlotsAndEmpties()
    {
        var ops = NewOps(100);
        var map = new OperationMap<int>();
        foreach (var op in ops) map.TryAdd(op, 1);
        int capacity = map.Capacity;
        map.Clear();
        Assert.Equal(0, map.Count);
        Assert.Equal(capacity, map.Capacity);
        Assert.All(ops, op => Assert.False(map.ContainsKey(op)));
    }
}

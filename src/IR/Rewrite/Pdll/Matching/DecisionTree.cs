namespace Lce.IR.Rewrite.Pdll;

/// <summary>
/// The shared matcher of the patterns with one root (MLIR's PDL-to-PDLInterp predicate tree).
/// Every pattern is a list of predicates; predicates are ordered globally (most shared first,
/// shallow positions before deep ones, natives after the positions they read) and inserted into
/// a trie whose nodes ask one question and branch on the answer. A question asked by many
/// patterns is evaluated once per op, and branching on an answer (an op name, a count, a
/// constant) skips every pattern expecting another answer, so matching cost follows the shape
/// of the op rather than the number of patterns.
/// </summary>
internal sealed class DecisionTree
{
    private abstract class Node { public Node? Next; }

    private sealed class TestNode(Position? position, Question question, int slot) : Node
    {
        public Position? Position { get; } = position;
        public Question Question { get; } = question;
        public int Slot { get; } = slot;
        public readonly Dictionary<object, Node> Children = new();
        /// <summary>Native questions: argument slots and result slots.</summary>
        public int[] ArgSlots = [], ResultSlots = [];
    }

    private sealed class SuccessNode(int pattern) : Node { public int Pattern { get; } = pattern; }

    private static readonly object NullAnswer = new();
    private static readonly object True = true, False = false;

    private readonly PositionTable _positions = new();
    private Node? _root;

    public PositionTable Positions => _positions;

    /// <summary>Builds the tree for <paramref name="patterns"/> (pattern i's predicates are patterns[i]).</summary>
    public DecisionTree(IReadOnlyList<IReadOnlyList<Predicate>> patterns)
    {
        // Global order: stage (natives after what they read, their results' tests after them),
        // then how many patterns ask the question, then depth, then first appearance.
        var count = new Dictionary<(Position?, Question), int>();
        var first = new Dictionary<(Position?, Question), int>();
        foreach (var preds in patterns)
            foreach (var key in preds.Select(p => p.Key).Distinct())
            {
                count[key] = count.GetValueOrDefault(key) + 1;
                first.TryAdd(key, first.Count);
            }
        for (int i = 0; i < patterns.Count; i++)
        {
            var sorted = patterns[i].Distinct()
                .OrderBy(p => Stage(p)).ThenByDescending(p => count[p.Key]).ThenBy(p => p.Depth).ThenBy(p => first[p.Key])
                .ToList();
            Insert(ref _root, sorted, 0, i);
        }
    }

    private static int Stage(Predicate p) => p.Question is NativeQuestion n ? 2 * NativeStage(n) - 1
        : 2 * Math.Max(StageOf(p.Position), p.Question is EqualToQuestion e ? StageOf(e.Other) : 0);

    private static int NativeStage(NativeQuestion n) => 1 + (n.Args.Count == 0 ? 0 : n.Args.Max(StageOf));

    private static int StageOf(Position? p) => p switch
    {
        null or RootPosition => 0,
        NativeResultPosition r => NativeStage(r.Constraint),
        OperandPosition o => StageOf(o.Op),
        ResultPosition r => StageOf(r.Op),
        DefiningOpPosition d => StageOf(d.Value),
        AttributePosition a => StageOf(a.Op),
        TypePosition t => StageOf(t.Of),
        _ => 0,
    };

    private void Insert(ref Node? chain, List<Predicate> preds, int i, int pattern)
    {
        if (i == preds.Count) { Append(ref chain, new SuccessNode(pattern)); return; }
        var p = preds[i];
        TestNode? test = null;
        for (var n = chain; n is not null; n = n.Next)
            if (n is TestNode t && Equals(t.Position, p.Position) && t.Question.Equals(p.Question)) { test = t; break; }
        if (test is null)
        {
            test = new TestNode(p.Position, p.Question, p.Position is null ? -1 : _positions.SlotOf(p.Position));
            if (p.Question is EqualToQuestion eq) test.ArgSlots = [_positions.SlotOf(eq.Other)];
            if (p.Question is NativeQuestion nq)
            {
                test.ArgSlots = nq.Args.Select(_positions.SlotOf).ToArray();
                test.ResultSlots = Enumerable.Range(0, nq.ResultCount).Select(k => _positions.SlotOf(new NativeResultPosition(nq, k))).ToArray();
            }
            Append(ref chain, test);
        }
        var answer = p.Answer;
        test.Children.TryGetValue(answer, out var child);
        Insert(ref child, preds, i + 1, pattern);
        test.Children[answer] = child!;
    }

    private static void Append(ref Node? chain, Node node)
    {
        if (chain is null) { chain = node; return; }
        var last = chain;
        while (last.Next is not null) last = last.Next;
        last.Next = node;
    }

    /// <summary>
    /// Runs the tree on <paramref name="frame"/>'s root: <paramref name="onMatch"/> is called for
    /// every pattern whose predicates all hold. Returns the number of questions evaluated.
    /// </summary>
    public int Evaluate(PositionTable.Frame frame, Func<string, NativeConstraint> natives, IRContext ctx, Action<int> onMatch)
    {
        int evaluations = 0;
        Walk(_root);
        return evaluations;

        void Walk(Node? node)
        {
            for (; node is not null; node = node.Next)
            {
                if (node is SuccessNode s) { onMatch(s.Pattern); continue; }
                var test = (TestNode)node;
                evaluations++;
                var answer = Answer(test, frame, natives, ctx);
                if (test.Children.TryGetValue(answer, out var child)) Walk(child);
            }
        }
    }

    private static object Answer(TestNode test, PositionTable.Frame frame, Func<string, NativeConstraint> natives, IRContext ctx)
    {
        if (test.Question is NativeQuestion nq) return EvaluateNative(test, nq, frame, natives(nq.Name), ctx);
        var value = frame.Get(test.Slot);
        switch (test.Question)
        {
            case IsNotNullQuestion: return value is null ? False : True;
            case OpNameQuestion: return (value as Operation)?.Name ?? NullAnswer;
            case OperandCountQuestion: return value is Operation o ? o.NumOperands : NullAnswer;
            case ResultCountQuestion: return value is Operation r ? r.NumResults : NullAnswer;
            case ConstantValueQuestion: return value ?? NullAnswer;
            case EqualToQuestion: return value is not null && SameIR(value, frame.Get(test.ArgSlots[0])) ? True : False;
            default: return NullAnswer;
        }
    }

    private static object EvaluateNative(TestNode test, NativeQuestion nq, PositionTable.Frame frame, NativeConstraint native, IRContext ctx)
    {
        var args = new object?[test.ArgSlots.Length];
        for (int i = 0; i < args.Length; i++)
            if ((args[i] = frame.Get(test.ArgSlots[i])) is null) return NullAnswer;
        var call = new NativeCall(ctx, null, args);
        if (!native(call)) return False;
        for (int i = 0; i < test.ResultSlots.Length; i++)
            frame.Set(test.ResultSlots[i], call.Results is { } r && i < r.Length ? r[i] : null);
        return True;
    }

    /// <summary>Values and ops by identity, attributes and types structurally, ranges element-wise.</summary>
    private static bool SameIR(object a, object? b) => (a, b) switch
    {
        (_, null) => false,
        (IReadOnlyList<Value> x, IReadOnlyList<Value> y) => x.Count == y.Count && x.Zip(y).All(p => ReferenceEquals(p.First, p.Second)),
        (IReadOnlyList<IRType> x, IReadOnlyList<IRType> y) => x.Count == y.Count && x.Zip(y).All(p => p.First.Equals(p.Second)),
        _ => ReferenceEquals(a, b) || a.Equals(b),
    };
}

namespace Lce.CodeGen.Runtime;

using Lce.Dialects.Func;
using static Lce.CodeGen.Runtime.Executor;

/// <summary>
/// Turns a `func.func` into the executor's steps: support check, constants, binding, liveness
/// and arena layout. Every failure is an <see cref="ExecutorException"/> at the op concerned.
/// </summary>
internal static class ExecutionCompiler
{
    internal sealed record Compiled(Step[] Steps, Source[] Outputs, byte[] Arena, IReadOnlyList<TensorSpec> InputSpecs,
        IReadOnlyList<TensorSpec> OutputSpecs, IReadOnlyList<string?> InputNames, IReadOnlyList<string?> OutputNames);

    /// <summary>An op bound but not yet given its output storage (which needs the arena plan).</summary>
    private sealed record PendingStep(Operation Op, Kernel Kernel, Source?[] Inputs, int[] OutputBuffers);

    /// <summary>A value stored in the arena: its buffer number, resolved to a tensor once the arena is laid out.</summary>
    private sealed record FromBuffer(int Buffer) : Source;

    public static Compiled Compile(Operation func, OpKernelRegistry registry)
    {
        if (func.Name != FuncOp.OpName)
            throw new ExecutorException($"expected a 'func.func', got '{func.Name}'", func.Location);
        if (FuncOp.IsExternal(func))
            throw new ExecutorException($"@{FuncOp.Name(func)} has no body", func.Location);
        var region = func.GetRegion(0);
        if (region.Blocks.Count != 1)
            throw new ExecutorException($"@{FuncOp.Name(func)} has {region.Blocks.Count} blocks; only single-block functions run", func.Location);
        var block = region.Blocks[0];
        var ops = block.Operations.ToList();
        CheckSupported(ops, registry);

        var inputSpecs = block.Arguments.Select((a, i) => TensorSpec.FromIRType(a.Type, out var e)
            ?? throw new ExecutorException($"argument #{i}: {e}", a.Location)).ToArray();
        var sources = new Dictionary<Value, Source>();
        foreach (var a in block.Arguments) sources[a] = new FromInput(a.Index);

        var requests = new List<BufferRequest>();
        var pending = new List<PendingStep>();
        Source[]? outputs = null;
        IReadOnlyList<TensorSpec>? outputSpecs = null;
        foreach (var op in ops)
        {
            if (ConstantEvaluator.IsConstantOp(op)) { sources[op.Result] = new FromTensor(ConstantEvaluator.Evaluate(op)); continue; }
            if (ConstantEvaluator.IsNoValue(op)) { sources[op.Result] = new FromNone(); continue; }
            var operands = op.Operands.Select(v => Lookup(sources, v, op)).ToArray();
            // Reading an operand keeps its buffer live up to this step (the return: to the end).
            foreach (var s in operands)
                if (s is FromBuffer b) requests[b.Buffer] = requests[b.Buffer] with { LastUse = pending.Count };
            if (op.Name == "func.return")
            {
                outputs = operands;
                outputSpecs = op.Operands.Select((v, i) => TensorSpec.FromIRType(v.Type, out var e)
                    ?? throw new ExecutorException($"result #{i}: {e}", op.Location)).ToArray();
                break;
            }
            var kernel = Bind(op, operands, registry.Find(op, out _)!);
            var buffers = new int[op.NumResults];
            for (int r = 0; r < op.NumResults; r++)
            {
                buffers[r] = requests.Count;
                requests.Add(new BufferRequest(SpecOf(op.GetResult(r), op).ByteSize, pending.Count, pending.Count));
                sources[op.GetResult(r)] = new FromBuffer(buffers[r]);
            }
            pending.Add(new PendingStep(op, kernel, operands, buffers));
        }
        if (outputs is null || outputSpecs is null)
            throw new ExecutorException($"@{FuncOp.Name(func)} does not end with 'func.return'", func.Location);

        var plan = ArenaPlanner.Plan(requests);
        var arena = new byte[checked((int)plan.ArenaSize)];
        var tensors = new Tensor[requests.Count];
        var steps = new Step[pending.Count];
        for (int k = 0; k < pending.Count; k++)
        {
            var p = pending[k];
            for (int r = 0; r < p.OutputBuffers.Length; r++)
            {
                int b = p.OutputBuffers[r];
                tensors[b] = new Tensor(SpecOf(p.Op.GetResult(r), p.Op),
                    arena.AsMemory(checked((int)plan.Offsets[b]), checked((int)requests[b].Size)));
            }
            steps[k] = new Step(p.Op, p.Kernel, p.Inputs.Select(s => Resolve(s!, tensors)).ToArray(),
                p.OutputBuffers.Select(b => tensors[b]).ToArray());
        }
        var resolvedOutputs = outputs.Select(s => Resolve(s, tensors)).ToArray();
        var (inNames, outNames) = EntryNames(func, inputSpecs.Length, outputSpecs.Count);
        return new Compiled(steps, resolvedOutputs, arena, inputSpecs, outputSpecs, inNames, outNames);
    }

    /// <summary>The first op without a kernel, in block order, is the error.</summary>
    private static void CheckSupported(List<Operation> ops, OpKernelRegistry registry)
    {
        foreach (var op in ops)
        {
            if (ConstantEvaluator.IsConstantOp(op) || ConstantEvaluator.IsNoValue(op) || op.Name == "func.return") continue;
            if (registry.Find(op, out var missing) is null)
                throw new ExecutorException($"no kernel for {missing}", op.Location);
        }
    }

    private static Kernel Bind(Operation op, Source?[] operands, IOpBinding binding)
    {
        var inputSpecs = op.Operands.Select(v => v.Type is NoneType ? null : SpecOf(v, op)).ToArray();
        var outputSpecs = op.Results.Select(r => SpecOf(r, op)).ToArray();
        var constants = operands.Select(s => (s as FromTensor)?.Tensor).ToArray();
        try
        {
            return binding.Bind(new BindingContext(op, inputSpecs, outputSpecs, constants));
        }
        catch (BindingException e)
        {
            throw new ExecutorException($"'{op.Name}': {e.Message}", op.Location);
        }
    }

    private static TensorSpec SpecOf(Value v, Operation op) =>
        TensorSpec.FromIRType(v.Type, out var e) ?? throw new ExecutorException($"'{op.Name}': {e}", op.Location);

    private static Source Lookup(Dictionary<Value, Source> sources, Value v, Operation user) =>
        sources.TryGetValue(v, out var s) ? s
            : throw new ExecutorException($"'{user.Name}' uses a value defined outside the function body", user.Location);

    private static Source Resolve(Source s, Tensor[] tensors) => s is FromBuffer b ? new FromTensor(tensors[b.Buffer]) : s;

    /// <summary>Input/output names from `tf.entry_function = {inputs = "a,b", outputs = "y"}` when present and of the right arity.</summary>
    private static (string?[] Inputs, string?[] Outputs) EntryNames(Operation func, int nIn, int nOut)
    {
        var entry = func.GetAttr("tf.entry_function") as DictionaryAttr;
        return (Names(entry?.Get("inputs"), nIn), Names(entry?.Get("outputs"), nOut));
    }

    private static string?[] Names(IRAttribute? attr, int n)
    {
        var names = attr is StringAttr s && s.Value.Length > 0 ? s.Value.Split(',') : [];
        return names.Length == n ? names : new string?[n];
    }
}

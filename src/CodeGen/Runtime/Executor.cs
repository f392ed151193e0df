namespace Lce.CodeGen.Runtime;

using System.Diagnostics;
using Lce.Dialects.Func;

/// <summary>
/// Runs one `func.func` of tf/tfl/lq ops. <see cref="Compile"/> checks that every op has a
/// kernel, evaluates constants, binds the ops and plans the intermediate tensors in one arena
/// (see <see cref="ArenaPlanner"/>); <see cref="Run"/> executes the ops in block order. An
/// executor owns its arena, so one instance must not run on two threads at once.
/// </summary>
public sealed class Executor
{
    private readonly Step[] _steps;
    private readonly Source[] _outputs;
    private readonly byte[] _arena;

    public string FunctionName { get; }
    public IReadOnlyList<TensorSpec> InputSpecs { get; }
    public IReadOnlyList<TensorSpec> OutputSpecs { get; }

    /// <summary>Output names from `tf.entry_function` when the function has them.</summary>
    public IReadOnlyList<string?> InputNames { get; }
    public IReadOnlyList<string?> OutputNames { get; }

    /// <summary>Bytes of the arena holding every intermediate and output tensor.</summary>
    public long ArenaSize => _arena.Length;

    /// <summary>The number of ops that run (constants excluded).</summary>
    public int KernelCount => _steps.Length;

    /// <summary>Where a value's tensor lives when an op or the return reads it.</summary>
    internal abstract record Source;
    internal sealed record FromInput(int Index) : Source;
    internal sealed record FromTensor(Tensor Tensor) : Source;
    internal sealed record FromNone : Source;

    internal sealed record Step(Operation Op, Kernel Kernel, Source[] Inputs, Tensor[] Outputs);

    private Executor(string name, Step[] steps, Source[] outputs, byte[] arena, IReadOnlyList<TensorSpec> inputSpecs,
        IReadOnlyList<TensorSpec> outputSpecs, IReadOnlyList<string?> inputNames, IReadOnlyList<string?> outputNames)
    {
        FunctionName = name;
        _steps = steps;
        _outputs = outputs;
        _arena = arena;
        InputSpecs = inputSpecs;
        OutputSpecs = outputSpecs;
        InputNames = inputNames;
        OutputNames = outputNames;
    }

    /// <summary>Compiles <paramref name="func"/>; an <see cref="ExecutorException"/> at the offending op otherwise.</summary>
    public static Executor Compile(Operation func, OpKernelRegistry registry)
    {
        var c = ExecutionCompiler.Compile(func, registry);
        return new Executor(FuncOp.Name(func), c.Steps, c.Outputs, c.Arena, c.InputSpecs,
            c.OutputSpecs, c.InputNames, c.OutputNames);
    }

    /// <summary>
    /// Runs the function on <paramref name="inputs"/> (checked against <see cref="InputSpecs"/>:
    /// element type and shape) and returns its results as tensors owning their storage.
    /// With a <paramref name="profile"/>, each op's time is added to it.
    /// </summary>
    public IReadOnlyList<Tensor> Run(IReadOnlyList<Tensor> inputs, OpProfile? profile = null)
    {
        CheckInputs(inputs);
        var watch = profile is null ? null : new Stopwatch();
        foreach (var step in _steps)
        {
            var io = new KernelIO(step.Inputs.Select(s => Resolve(s, inputs)).ToArray(), step.Outputs);
            watch?.Restart();
            try
            {
                step.Kernel(io);
            }
            catch (Exception e) when (e is not ExecutorException)
            {
                throw new ExecutorException($"'{step.Op.Name}' failed: {e.Message}", step.Op.Location);
            }
            if (watch is not null) profile!.Add(step.Op.Name, watch.Elapsed);
        }
        return _outputs.Select(s => Resolve(s, inputs)!.Clone()).ToArray();
    }

    private static Tensor? Resolve(Source s, IReadOnlyList<Tensor> inputs) => s switch
    {
        FromInput i => inputs[i.Index],
        FromTensor t => t.Tensor,
        _ => null,
    };

    /// <summary>Checks <paramref name="inputs"/> against <see cref="InputSpecs"/> (count, element types, shapes).</summary>
    public void CheckInputs(IReadOnlyList<Tensor> inputs)
    {
        if (inputs.Count != InputSpecs.Count)
            throw new ExecutorException($"@{FunctionName} takes {InputSpecs.Count} input(s), got {inputs.Count}");
        for (int i = 0; i < inputs.Count; i++)
        {
            var (want, got) = (InputSpecs[i], inputs[i].Spec);
            if (want.DType != got.DType)
                throw new ExecutorException($"input #{i}{NameNote(i)}: expected element type {want.DType.Name()}, got {got.DType.Name()}");
            if (!want.Shape.AsSpan().SequenceEqual(got.Shape))
                throw new ExecutorException($"input #{i}{NameNote(i)}: expected shape {want.ShapeText}, got {got.ShapeText}");
        }
    }

    private string NameNote(int i) => InputNames[i] is { } n ? $" ('{n}')" : "";
}

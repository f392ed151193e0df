namespace Lce.CodeGen.Runtime;

/// <summary>
/// A bound op, ready to run: reads <see cref="KernelIO.Input"/>s and writes every
/// <see cref="KernelIO.Output"/> (whose storage is preallocated with the shapes of the op's result types).
/// </summary>
public delegate void Kernel(KernelIO io);

/// <summary>The tensors of one op execution; `none` operands (tfl.no_value) are absent inputs.</summary>
public sealed class KernelIO(Tensor?[] inputs, Tensor[] outputs)
{
    public int InputCount => inputs.Length;
    public int OutputCount => outputs.Length;

    /// <summary>Operand <paramref name="i"/>; it must not be `none`.</summary>
    public Tensor Input(int i) => inputs[i] ?? throw new InvalidOperationException($"operand #{i} is none");

    /// <summary>Operand <paramref name="i"/>, or null for a `none` operand.</summary>
    public Tensor? OptionalInput(int i) => inputs[i];

    public Tensor Output(int i) => outputs[i];
}

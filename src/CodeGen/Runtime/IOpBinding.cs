namespace Lce.CodeGen.Runtime;

/// <summary>
/// Binds one IR op (by full name, e.g. `tfl.reshape`) to a kernel. <see cref="Bind"/> runs once
/// per op when the function is compiled: it reads attributes and constant operands through the
/// <see cref="BindingContext"/>, validates them (reporting with <see cref="BindingContext.Error"/>)
/// and returns the <see cref="Kernel"/> that runs the op on tensors.
/// </summary>
public interface IOpBinding
{
    string OpName { get; }

    Kernel Bind(BindingContext ctx);
}

/// <summary>
/// Binds a `tfl.custom` op with a given `custom_code` (e.g. `LceBconv2d`). The options are the
/// op's `custom_option` bytes; decode them with the codecs of Lce.Serialization.CustomOptions
/// through <see cref="BindingContext.DecodeOptions"/> (or read them with <see cref="BindingContext.OptionsMap"/>).
/// </summary>
public interface ICustomOpBinding
{
    string CustomCode { get; }

    Kernel Bind(BindingContext ctx, ReadOnlyMemory<byte> options);
}

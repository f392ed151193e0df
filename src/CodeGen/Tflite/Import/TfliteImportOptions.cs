namespace Lce.CodeGen.Tflite.Import;

/// <summary>Where the importer puts the constant ops of a subgraph.</summary>
public enum ConstantPlacement
{
    /// <summary>
    /// In tensor-index order, each before the first operator writing a higher-numbered tensor (a
    /// constant numbered after its first user still comes right before that user). Exporters
    /// number tensors in order of appearance, so exporting the import numbers tensors and buffers
    /// as the file did: the round trip reproduces the file.
    /// </summary>
    TensorOrder,

    /// <summary>Each constant right before its first use, as TensorFlow's importer places them.</summary>
    FirstUse,
}

/// <summary>Options of <see cref="TfliteImporter"/>.</summary>
public sealed record TfliteImportOptions
{
    public ConstantPlacement ConstantPlacement { get; init; } = ConstantPlacement.TensorOrder;

    /// <summary>
    /// Copy constant data into the IR. By default (false) constants are views of the input bytes,
    /// which then must not change while the module is in use (callers reusing a buffer set this).
    /// </summary>
    public bool CopyConstants { get; init; }

    public static TfliteImportOptions Default { get; } = new();
}

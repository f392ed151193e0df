namespace Lce.IR.Conversion;

using Lce.IR.Rewrite;

/// <summary>
/// How the arguments of a block (or the inputs of a signature) map to new ones (MLIR's
/// TypeConverter::SignatureConversion): each original input becomes a run of new inputs,
/// is replaced by existing values, or is dropped (left unmapped).
/// </summary>
public sealed class SignatureConversion
{
    /// <summary>
    /// Where original input <c>i</c> went: new inputs <see cref="InputNo"/>..+<see cref="Size"/>,
    /// or (when <see cref="ReplacementValues"/> is non-empty) those existing values.
    /// </summary>
    public sealed record InputMapping(int InputNo, int Size, IReadOnlyList<Value> ReplacementValues)
    {
        public bool ReplacedWithValues => ReplacementValues.Count > 0;
    }

    private readonly InputMapping?[] _remapped;
    private readonly List<IRType> _argTypes = new();

    public SignatureConversion(int numOrigInputs) { _remapped = new InputMapping?[numOrigInputs]; }

    public int NumOrigInputs => _remapped.Length;

    /// <summary>The argument types of the new signature.</summary>
    public IReadOnlyList<IRType> ConvertedTypes => _argTypes;

    /// <summary>The mapping of original input <paramref name="input"/>, or null if it was dropped.</summary>
    public InputMapping? GetInputMapping(int input) => _remapped[input];

    /// <summary>Maps original input <paramref name="origInputNo"/> to new inputs of <paramref name="types"/> (appended).</summary>
    public void AddInputs(int origInputNo, IReadOnlyList<IRType> types)
    {
        if (types.Count == 0) throw new ArgumentException("expected at least one type", nameof(types));
        Remap(origInputNo, new InputMapping(_argTypes.Count, types.Count, []));
        _argTypes.AddRange(types);
    }

    /// <summary>Appends new inputs that do not replace an original one.</summary>
    public void AddInputs(IReadOnlyList<IRType> types)
    {
        if (types.Count == 0) throw new ArgumentException("1->0 remappings need not be added", nameof(types));
        _argTypes.AddRange(types);
    }

    /// <summary>Replaces original input <paramref name="origInputNo"/> by existing values (the argument is dropped).</summary>
    public void RemapInput(int origInputNo, IReadOnlyList<Value> replacements) =>
        Remap(origInputNo, new InputMapping(origInputNo, 0, replacements.ToArray()));

    private void Remap(int origInputNo, InputMapping mapping)
    {
        if (_remapped[origInputNo] is not null) throw new InvalidOperationException($"input #{origInputNo} has already been remapped");
        _remapped[origInputNo] = mapping;
    }
}

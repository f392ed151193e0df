using Lce.CodeGen.Tflite.Schema;

namespace Lce.CodeGen.Tflite.Export;

/// <summary>The model's operator codes: one entry per distinct (code, custom code, version), in first-use order.</summary>
public sealed class OperatorCodeTable
{
    private readonly List<OperatorCode> _codes = [];
    private readonly Dictionary<(BuiltinOperator, string?, int), uint> _index = [];

    public IReadOnlyList<OperatorCode> Codes => _codes;

    public uint Builtin(BuiltinOperator code, int version) => Get(code, null, version);

    public uint Custom(string customCode) => Get(BuiltinOperator.Custom, customCode, 1);

    private uint Get(BuiltinOperator code, string? custom, int version)
    {
        if (_index.TryGetValue((code, custom, version), out uint i)) return i;
        i = (uint)_codes.Count;
        _codes.Add(custom is null ? OperatorCode.Builtin(code, version) : OperatorCode.Custom(custom, version));
        _index[(code, custom, version)] = i;
        return i;
    }
}

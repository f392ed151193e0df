namespace Lce.IR.Conversion;

using Lce.IR.Rewrite;

/// <summary>
/// Converts types for a dialect conversion (MLIR's TypeConverter). Conversion callbacks are
/// tried most recently added first; a callback returns true (converted: the types it appended
/// are the result, none means the value is dropped), false (the type cannot be converted: stop)
/// or null (not applicable: try the next callback). Results are cached per type.
/// Materializations build the IR that bridges a value of one type to another when a conversion
/// leaves both types in use: source materializations produce the original (illegal) type from
/// converted values, target materializations produce the converted type.
/// </summary>
public class TypeConverter
{
    private readonly List<Func<IRType, List<IRType>, bool?>> _conversions = new();
    private readonly List<Func<Builder, IRType, IReadOnlyList<Value>, Location, Value?>> _sourceMaterializations = new();
    private readonly List<Func<Builder, IReadOnlyList<IRType>, IReadOnlyList<Value>, Location, IRType?, IReadOnlyList<Value>?>> _targetMaterializations = new();
    private readonly Dictionary<IRType, IRType[]?> _cache = new();
    private readonly object _cacheLock = new();

    // ------------------------------------------------------------------ registration

    /// <summary>A 1:1 conversion for types of kind <typeparamref name="T"/>; null means "not applicable".</summary>
    public void AddConversion<T>(Func<T, IRType?> callback) where T : IRType =>
        AddConversion<T>((t, results) =>
        {
            if (callback(t) is not { } converted) return null;
            results.Add(converted);
            return true;
        });

    /// <summary>
    /// A 1:N conversion for types of kind <typeparamref name="T"/>: append the converted types and
    /// return true, return false if the type cannot be converted, null if not applicable.
    /// </summary>
    public void AddConversion<T>(Func<T, List<IRType>, bool?> callback) where T : IRType
    {
        _conversions.Add((type, results) => type is T t ? callback(t, results) : null);
        lock (_cacheLock) _cache.Clear();
    }

    /// <summary>Builds a value of the original type from converted values (null: try the next one).</summary>
    public void AddSourceMaterialization(Func<Builder, IRType, IReadOnlyList<Value>, Location, Value?> callback) =>
        _sourceMaterializations.Add(callback);

    /// <summary>Builds a value of the converted type (null: try the next one).</summary>
    public void AddTargetMaterialization(Func<Builder, IRType, IReadOnlyList<Value>, Location, Value?> callback) =>
        AddTargetMaterialization((b, type, inputs, loc, _) => callback(b, type, inputs, loc));

    /// <summary>As above, also given the original type of the value being converted (may differ from the inputs' types).</summary>
    public void AddTargetMaterialization(Func<Builder, IRType, IReadOnlyList<Value>, Location, IRType?, Value?> callback) =>
        _targetMaterializations.Add((b, types, inputs, loc, original) =>
            types.Count == 1 && callback(b, types[0], inputs, loc, original) is { } v ? [v] : null);

    /// <summary>A 1:N target materialization producing one value per requested type.</summary>
    public void AddTargetMaterialization(Func<Builder, IReadOnlyList<IRType>, IReadOnlyList<Value>, Location, IRType?, IReadOnlyList<Value>?> callback) =>
        _targetMaterializations.Add(callback);

    // ------------------------------------------------------------------ conversion

    /// <summary>Converts <paramref name="type"/>, appending the result types; false if no callback can convert it.</summary>
    public bool ConvertType(IRType type, List<IRType> results)
    {
        lock (_cacheLock)
        {
            if (_cache.TryGetValue(type, out var cached))
            {
                if (cached is null) return false;
                results.AddRange(cached);
                return true;
            }
        }
        int start = results.Count;
        for (int i = _conversions.Count - 1; i >= 0; i--)
        {
            var outcome = _conversions[i](type, results);
            if (outcome is null)
            {
                if (results.Count != start) throw new InvalidOperationException("a type conversion that did not apply must not add result types");
                continue;
            }
            IRType[]? converted = null;
            if (outcome.Value) converted = results.GetRange(start, results.Count - start).ToArray();
            else if (results.Count != start) throw new InvalidOperationException("a failed type conversion must not add result types");
            lock (_cacheLock) _cache.TryAdd(type, converted);
            return outcome.Value;
        }
        return false;
    }

    /// <summary>The single type <paramref name="type"/> converts to, or null (no conversion, or not 1:1).</summary>
    public IRType? ConvertType(IRType type)
    {
        var results = new List<IRType>(1);
        return ConvertType(type, results) && results.Count == 1 ? results[0] : null;
    }

    /// <summary>Converts every type in order; false as soon as one fails.</summary>
    public bool ConvertTypes(IEnumerable<IRType> types, List<IRType> results)
    {
        foreach (var t in types)
            if (!ConvertType(t, results)) return false;
        return true;
    }

    /// <summary>A type is legal when it converts to itself.</summary>
    public bool IsLegal(IRType type) => Equals(ConvertType(type), type);

    public bool IsLegal(IEnumerable<IRType> types) => types.All(IsLegal);

    /// <summary>An op is legal when all its operand and result types are.</summary>
    public bool IsLegal(Operation op) => IsLegal(op.OperandTypes) && IsLegal(op.ResultTypes);

    /// <summary>A region is legal when the argument types of all its blocks are.</summary>
    public bool IsLegal(Region region) => region.Blocks.All(b => IsLegal(b.Arguments.Select(a => a.Type)));

    public bool IsSignatureLegal(FunctionType type) => IsLegal(type.Inputs) && IsLegal(type.Results);

    /// <summary>Converts one signature input, recording the new inputs in <paramref name="result"/>.</summary>
    public bool ConvertSignatureArg(int inputNo, IRType type, SignatureConversion result)
    {
        var converted = new List<IRType>(1);
        if (!ConvertType(type, converted)) return false;
        if (converted.Count > 0) result.AddInputs(inputNo, converted);
        return true;
    }

    public bool ConvertSignatureArgs(IReadOnlyList<IRType> types, SignatureConversion result, int origInputOffset = 0)
    {
        for (int i = 0; i < types.Count; i++)
            if (!ConvertSignatureArg(origInputOffset + i, types[i], result)) return false;
        return true;
    }

    /// <summary>The conversion of a block's argument list, or null if an argument type cannot be converted.</summary>
    public SignatureConversion? ConvertBlockSignature(Block block)
    {
        var conversion = new SignatureConversion(block.NumArguments);
        return ConvertSignatureArgs(block.Arguments.Select(a => a.Type).ToList(), conversion) ? conversion : null;
    }

    // ------------------------------------------------------------------ materialization

    /// <summary>Runs the source materializations, most recent first; null if none applies.</summary>
    public Value? MaterializeSourceConversion(Builder builder, Location loc, IRType resultType, IReadOnlyList<Value> inputs)
    {
        for (int i = _sourceMaterializations.Count - 1; i >= 0; i--)
            if (_sourceMaterializations[i](builder, resultType, inputs, loc) is { } v) return v;
        return null;
    }

    /// <summary>Runs the target materializations for one result type; null if none applies.</summary>
    public Value? MaterializeTargetConversion(Builder builder, Location loc, IRType resultType, IReadOnlyList<Value> inputs, IRType? originalType = null) =>
        MaterializeTargetConversion(builder, loc, [resultType], inputs, originalType) is [var v] ? v : null;

    /// <summary>Runs the target materializations, most recent first; null if none applies.</summary>
    public IReadOnlyList<Value>? MaterializeTargetConversion(Builder builder, Location loc, IReadOnlyList<IRType> resultTypes,
        IReadOnlyList<Value> inputs, IRType? originalType = null)
    {
        for (int i = _targetMaterializations.Count - 1; i >= 0; i--)
        {
            if (_targetMaterializations[i](builder, resultTypes, inputs, loc, originalType) is not { Count: > 0 } values) continue;
            if (!Seq.RefEqual(values.Select(v => v.Type).ToList(), resultTypes))
                throw new InvalidOperationException("a target materialization produced values of the wrong number or types");
            return values;
        }
        return null;
    }
}

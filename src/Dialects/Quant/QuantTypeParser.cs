namespace Lce.Dialects.Quant;

using Lce.IR;

/// <summary>
/// Parses the body of a `!quant...` type as MLIR 22's quant dialect does (TypeParser.cpp):
/// `uniform&lt;...&gt;` (per-tensor, per-axis and sub-channel forms), `any&lt;...&gt;` and
/// `calibrated&lt;...&gt;`, with its error messages and locations. Invalid parameters are reported
/// at the type name, as getChecked does.
/// </summary>
public static class QuantTypeParser
{
    public static IRType Parse(IDialectAsmParser parser)
    {
        var body = parser.Body;
        // `!quant.uniform<...>` gives `.uniform<...>`; the verbose `!quant<uniform<...>>` gives `<uniform<...>>`.
        int lo = 0, hi = body.Length;
        if (body.StartsWith('.')) lo = 1;
        else if (body.Length >= 2 && body[0] == '<' && body[^1] == '>') { lo = 1; hi = body.Length - 1; }
        var p = new DialectBodyParser(parser, lo, hi);
        int nameLoc = p.CurrentOffset;
        var name = p.ParseKeyword();
        return name switch
        {
            "uniform" => ParseUniform(p, nameLoc),
            "any" => ParseAny(p, nameLoc),
            "calibrated" => ParseCalibrated(p, nameLoc),
            _ => throw p.Error("unknown quantized type " + name, nameLoc),
        };
    }

    /// <summary>`any&lt;` storage-spec (`:` expressed-type)? `&gt;`.</summary>
    private static IRType ParseAny(DialectBodyParser p, int nameLoc)
    {
        p.ParsePunct('<');
        var (storage, signed) = ParseStorageType(p, nameLoc);
        var (min, max) = ParseStorageRange(p, storage, signed);
        FloatType? expressed = null;
        if (p.ParseOptionalPunct(':')) expressed = p.ParseType<FloatType>();
        p.ParsePunct('>');
        return AnyQuantizedType.TryGet(p.Context, Flags(signed), storage, expressed, min, max, out var error)
            ?? throw p.Error(error!, nameLoc);
    }

    /// <summary>
    /// `uniform&lt;` storage-spec `:` expressed-type (`:` axis | `:{` block-sizes `}`)? `,` params `&gt;`,
    /// params being `scale(:zero)?` per tensor, or a `{...}` list (nested for sub-channel types).
    /// </summary>
    private static IRType ParseUniform(DialectBodyParser p, int nameLoc)
    {
        p.ParsePunct('<');
        var (storage, signed) = ParseStorageType(p, nameLoc);
        var (min, max) = ParseStorageRange(p, storage, signed);
        p.ParsePunct(':');
        var expressed = p.ParseType<FloatType>();

        bool perAxis = false, subChannel = false;
        int axis = 0;
        var blocks = new List<(int Axis, long BlockSize)>();
        if (p.ParseOptionalPunct(':'))
        {
            if (p.ParseOptionalPunct('{')) { subChannel = true; ParseBlockSizes(p, blocks); }
            else { perAxis = true; axis = (int)p.ParseInteger(int.MinValue, int.MaxValue); }
        }
        p.ParsePunct(',');

        var scales = new List<double>();
        var zeroPoints = new List<long>();
        var dims = new List<long>();
        if (!perAxis && !subChannel)
        {
            var (scale, zero) = ParseQuantParams(p, expressed);
            scales.Add(scale); zeroPoints.Add(zero);
        }
        else
        {
            p.ParsePunct('{');
            ParseParamListUntilRBrace(p, expressed, scales, zeroPoints, dims);
        }
        p.ParsePunct('>');

        string? error;
        IRType? type = perAxis
            ? UniformQuantizedPerAxisType.TryGet(p.Context, Flags(signed), storage, expressed, scales, zeroPoints, axis, min, max, out error)
            : subChannel
                ? UniformQuantizedSubChannelType.TryGet(p.Context, Flags(signed), storage, expressed, scales, zeroPoints, dims, blocks, min, max, out error)
                : UniformQuantizedType.TryGet(p.Context, Flags(signed), storage, expressed, scales[0], zeroPoints[0], min, max, out error);
        return type ?? throw p.Error(error!, nameLoc);
    }

    /// <summary>
    /// `calibrated&lt;` expressed-type `&lt;` min `:` max `&gt;&gt;`. A malformed expressed type or range
    /// gives MLIR's two errors: the specific one, then a summary at the expressed type.
    /// </summary>
    private static IRType ParseCalibrated(DialectBodyParser p, int nameLoc)
    {
        p.ParsePunct('<');
        int typeLoc = p.CurrentOffset;
        FloatType expressed;
        double min, max;
        try { expressed = p.ParseType<FloatType>(); }
        catch (DiagnosticException e)
        {
            p.Emit(e.Diagnostic);
            throw p.Error("expecting float expressed type", typeLoc);
        }
        try
        {
            p.ParsePunct('<');
            min = p.ParseFloat();
            p.ParsePunct(':');
            max = p.ParseFloat();
            p.ParsePunct('>');
        }
        catch (DiagnosticException e)
        {
            p.Emit(e.Diagnostic);
            throw p.Error("calibrated values must be present", typeLoc);
        }
        p.ParsePunct('>');
        return CalibratedQuantizedType.TryGet(p.Context, expressed, min, max, out var error) ?? throw p.Error(error!, nameLoc);
    }

    private static QuantizationFlags Flags(bool signed) => signed ? QuantizationFlags.Signed : QuantizationFlags.None;

    /// <summary>
    /// An integer type (`i8`, `si8`, `ui8`: signed unless `ui`) or `u` + width (unsigned, with a
    /// signless storage type). Non-integer types are refused here; MLIR 22 reads a width out of
    /// them instead and reports a meaningless "illegal storage type size".
    /// </summary>
    private static (IntegerType Storage, bool Signed) ParseStorageType(DialectBodyParser p, int nameLoc)
    {
        int typeLoc = p.CurrentOffset;
        IntegerType storage;
        bool signed;
        if (p.ParseOptionalType() is { } type)
        {
            // A dialect type fails the type verifier (reported at the type name); a builtin one fails here.
            if (type is not IntegerType integer) throw p.Error("storage type must be integral", type is DialectType ? nameLoc : typeLoc);
            storage = integer;
            signed = !integer.IsUnsigned;
        }
        else
        {
            var keyword = p.ParseKeyword();
            if (!keyword.StartsWith('u')) throw p.Error("illegal storage type prefix", typeLoc);
            var digits = keyword[1..];
            if (digits.Length == 0 || !digits.All(char.IsAsciiDigit) || !uint.TryParse(digits, out uint width))
                throw p.Error("expected storage type width", typeLoc);
            if (width == 0 || width > QuantizedType.MaxStorageBits) throw p.Error($"illegal storage type size: {width}", typeLoc);
            return (IntegerType.Get(p.Context, (int)width), false);
        }
        if (storage.Width == 0 || storage.Width > QuantizedType.MaxStorageBits)
            throw p.Error($"illegal storage type size: {storage.Width}", typeLoc);
        return (storage, signed);
    }

    /// <summary>The optional `&lt;min:max&gt;` after the storage type; the full range of the storage type by default.</summary>
    private static (long Min, long Max) ParseStorageRange(DialectBodyParser p, IntegerType storage, bool signed)
    {
        long defaultMin = QuantizedType.DefaultMinimumForInteger(signed, storage.Width);
        long defaultMax = QuantizedType.DefaultMaximumForInteger(signed, storage.Width);
        if (!p.ParseOptionalPunct('<')) return (defaultMin, defaultMax);
        int minLoc = p.CurrentOffset;
        long min = p.ParseInteger();
        p.ParsePunct(':');
        int maxLoc = p.CurrentOffset;
        long max = p.ParseInteger();
        p.ParsePunct('>');
        if (min < defaultMin) throw p.Error($"illegal storage type minimum: {min}", minLoc);
        if (max > defaultMax) throw p.Error($"illegal storage type maximum: {max}", maxLoc);
        return (min, max);
    }

    /// <summary>`scale (: zero-point)?`, the scale checked against the expressed type's range right after it is read.</summary>
    private static (double Scale, long ZeroPoint) ParseQuantParams(DialectBodyParser p, FloatType expressed)
    {
        double scale = p.ParseFloat();
        var (lo, hi) = QuantTypeRules.ScaleRange(expressed);
        if (scale < lo || scale > hi)
            throw p.Error($"scale {QuantTypeRules.FormatDiagnosticDouble(scale)} out of expressed type range " +
                $"[{QuantTypeRules.FormatDiagnosticDouble(lo)}, {QuantTypeRules.FormatDiagnosticDouble(hi)}]", p.CurrentOffset);
        long zero = p.ParseOptionalPunct(':') ? p.ParseInteger() : 0;
        return (scale, zero);
    }

    /// <summary>`axis:block, ...}` after the `{` of a sub-channel type (`{}` is allowed).</summary>
    private static void ParseBlockSizes(DialectBodyParser p, List<(int Axis, long BlockSize)> blocks)
    {
        if (p.ParseOptionalPunct('}')) return;
        do
        {
            int axis = (int)p.ParseInteger(int.MinValue, int.MaxValue);
            p.ParsePunct(':');
            blocks.Add((axis, p.ParseInteger()));
        } while (p.ParseOptionalPunct(','));
        p.ParsePunct('}');
    }

    /// <summary>
    /// A `{`-opened list of params or nested lists, all elements of the same nesting depth;
    /// <paramref name="dims"/> receives the list's shape (its length, then the elements' shape).
    /// </summary>
    private static void ParseParamListUntilRBrace(DialectBodyParser p, FloatType expressed,
        List<double> scales, List<long> zeroPoints, List<long> dims)
    {
        List<long>? elementDims = null;
        long size = 0;
        do
        {
            var thisDims = new List<long>();
            if (p.ParseOptionalPunct('{')) ParseParamListUntilRBrace(p, expressed, scales, zeroPoints, thisDims);
            else
            {
                var (scale, zero) = ParseQuantParams(p, expressed);
                scales.Add(scale); zeroPoints.Add(zero);
            }
            size++;
            if (elementDims is null) elementDims = thisDims;
            else if (!elementDims.SequenceEqual(thisDims))
                throw p.Error("tensor literal is invalid; ranks are not consistent between elements", p.CurrentOffset);
        } while (p.ParseOptionalPunct(','));
        p.ParsePunct('}');
        dims.Clear();
        dims.Add(size);
        dims.AddRange(elementDims!);
    }
}

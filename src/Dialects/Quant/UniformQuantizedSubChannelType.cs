namespace Lce.Dialects.Quant;

using Lce.IR;
using Lce.IR.Numerics;

/// <summary>
/// `!quant.uniform&lt;i8:f32:{0:1, 1:2}, {{2.0:1, 3.0}, {4.0, 5.0}}&gt;`: block-wise quantization
/// (MLIR 22's UniformQuantizedSubChannelType). <see cref="BlockSizes"/> maps tensor axes to block
/// sizes; the scales and zero points form a tensor of shape <see cref="ScalesShape"/>, row-major.
/// As in MLIR, scales are held in the expressed type's precision and zero points at the storage
/// width (so a zero point of 200 with i8 storage reads back as -56).
/// </summary>
public sealed class UniformQuantizedSubChannelType : QuantizedType
{
    private readonly ApFloat[] _scales;
    private readonly long[] _zeroPoints;
    private readonly long[] _shape;
    private readonly (int Axis, long BlockSize)[] _blockSizes;

    public IReadOnlyList<ApFloat> Scales => _scales;
    public IReadOnlyList<long> ZeroPoints => _zeroPoints;
    public IReadOnlyList<long> ScalesShape => _shape;
    public IReadOnlyList<(int Axis, long BlockSize)> BlockSizes => _blockSizes;

    /// <summary>The non-null expressed type.</summary>
    public new FloatType ExpressedType => base.ExpressedType!;

    /// <summary>The non-null storage type.</summary>
    public new IntegerType StorageType => base.StorageType!;

    private UniformQuantizedSubChannelType(QuantDialect d, QuantizationFlags flags, IntegerType storage, FloatType expressed,
        ApFloat[] scales, long[] zeroPoints, long[] shape, (int, long)[] blocks, long min, long max)
        : base(d, flags, storage, expressed, min, max)
    {
        _scales = scales; _zeroPoints = zeroPoints; _shape = shape; _blockSizes = blocks;
    }

    /// <summary>The interned type; throws <see cref="ArgumentException"/> with MLIR's message when the parameters are invalid.</summary>
    public static UniformQuantizedSubChannelType Get(IRContext ctx, QuantizationFlags flags, IntegerType storage, FloatType expressed,
        IEnumerable<double> scales, IEnumerable<long> zeroPoints, IEnumerable<long> scalesShape,
        IEnumerable<(int Axis, long BlockSize)> blockSizes, long storageMin, long storageMax) =>
        TryGet(ctx, flags, storage, expressed, scales, zeroPoints, scalesShape, blockSizes, storageMin, storageMax, out var error)
        ?? throw new ArgumentException(error);

    /// <summary>
    /// The interned type, or null with the verifier's message. Scales are rounded to the expressed
    /// type and zero points truncated to the storage width, as MLIR's parser stores them.
    /// </summary>
    public static UniformQuantizedSubChannelType? TryGet(IRContext ctx, QuantizationFlags flags, IntegerType storage, FloatType expressed,
        IEnumerable<double> scales, IEnumerable<long> zeroPoints, IEnumerable<long> scalesShape,
        IEnumerable<(int Axis, long BlockSize)> blockSizes, long storageMin, long storageMax, out string? error)
    {
        var s = scales.Select(v => new ApFloat(expressed.Semantics,
            FloatParser.Convert(BitConverter.DoubleToUInt64Bits(v), FloatSemantics.Double, expressed.Semantics))).ToArray();
        var z = zeroPoints.Select(v => TruncateToWidth(v, storage.Width)).ToArray();
        var shape = scalesShape.ToArray();
        var blocks = blockSizes.ToArray();
        error = QuantTypeRules.VerifySubChannel(flags, storage, expressed, s.Length, z.Length, blocks, storageMin, storageMax);
        if (error is null && shape.Aggregate(1L, (a, b) => a * b) != s.Length)
            error = $"scales shape does not hold {s.Length} scales";
        return error is null
            ? ctx.Intern(new UniformQuantizedSubChannelType(QuantDialect.Of(ctx), flags, storage, expressed, s, z, shape, blocks, storageMin, storageMax))
            : null;
    }

    /// <summary>The value an APInt of <paramref name="width"/> bits holds for <paramref name="value"/>, read as signed.</summary>
    public static long TruncateToWidth(long value, int width) =>
        width is <= 0 or >= 64 ? value : (value << (64 - width)) >> (64 - width);

    public override bool Equals(object? o) => o is UniformQuantizedSubChannelType t && BaseEquals(t)
        && t._scales.AsSpan().SequenceEqual(_scales) && t._zeroPoints.AsSpan().SequenceEqual(_zeroPoints)
        && t._shape.AsSpan().SequenceEqual(_shape) && t._blockSizes.AsSpan().SequenceEqual(_blockSizes);

    protected override int ComputeHash()
    {
        var h = new HashCode();
        h.Add(BaseHash(0x0A74));
        foreach (var s in _scales) h.Add(s);
        foreach (var z in _zeroPoints) h.Add(z);
        foreach (var d in _shape) h.Add(d);
        foreach (var b in _blockSizes) h.Add(b);
        return h.ToHashCode();
    }
}

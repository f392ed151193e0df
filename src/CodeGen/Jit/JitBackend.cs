namespace Lce.CodeGen.Jit;

/// <summary>
/// One back end: its intrinsic table, a factory of fresh primitive emitters (they hold the IL
/// locals of one method), and its blocking choices.
/// </summary>
public sealed class JitBackend
{
    private readonly Func<IntrinsicTable, SimdEmitter> _emitter;

    private JitBackend(JitIsa isa, IntrinsicTable table, Func<IntrinsicTable, SimdEmitter> emitter, int maxVectorsPerTile, bool emulated)
    {
        (Isa, Table, _emitter, MaxVectorsPerTile, Emulated) = (isa, table, emitter, maxVectorsPerTile, emulated);
        var probe = emitter(table);
        (Lanes, Scheme) = (probe.Lanes, probe.DefaultScheme);
        _canChunk = probe.CanLoadAccumulators;
    }

    public JitIsa Isa { get; }

    public IntrinsicTable Table { get; }

    /// <summary>Output channels per vector.</summary>
    public int Lanes { get; }

    public AccumulationScheme Scheme { get; private init; }

    /// <summary>Upper bound on the vectors of output channels a pixel tile keeps in registers.</summary>
    public int MaxVectorsPerTile { get; private init; }

    /// <summary>Output pixels per tile (register blocking over pixels; the weights of a step are loaded once per tile).</summary>
    public int PixelsPerTile { get; private init; } = 1;

    /// <summary>
    /// Weight bytes of one block a kernel may walk per pixel before it splits the steps into chunks
    /// (<see cref="BconvKernelShape.ChunkSteps"/>); 0 = never. Default: 24 KiB (most of a 32 KiB L1D)
    /// for <see cref="AccumulationScheme.NibblePlanes"/>, whose two weight planes push layer d's
    /// blocks (36 KiB) out of L1 — chunked it measured ~9 % faster there; the other schemes measured
    /// the same or slower chunked, so they do not chunk unless asked.
    /// </summary>
    public int WeightChunkBytes => _weightChunkBytes ?? (Scheme == AccumulationScheme.NibblePlanes && _canChunk ? DefaultWeightChunkBytes : 0);

    private int? _weightChunkBytes;
    private readonly bool _canChunk;

    /// <summary>Whether the table is a software emulation (NEON on x86).</summary>
    public bool Emulated { get; }

    public string Name => Emulated ? $"{JitIsas.Name(Isa)}-emulated" : JitIsas.Name(Isa);

    internal SimdEmitter CreateEmitter() => _emitter(Table);

    /// <summary>The back end for <paramref name="isa"/>; NEON on a machine without it only as <see cref="EmulatedNeon"/>.</summary>
    public static JitBackend For(JitIsa isa)
    {
        if (!JitIsas.IsSupported(isa)) throw new PlatformNotSupportedException($"this CPU does not support {JitIsas.Name(isa)}");
        return isa switch
        {
            JitIsa.Avx512BW => new(isa, X86Tables.ForAvx512BW(), t => new X86SimdEmitter(t, 64, ternaryLogic: true), 4, false),
            JitIsa.Avx2 => new(isa, X86Tables.ForAvx2(), t => new X86SimdEmitter(t, 32, ternaryLogic: false), 4, false),
            JitIsa.Neon => new(isa, NeonTables.Hardware(), t => new NeonSimdEmitter(t), 4, false),
            _ => new(JitIsa.Scalar, X86Tables.ForScalar(), t => new ScalarSimdEmitter(t), 8, false),
        };
    }

    /// <summary>The NEON emitter over <see cref="NeonEmulation"/>: runs anywhere, slowly (a test device).</summary>
    public static JitBackend EmulatedNeon() => new(JitIsa.Neon, NeonTables.Emulated(), t => new NeonSimdEmitter(t), 4, true);

    /// <summary>The same back end with other blocking/scheme choices (for tuning and tests).</summary>
    public const int DefaultWeightChunkBytes = 24 * 1024;

    public JitBackend With(AccumulationScheme? scheme = null, int? maxVectorsPerTile = null, int? pixelsPerTile = null,
        int? weightChunkBytes = null)
    {
        if (weightChunkBytes > 0 && !_canChunk)
            throw new ArgumentException($"{Name} cannot split steps into weight chunks");
        if (scheme == AccumulationScheme.Direct != (Lanes == 1) && scheme is not null)
            throw new ArgumentException("the Direct scheme is the scalar back end's, and only its");
        if (scheme == AccumulationScheme.NibblePlanes && !CreateEmitter().HasNibbleTable)
            throw new ArgumentException($"the NibblePlanes scheme needs a nibble table, which {Name} has not");
        return new JitBackend(Isa, Table, _emitter, maxVectorsPerTile ?? MaxVectorsPerTile, Emulated)
        {
            Scheme = scheme ?? Scheme,
            MaxVectorsPerTile = maxVectorsPerTile ?? MaxVectorsPerTile,
            PixelsPerTile = Math.Max(1, pixelsPerTile ?? PixelsPerTile),
            _weightChunkBytes = weightChunkBytes is { } k ? Math.Max(0, k) : _weightChunkBytes,
        };
    }
}

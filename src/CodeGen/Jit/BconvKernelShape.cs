using Lce.CodeGen.Reference;

namespace Lce.CodeGen.Jit;

/// <summary>
/// Everything an emitted row kernel is specialized to — the cache key of <see cref="KernelCache"/>.
/// A row kernel computes the raw XOR-popcount accumulators of one output row (all pixels, all
/// output-channel blocks) from the zero-bordered ("+1"-padded) input, so padding, image height and
/// batch are not part of it; tap positions come from a per-layer offset table.
/// </summary>
/// <param name="Isa">Back end.</param>
/// <param name="Scheme">Accumulation scheme.</param>
/// <param name="Lanes">Output channels per vector.</param>
/// <param name="VectorsPerTile">Vectors of output channels computed together per pixel (register blocking).</param>
/// <param name="Steps">Word steps per output: filter taps × words per group.</param>
/// <param name="Groups">Convolution groups.</param>
/// <param name="BlocksPerGroup">Channel blocks (of Lanes × VectorsPerTile channels) per group.</param>
/// <param name="Pixels">Output pixels per row.</param>
/// <param name="PixelStrideBytes">Input bytes between horizontally adjacent output pixels (stride × words × 4).</param>
/// <param name="GroupStrideBytes">Input bytes between groups' first words.</param>
/// <param name="Emulated">Whether the back end's table is the software NEON emulation.</param>
/// <param name="PixelsPerTile">Output pixels computed together (register blocking over pixels).</param>
/// <param name="ChunkSteps">
/// 0, or the word steps per weight chunk: a block's steps are walked chunk by chunk over all pixels
/// (partial sums kept in the accumulator row), so a chunk's weights stay in L1 while every pixel uses them.
/// </param>
public sealed record BconvKernelShape(
    JitIsa Isa, AccumulationScheme Scheme, int Lanes, int VectorsPerTile, int Steps, int Groups, int BlocksPerGroup,
    int Pixels, int PixelStrideBytes, int GroupStrideBytes, bool Emulated, int PixelsPerTile = 1, int ChunkSteps = 0)
{
    /// <summary>Chunk lengths are multiples of this (every scheme's flush period divides it).</summary>
    public const int ChunkQuantum = 24;

    /// <summary>Output channels per block.</summary>
    public int BlockChannels => Lanes * VectorsPerTile;

    public int Blocks => Groups * BlocksPerGroup;

    /// <summary>Accumulator slots per pixel: every block's channels, padding included.</summary>
    public int PaddedChannels => Blocks * BlockChannels;

    /// <summary>Weight planes per step: 2 for <see cref="AccumulationScheme.NibblePlanes"/> (low, high nibbles), else 1.</summary>
    public int WeightPlanes => Scheme == AccumulationScheme.NibblePlanes ? 2 : 1;

    /// <summary>
    /// Words the bordered input keeps per input word: NibblePlanes stores each word as its low and high
    /// nibble planes side by side (split once per call instead of once per step and pixel).
    /// </summary>
    public int InputPlanes => WeightPlanes;

    /// <summary>Packed weight bytes per step of a block (all planes).</summary>
    public int StepWeightBytes => WeightPlanes * BlockChannels * 4;

    /// <summary>Packed weight words: [block][step][plane][block channel].</summary>
    public int WeightWords => Blocks * Steps * WeightPlanes * BlockChannels;

    /// <summary>The shape for a layer on a back end (vectors per tile from the channel count).</summary>
    /// <remarks>
    /// Chunking rule: when a block's weights (steps × step bytes) exceed <paramref name="weightChunkBytes"/>
    /// (0 = never chunk), the steps go in chunks of the largest multiple of <see cref="ChunkQuantum"/>
    /// steps whose weights fit it (at least one quantum).
    /// </remarks>
    public static BconvKernelShape For(Bconv2dGeometry g, JitIsa isa, int lanes, AccumulationScheme scheme,
        int maxVectorsPerTile, bool emulated, int pixelsPerTile = 1, int weightChunkBytes = 0)
    {
        int perGroup = g.OutputChannelsPerGroup;
        int vectors = Math.Clamp((perGroup + lanes - 1) / lanes, 1, maxVectorsPerTile);
        int block = vectors * lanes;
        int blocksPerGroup = (perGroup + block - 1) / block;
        int planes = scheme == AccumulationScheme.NibblePlanes ? 2 : 1;
        var shape = new BconvKernelShape(isa, scheme, lanes, vectors, g.FilterHeight * g.FilterWidth * g.GroupWords, g.Groups,
            blocksPerGroup, g.OutputWidth, g.StrideWidth * g.InputWords * 4 * planes, g.GroupWords * 4 * planes, emulated,
            Math.Clamp(pixelsPerTile, 1, Math.Max(1, g.OutputWidth)));
        if (weightChunkBytes <= 0 || (long)shape.Steps * shape.StepWeightBytes <= weightChunkBytes) return shape;
        int chunk = Math.Max(1, weightChunkBytes / shape.StepWeightBytes / ChunkQuantum) * ChunkQuantum;
        return chunk >= shape.Steps ? shape : shape with { ChunkSteps = chunk };
    }
}

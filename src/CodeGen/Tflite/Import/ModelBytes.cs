using Lce.CodeGen.Tflite.Schema;

namespace Lce.CodeGen.Tflite.Import;

/// <summary>
/// The model with the file it was read from, for data the tables locate by index or by file
/// offset: constant buffers (inline, or after the FlatBuffer for models over 2 GB) and large
/// custom options. Every index and range is checked before use.
/// </summary>
internal sealed class ModelBytes(TfliteModel model, ReadOnlyMemory<byte> file)
{
    public TfliteModel Model { get; } = model;

    /// <summary>The data of buffer <paramref name="index"/>; a view of the file, never a copy.</summary>
    public ReadOnlyMemory<byte> BufferData(uint index, string user, Location loc)
    {
        if (index >= Model.Buffers.Count)
            throw new TfliteImportException($"{user} refers to buffer {index}, but the model has {Model.Buffers.Count} buffers", loc);
        var buffer = Model.Buffers[(int)index];
        // Schema 3d: offset > 1 places the data after the FlatBuffer (0 and 1 mean "inline").
        if (buffer.Offset > 1) return Range(buffer.Offset, buffer.Size, $"buffer {index}", loc);
        return buffer.Data;
    }

    /// <summary>A custom operator's option bytes, inline or (schema 3d) at a file offset.</summary>
    public ReadOnlyMemory<byte> CustomOptions(Operator op, string user, Location loc) =>
        op.LargeCustomOptionsOffset > 1 ? Range(op.LargeCustomOptionsOffset, op.LargeCustomOptionsSize, $"{user}'s custom options", loc) : op.CustomOptions;

    private ReadOnlyMemory<byte> Range(ulong offset, ulong size, string what, Location loc)
    {
        if (offset > (ulong)file.Length || size > (ulong)file.Length - offset)
            throw new TfliteImportException($"{what} lies at bytes {offset}..{offset + size} of a {file.Length}-byte file", loc);
        return file.Slice((int)offset, (int)size);
    }
}

using System.Buffers.Binary;
using Lce.CodeGen.Tflite.Schema;
using Lce.Serialization.FlatBuffers;

namespace Lce.CodeGen.Tflite.Import;

/// <summary>
/// The options table of a builtin operator the tfl dialect does not model, kept field by field so
/// that exporting the op writes it again. Without the schema the field types are unknown, so each
/// present field keeps its raw inline bytes: as many as the largest power of two (at most 8) that
/// fits before the next field or the table's end. Little-endian reads of the original width see
/// the same value in that slice, whatever padding followed it. Tables holding vectors or strings
/// (offsets, which do not survive a move) are refused: ConcatEmbeddings, VarHandle and Bucketize.
/// In the IR the table is a standalone FlatBuffer (its root is the options table) in a
/// `#tfl&lt;const_bytes&gt;` attribute.
/// </summary>
public sealed record PreservedOptions(BuiltinOptionsType OptionsType, IReadOnlyList<(int Slot, byte[] Bytes)> Fields) : BuiltinOptions
{
    public override BuiltinOptionsType Type => OptionsType;

    /// <summary>Option kinds with reference fields, which raw copies cannot keep.</summary>
    private static readonly HashSet<BuiltinOptionsType> WithReferences =
        [BuiltinOptionsType.ConcatEmbeddingsOptions, BuiltinOptionsType.VarHandleOptions, BuiltinOptionsType.BucketizeOptions];

    /// <summary>The fields of <paramref name="table"/>; null with a reason when they cannot be kept.</summary>
    public static PreservedOptions? FromTable(BuiltinOptionsType type, FlatTable table, out string? error)
    {
        error = null;
        if (WithReferences.Contains(type) || !Enum.IsDefined(type))
        {
            error = $"options of kind {type} hold vectors or strings (or are unknown) and cannot be preserved";
            return null;
        }
        var span = table.Buffer.Span;
        int objectSize = BinaryPrimitives.ReadUInt16LittleEndian(span[(table.VtablePosition + 2)..]);
        var present = new List<(int Slot, int Rel)>();
        for (int slot = 0; slot < table.SlotCount; slot++)
            if (table.FieldPosition(slot) is var pos and >= 0) present.Add((slot, pos - table.Position));
        present.Sort((a, b) => a.Rel.CompareTo(b.Rel));
        var fields = new List<(int, byte[])>();
        for (int i = 0; i < present.Count; i++)
        {
            int end = i + 1 < present.Count ? present[i + 1].Rel : objectSize;
            int gap = Math.Min(end - present[i].Rel, 8);
            if (present[i].Rel < 4 || gap < 1)
            {
                error = $"options field {present[i].Slot} overlaps another field or the table header";
                return null;
            }
            int size = 1 << (31 - System.Numerics.BitOperations.LeadingZeroCount((uint)gap));
            fields.Add((present[i].Slot, span.Slice(table.Position + present[i].Rel, size).ToArray()));
        }
        fields.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return new PreservedOptions(type, fields);
    }

    internal override FlatOffset Write(FlatBufferBuilder b)
    {
        b.StartTable(Fields.Count == 0 ? 0 : Fields.Max(f => f.Slot) + 1);
        // Largest first, as flatc orders fields, so no padding lands inside the table.
        foreach (var (slot, bytes) in Fields.OrderByDescending(f => f.Bytes.Length).ThenBy(f => f.Slot))
            b.AddStruct(slot, bytes, bytes.Length);
        return b.EndTable();
    }

    /// <summary>The standalone FlatBuffer form held in the IR.</summary>
    public byte[] ToBytes()
    {
        var b = new FlatBufferBuilder(64 + 16 * Fields.Count);
        b.Finish(Write(b));
        return b.ToArray();
    }

    /// <summary>The options back from their standalone form; null with a reason when the bytes do not read.</summary>
    public static PreservedOptions? FromBytes(BuiltinOptionsType type, ReadOnlyMemory<byte> bytes, out string? error)
    {
        try
        {
            return FromTable(type, FlatBufferReader.GetRoot(bytes), out error);
        }
        catch (FlatBufferException e)
        {
            error = e.Message;
            return null;
        }
    }

    public bool Equals(PreservedOptions? other) => other is not null && OptionsType == other.OptionsType
        && Fields.Count == other.Fields.Count
        && Fields.Zip(other.Fields).All(p => p.First.Slot == p.Second.Slot && p.First.Bytes.AsSpan().SequenceEqual(p.Second.Bytes));

    public override int GetHashCode() => HashCode.Combine(OptionsType, Fields.Count);
}

using System.Text;

namespace Lce.ConvertCli;

/// <summary>A pass-through writer that counts the UTF-8 bytes written (the size of the emitted model).</summary>
public sealed class CountingWriter(TextWriter inner) : TextWriter
{
    public long Count { get; private set; }
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        Count += Encoding.UTF8.GetByteCount([value]);
        inner.Write(value);
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        Count += Encoding.UTF8.GetByteCount(value);
        inner.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Count += Encoding.UTF8.GetByteCount(buffer, index, count);
        inner.Write(buffer, index, count);
    }

    public override void Flush() => inner.Flush();
}

using System.Buffers;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Lce.Opt;

/// <summary>
/// Reads a UTF-8 file (skipping a leading byte-order mark) into a string without holding the
/// file's bytes: one pass counts the characters, a second decodes straight into the string,
/// both through a 1 MB window. For a 40 MB model that is 40 MB of fresh memory (~10k page
/// faults) less than reading all bytes first. The result is exactly Encoding.UTF8's, invalid
/// sequences included (the decoder carries partial sequences across windows).
/// </summary>
public static class Utf8FileReader
{
    private const int Window = 1 << 20;

    public static string Read(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        // Pipes and devices cannot seek, /proc files report no length: read those to the end.
        long length = handle.CanSeekSafely() ? RandomAccess.GetLength(handle) : 0;
        if (length == 0) return DecodeAll(ReadToEnd(handle));
        if (length > Array.MaxLength) throw new IOException($"the file is too large ({length} bytes)");
        var buffer = ArrayPool<byte>.Shared.Rent(Window);
        try
        {
            int bom = RandomAccess.Read(handle, buffer.AsSpan(0, 3), 0) == 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
            long count = CountChars(handle, buffer, bom, length);
            if (count > Array.MaxLength) throw new IOException("the file is too large");
            try
            {
                return string.Create((int)count, (handle, buffer, bom, length), static (text, s) =>
                {
                    if (Decode(s.handle, s.buffer, s.bom, s.length, text) != text.Length) throw new FileChangedException();
                });
            }
            catch (Exception e) when (e is FileChangedException or ArgumentException)
            {
                // The file changed between the passes: read it the plain way.
                return DecodeAll(File.ReadAllBytes(path));
            }
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    /// <summary>Decodes bytes that are already in memory, skipping a leading byte-order mark.</summary>
    public static string DecodeAll(byte[] bytes)
    {
        int bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, bom, bytes.Length - bom);
    }

    private static byte[] ReadToEnd(SafeFileHandle handle)
    {
        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>Whether RandomAccess may be used on the handle (it throws on pipes and sockets).</summary>
    private static bool CanSeekSafely(this SafeFileHandle handle)
    {
        try { RandomAccess.GetLength(handle); return true; }
        catch (NotSupportedException) { return false; }
    }

    private static long CountChars(SafeFileHandle handle, byte[] buffer, long offset, long end)
    {
        var decoder = Encoding.UTF8.GetDecoder();
        long count = 0;
        bool last;
        do
        {
            last = NextWindow(handle, buffer, ref offset, end, out int n);
            count += decoder.GetCharCount(buffer.AsSpan(0, n), last);
        } while (!last);
        return count;
    }

    /// <summary>Decodes [offset, end) of the file into <paramref name="text"/>; the number of characters written.</summary>
    private static int Decode(SafeFileHandle handle, byte[] buffer, long offset, long end, Span<char> text)
    {
        var decoder = Encoding.UTF8.GetDecoder();
        int written = 0;
        bool last;
        do
        {
            last = NextWindow(handle, buffer, ref offset, end, out int n);
            written += decoder.GetChars(buffer.AsSpan(0, n), text[written..], last);
        } while (!last);
        return written;
    }

    /// <summary>Reads the next window at <paramref name="offset"/> into the buffer (<paramref name="n"/> bytes); true when it is the last.</summary>
    private static bool NextWindow(SafeFileHandle handle, byte[] buffer, ref long offset, long end, out int n)
    {
        int want = (int)Math.Min(Window, Math.Max(0, end - offset));
        n = want == 0 ? 0 : RandomAccess.Read(handle, buffer.AsSpan(0, want), offset);
        offset += n;
        return n == 0 || offset >= end;
    }

    private sealed class FileChangedException : Exception;
}

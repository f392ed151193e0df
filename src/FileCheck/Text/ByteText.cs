using System.Text;

namespace Lce.FileCheck.Text;

/// <summary>
/// FileCheck compares bytes, not Unicode text. We keep byte text in .NET strings with one
/// char per byte (Latin-1), which keeps columns and regex semantics identical to LLVM's.
/// These helpers convert at the boundaries.
/// </summary>
public static class ByteText
{
    public static readonly Encoding Latin1 = Encoding.Latin1;

    public static string FromBytes(byte[] bytes) => Latin1.GetString(bytes);

    /// <summary>Encodes a Unicode string as UTF-8 and returns it as byte text.</summary>
    public static string FromUnicode(string text)
    {
        bool ascii = true;
        foreach (char c in text) if (c > 127) { ascii = false; break; }
        return ascii ? text : Latin1.GetString(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Decodes byte text (UTF-8 bytes) back to a Unicode string.</summary>
    public static string ToUnicode(string byteText)
    {
        bool ascii = true;
        foreach (char c in byteText) if (c > 127) { ascii = false; break; }
        return ascii ? byteText : Encoding.UTF8.GetString(Latin1.GetBytes(byteText));
    }
}

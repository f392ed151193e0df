using System.Text;

namespace Lce.Tests.Serialization.FlexBuffers;

/// <summary>Spells out expected buffers: NUL-terminated key strings and hex byte runs.</summary>
internal static class ExpectedBytes
{
    /// <summary>Each key's UTF-8 bytes followed by NUL, in the given order.</summary>
    public static byte[] Keys(params string[] keys) => [.. keys.SelectMany(k => Encoding.UTF8.GetBytes(k + "\0"))];

    /// <summary>Bytes from hex text; spaces, '|' and "xN" repeats ("04x8" = eight 0x04) allowed.</summary>
    public static byte[] Hex(string text)
    {
        var result = new List<byte>();
        foreach (var token in text.Split([' ', '|'], StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = token.Split('x');
            int repeat = parts.Length == 2 ? int.Parse(parts[1]) : 1;
            var bytes = Convert.FromHexString(parts[0]);
            for (int i = 0; i < repeat; i++) result.AddRange(bytes);
        }
        return [.. result];
    }

    public static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    public static string Show(byte[] bytes) => Convert.ToHexString(bytes);

    /// <summary>How often <paramref name="needle"/> occurs in <paramref name="haystack"/>.</summary>
    public static int Occurrences(byte[] haystack, byte[] needle)
    {
        int count = 0;
        for (int i = 0; i + needle.Length <= haystack.Length; i++)
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle)) count++;
        return count;
    }
}

using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Lce.Opt;

namespace Lce.Tests.Driver;

/// <summary>
/// lce-opt's input reader decodes a file window by window without holding its bytes: the text
/// must be exactly Encoding.UTF8's for the whole file (byte-order mark skipped), whatever falls
/// on a window boundary: multi-byte sequences, invalid bytes, truncated sequences at the end.
/// </summary>
public class Utf8FileReaderTests() : ScratchDirectoryTest("utf8-reader")
{
    private const int Window = 1 << 20;

    private static readonly byte[][] Pieces =
    [
        "a"u8.ToArray(), "\n"u8.ToArray(), "é"u8.ToArray(), "€"u8.ToArray(), "𝄞"u8.ToArray(),
        [0xFF], [0xC3], [0xE2, 0x82], [0xF0, 0x9D, 0x84], [0xEF, 0xBB, 0xBF],
    ];

    /// <summary>A file of about one or two windows whose tail (around the boundary and the end) is random pieces.</summary>
    private static byte[] Build(int seed, bool bom, int around)
    {
        var rng = new Random(seed);
        var bytes = new List<byte>(Window + 64);
        if (bom) bytes.AddRange(Pieces[9]);
        int boundary = around == 0 ? Window : 2 * Window;
        while (bytes.Count < boundary - 8) bytes.Add((byte)('a' + rng.Next(26)));
        while (bytes.Count < boundary + 8 + rng.Next(8)) bytes.AddRange(Pieces[rng.Next(Pieces.Length)]);
        return bytes.ToArray();
    }

    [Fact]
    public void DecodesExactlyAsTheWholeBufferWouldAcrossWindows() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (seed, bom) =>
        {
            var bytes = Build(seed, bom, seed % 2);
            string path = Path.Combine(Dir, "in.mlir");
            File.WriteAllBytes(path, bytes);
            string expected = Encoding.UTF8.GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
            string actual = Utf8FileReader.Read(path);
            if (expected != actual) throw new Xunit.Sdk.XunitException($"seed {seed}, bom {bom}: {expected.Length} vs {actual.Length} chars");
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(24));

    [Theory]
    [InlineData(new byte[0], "")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61 }, "a")]
    [InlineData(new byte[] { 0x61, 0xE2, 0x82 }, "a\uFFFD")]
    public void SmallFiles(byte[] bytes, string expected)
    {
        string path = Path.Combine(Dir, "small.mlir");
        File.WriteAllBytes(path, bytes);
        Assert.Equal(expected, Utf8FileReader.Read(path));
    }

    [Fact]
    public void MissingFilesAndFoldersAreIOErrors()
    {
        Assert.Throws<FileNotFoundException>(() => Utf8FileReader.Read(Path.Combine(Dir, "missing.mlir")));
        Assert.ThrowsAny<UnauthorizedAccessException>(() => Utf8FileReader.Read(Dir));
    }
}

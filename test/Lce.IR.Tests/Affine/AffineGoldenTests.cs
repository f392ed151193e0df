using Lce.IR.Affine;

namespace Lce.Tests.Affine;

/// <summary>
/// Cases whose expected text was produced by mlir-opt 22 (see gen-affine-golden.sh): parsing the
/// body and printing it must give mlir-opt's text; rejected bodies must fail at the same place.
/// </summary>
public class AffineGoldenTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        string path = Path.Combine(AppContext.BaseDirectory, "Affine", "affine-golden.txt");
        foreach (var line in File.ReadAllLines(path))
        {
            int tab = line.IndexOf('\t');
            data.Add(line[..tab].Replace("\\n", "\n"), line[(tab + 1)..]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesMlirOpt(string body, string expected)
    {
        var result = AffineParser.ParseMapOrSet(body);
        if (!expected.StartsWith("error:", StringComparison.Ordinal))
        {
            Assert.Null(result.Error);
            Assert.Equal(expected, result.Map?.ToString() ?? result.Set!.ToString());
            return;
        }
        var parts = expected.Split(':', 3);
        Assert.NotNull(result.Error);
        Assert.Equal((parts[2], int.Parse(parts[1])), (result.Error!.Message, result.Error.Offset));
    }

    [Fact]
    public void GoldenFileHasEnoughCases() => Assert.True(Cases().Count >= 150);
}

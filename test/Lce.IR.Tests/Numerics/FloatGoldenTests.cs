using Lce.IR.Numerics;

namespace Lce.Tests.Numerics;

/// <summary>Checks printing and parsing against expectations recorded from mlir-opt 22.1.8.</summary>
public class FloatGoldenTests
{
    public static TheoryData<string> FormatSemantics => GoldenData.SemanticsNames(GoldenData.Format);

    public static TheoryData<string> ParseSemantics => GoldenData.SemanticsNames(GoldenData.Parse);

    [Theory]
    [MemberData(nameof(FormatSemantics))]
    public void FormatMatchesMlirOpt(string semanticsName)
    {
        var rows = GoldenData.Format.Where(r => r.Semantics.Name == semanticsName).ToList();
        var failures = rows
            .Select(r => (row: r, actual: FloatFormatter.Format(GoldenData.ParseHex(r.Input), r.Semantics)))
            .Where(x => x.actual != x.row.Expected)
            .Select(x => $"{semanticsName} 0x{x.row.Input}: expected {x.row.Expected}, got {x.actual}")
            .ToList();
        Assert.NotEmpty(rows);
        Assert.True(failures.Count == 0, $"{failures.Count}/{rows.Count} mismatches:\n" + string.Join("\n", failures.Take(40)));
    }

    [Theory]
    [MemberData(nameof(ParseSemantics))]
    public void MlirLiteralParseMatchesMlirOpt(string semanticsName)
    {
        var rows = GoldenData.Parse.Where(r => r.Semantics.Name == semanticsName).ToList();
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var expected = GoldenData.ParseHex(row.Expected);
            var actual = FloatParser.ParseMlirLiteral(row.Input, row.Semantics);
            if (actual != expected)
                failures.Add($"{semanticsName} {row.Input}: expected 0x{expected:X}, got 0x{actual:X}");
        }
        Assert.NotEmpty(rows);
        Assert.True(failures.Count == 0, $"{failures.Count}/{rows.Count} mismatches:\n" + string.Join("\n", failures.Take(40)));
    }
}

using System.Globalization;
using System.Runtime.CompilerServices;
using Lce.IR.Numerics;

namespace Lce.Tests.Numerics;

/// <summary>Loads the mlir-opt golden TSV files produced by gen-float-golden.sh.</summary>
internal static class GoldenData
{
    public sealed record Row(FloatSemantics Semantics, string Input, string Expected);

    public static IReadOnlyList<Row> Format => s_format.Value;

    public static IReadOnlyList<Row> Parse => s_parse.Value;

    private static readonly Lazy<IReadOnlyList<Row>> s_format = new(() => Load("float-format-golden.tsv"));
    private static readonly Lazy<IReadOnlyList<Row>> s_parse = new(() => Load("float-parse-golden.tsv"));

    public static UInt128 ParseHex(string hex) => UInt128.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    /// <summary>Every semantics name present in a golden file, as xunit theory data.</summary>
    public static TheoryData<string> SemanticsNames(IReadOnlyList<Row> rows)
    {
        var data = new TheoryData<string>();
        foreach (var name in rows.Select(r => r.Semantics.Name).Distinct())
            data.Add(name);
        return data;
    }

    private static IReadOnlyList<Row> Load(string fileName)
    {
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(Locate(fileName)))
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var parts = line.Split('\t');
            var sem = FloatSemantics.FromName(parts[0]) ?? throw new InvalidDataException($"unknown semantics in '{line}'");
            rows.Add(new Row(sem, parts[1], parts[2]));
        }
        return rows;
    }

    // The data sits next to this source file; test runs on the build machine find it there, and copies
    // placed in the output directory (Numerics/) are used otherwise.
    private static string Locate(string fileName, [CallerFilePath] string sourcePath = "")
    {
        string besideSource = Path.Combine(Path.GetDirectoryName(sourcePath) ?? ".", fileName);
        if (File.Exists(besideSource))
            return besideSource;
        string inOutput = Path.Combine(AppContext.BaseDirectory, "Numerics", fileName);
        if (File.Exists(inOutput))
            return inOutput;
        return Path.Combine(AppContext.BaseDirectory, fileName);
    }
}

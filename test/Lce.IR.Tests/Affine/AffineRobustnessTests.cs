using System.Text;
using Lce.IR.Affine;

namespace Lce.Tests.Affine;

public class AffineRobustnessTests
{
    [Fact]
    public void LongSumParsesPrintsAndEvaluatesWithoutStackOverflow()
    {
        var sb = new StringBuilder("(d0, d1)[s0] -> (d0");
        for (int i = 0; i < 10_000; i++) sb.Append(i % 2 == 0 ? " + d1 * " : " - s0 * ").Append(i % 7 + 2);
        sb.Append(')');
        var map = AffineParser.ParseMap(sb.ToString(), out var error, out _);
        Assert.Null(error);
        string printed = map!.ToString();
        var again = AffineParser.ParseMap(printed, out error, out _);
        Assert.Null(error);
        Assert.Equal(map, again);
        Assert.Equal(printed, again!.ToString());
        Assert.Equal(map.Evaluate([1, 1], [1])[0], again.Evaluate([1, 1], [1])[0]);
    }

    [Fact]
    public void LongSumOfDistinctTermsKeepsEveryTerm()
    {
        var terms = Enumerable.Range(0, 10_000).Select(i => $"d{i % 3} floordiv {i + 2}");
        var map = AffineParser.ParseMap($"(d0, d1, d2) -> ({string.Join(" + ", terms)})", out var error, out _);
        Assert.Null(error);
        Assert.Equal(10_000, map!.ToString().Split(" + ").Length);
    }

    [Theory]
    [InlineData(100_000, '(')]
    [InlineData(100_000, '-')]
    public void DeepNestingIsAnErrorNotACrash(int depth, char nesting)
    {
        string body = nesting == '(' ? "(d0) -> (" + new string('(', depth) + "d0" + new string(')', depth) + ")"
                                     : "(d0) -> (" + new string('-', depth) + "d0)";
        var result = AffineParser.ParseMapOrSet(body);
        Assert.NotNull(result.Error);
        Assert.InRange(result.Error!.Offset, 0, body.Length);
    }

    [Fact]
    public void ModerateNestingParses()
    {
        string body = "(d0) -> (" + new string('(', 300) + "d0" + new string(')', 300) + ")";
        Assert.Equal("(d0) -> (d0)", AffineParser.ParseMapOrSet(body).Map!.ToString());
    }

    public static TheoryData<string> Malformed() => new()
    {
        "", " ", "(", ")", "->", ":", "(d0", "(d0)", "(d0) ->", "(d0) -> (", "(d0) -> (d0", "(d0) : (", "(d0) : (d0 >=",
        "(d0)[", "(d0)[s0", "(d0)[s0] ->", "(d0) -> (d0 floordiv)", "(d0) -> (d0 mod -)", "(d0) -> (0x)", "(d0) -> (0xZZ)",
        "(d0) -> (d0 @ 1)", "(d0) -> (d0) >", "(d0) : (d0 >= 0) extra", "(d0) -> (\u00e9)", "(d0) -> (d0 <= 1)",
        "(d0) : (d0 < 0)", "(d0) : (d0 === 0)", "((d0)) -> (d0)", "(d0)[s0][s1] -> (d0)", "(1) -> (1)",
        "(d0) -> (18446744073709551616)", "(d0) -> (0xFFFFFFFFFFFFFFFFF)", "(d0) -> (- )", "(d0) -> (d0 * * 2)",
        "(d0) -> (d0 floordiv floordiv)", "(d0)[s0] -> (s0 mod d0)", "(d0) -> ((d0)", "(d0) -> (d0))", "\0", "(d0) -> (d0 //)",
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void MalformedInputGivesAnErrorWithAnOffset(string body)
    {
        var result = AffineParser.ParseMapOrSet(body);
        Assert.NotNull(result.Error);
        Assert.False(string.IsNullOrEmpty(result.Error!.Message));
        Assert.InRange(result.Error.Offset, 0, body.Length);
    }

    [Fact]
    public void RandomGarbageNeverThrows()
    {
        var rng = new Random(1234);
        const string alphabet = "()[]d0s1+-*>=<:, floordivceilmod0x9#";
        for (int i = 0; i < 5000; i++)
        {
            var chars = Enumerable.Range(0, rng.Next(0, 30)).Select(_ => alphabet[rng.Next(alphabet.Length)]).ToArray();
            var body = new string(chars);
            var result = AffineParser.ParseMapOrSet(body);
            if (result.Error is not null) Assert.InRange(result.Error.Offset, 0, body.Length);
        }
    }
}

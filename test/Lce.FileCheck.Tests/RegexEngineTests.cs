using Lce.FileCheck.Regex;

namespace Lce.FileCheck.Tests;

public class RegexEngineTests
{
    private static (int Start, int End)? Find(string pattern, string text, bool icase = false)
    {
        var m = PosixRegex.Compile(pattern, icase).Match(text, 0, text.Length);
        return m is null ? null : (m.Start, m.End);
    }

    private static string Group(string pattern, string text, int group)
    {
        var m = PosixRegex.Compile(pattern).Match(text, 0, text.Length)!;
        return m.GroupValue(text, group);
    }

    [Theory]
    [InlineData("a|ab", "ab", 0, 2)]
    [InlineData("(a|ab)(c|bcd)", "abcd", 0, 4)]
    [InlineData("x*", "xxxy", 0, 3)]
    [InlineData("b+", "abbbc", 1, 4)]
    [InlineData("[0-9]+", "ab 123 45", 3, 6)]
    [InlineData("a.c", "xxabcx", 2, 5)]
    [InlineData("(ab|a)(bc|c)?", "abc", 0, 3)]
    public void OverallMatchIsLeftmostLongest(string pattern, string text, int start, int end) =>
        Assert.Equal((start, end), Find(pattern, text));

    [Fact]
    public void AlternationCapturesTheLongestBranch() => Assert.Equal("ab", Group("(a|ab)", "ab", 1));

    [Fact]
    public void ConcatenationGivesEarlierElementsTheLongestPiece()
    {
        Assert.Equal("ab", Group("(a|ab)(b*)", "abb", 1));
        Assert.Equal("b", Group("(a|ab)(b*)", "abb", 2));
        Assert.Equal("a", Group("(a|ab)(c|bcd)", "abcd", 1));
    }

    [Fact]
    public void RepetitionReportsLastIteration() => Assert.Equal("c", Group("([abc])*", "abc", 1));

    [Theory]
    [InlineData("[[:alpha:]]+", "12abC3", 2, 5)]
    [InlineData("[[:digit:]]+", "ab42", 2, 4)]
    [InlineData("[[:space:]]", "a b", 1, 2)]
    [InlineData("[[:upper:]][[:lower:]]+", "xxHello", 2, 7)]
    [InlineData("[[:xdigit:]]+", "zz0aFg", 2, 5)]
    [InlineData("[[:punct:]]", "ab,c", 2, 3)]
    [InlineData("[]a]+", "x]a]", 1, 4)]
    [InlineData("[^]a]", "]ab", 2, 3)]
    [InlineData("[a-]+", "b-a-", 1, 4)]
    public void BracketExpressions(string pattern, string text, int start, int end) =>
        Assert.Equal((start, end), Find(pattern, text));

    [Fact]
    public void NegatedListAndDotDoNotMatchNewline()
    {
        Assert.Equal((0, 2), Find("[^x]*", "ab\ncd"));
        Assert.Equal((0, 1), Find("a.*", "a\nb"));
    }

    [Theory]
    [InlineData("^b", "a\nb", 2, 3)]
    [InlineData("a$", "a\nb", 0, 1)]
    [InlineData("^$", "x\n\ny", 2, 2)]
    public void AnchorsAreNewlineSensitive(string pattern, string text, int start, int end) =>
        Assert.Equal((start, end), Find(pattern, text));

    [Fact]
    public void CaretMatchesAtSearchStart()
    {
        var m = PosixRegex.Compile("^b").Match("ab", 1, 2);
        Assert.NotNull(m);
        Assert.Equal(1, m!.Start);
    }

    [Theory]
    [InlineData("a{2}", "aaa", 0, 2)]
    [InlineData("a{2,}", "aaaa", 0, 4)]
    [InlineData("a{1,3}", "aaaa", 0, 3)]
    [InlineData("(ab){0,2}c", "ababc", 0, 5)]
    [InlineData("x{0}y", "y", 0, 1)]
    public void Bounds(string pattern, string text, int start, int end) =>
        Assert.Equal((start, end), Find(pattern, text));

    [Theory]
    [InlineData("(a+)b\\1", "xaabaa", 1, 6)]
    [InlineData("(a|b)\\1", "abba", 1, 3)]
    [InlineData("([0-9]+) \\1", "12 13 13", 3, 8)]
    public void BackReferences(string pattern, string text, int start, int end) =>
        Assert.Equal((start, end), Find(pattern, text));

    [Fact]
    public void IgnoreCaseFoldsAsciiLettersAndClasses()
    {
        Assert.Equal((1, 4), Find("abc", "xAbC", icase: true));
        Assert.Equal((0, 2), Find("[a-c]+", "BCd", icase: true));
        Assert.Null(Find("abc", "xAbC"));
    }

    [Fact]
    public void EscapedSpecialsAreLiteral()
    {
        Assert.Equal((1, 4), Find("\\(a\\)", "x(a)"));
        Assert.Equal((0, 2), Find("a{", "a{"));
        Assert.Equal((1, 2), Find("\\n", "xn"));
    }

    [Theory]
    [InlineData("", "empty (sub)expression")]
    [InlineData("a|", "empty (sub)expression")]
    [InlineData("*a", "repetition-operator operand invalid")]
    [InlineData("a**", "repetition-operator operand invalid")]
    [InlineData("^*", "repetition-operator operand invalid")]
    [InlineData("(a", "parentheses not balanced")]
    [InlineData("a)", "parentheses not balanced")]
    [InlineData("[a", "brackets ([ ]) not balanced")]
    [InlineData("a{1", "braces not balanced")]
    [InlineData("a{2,1}", "invalid repetition count(s)")]
    [InlineData("a{256}", "invalid repetition count(s)")]
    [InlineData("[z-a]", "invalid character range")]
    [InlineData("[[:bogus:]]", "invalid character class")]
    [InlineData("a\\", "trailing backslash (\\)")]
    [InlineData("\\1", "invalid backreference number")]
    [InlineData("(a\\1)", "invalid backreference number")]
    public void SyntaxErrorsUseLlvmMessages(string pattern, string message) =>
        Assert.Equal(message, PosixRegex.Validate(pattern));

    [Fact]
    public void LongInputSearchIsFast()
    {
        string text = string.Concat(Enumerable.Repeat("%0 = arith.addi %a, %b : i32\n", 200_000)) + "needle 42\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var m = PosixRegex.Compile("needle [0-9]+").Match(text, 0, text.Length);
        Assert.NotNull(m);
        Assert.True(watch.ElapsedMilliseconds < 2000, $"took {watch.ElapsedMilliseconds} ms");
    }
}

using FsCheck;
using FsCheck.Fluent;
using Lce.FileCheck.Regex;

namespace Lce.FileCheck.Tests;

/// <summary>
/// Property: on random small patterns over {a,b}, the engine's leftmost-longest match equals
/// a brute-force reference that tries every span with a whole-string matcher.
/// </summary>
public class RegexProperties
{
    private static readonly string[] Atoms = ["a", "b", ".", "[ab]", "(a|ab)", "(b|ba)", "a*", "b+", "(ab)?", "a{1,2}"];

    /// <summary>Reference: does the pattern match exactly text[i..j)? Uses .NET's anchored regex, where
    /// whole-span matching is independent of alternative order, so its semantics agree with POSIX.</summary>
    private static bool MatchesExactly(string pattern, string s) =>
        System.Text.RegularExpressions.Regex.IsMatch(s, "^(?:" + pattern + ")$");

    private static (int, int)? Reference(string pattern, string text)
    {
        for (int i = 0; i <= text.Length; i++)
            for (int j = text.Length; j >= i; j--)
                if (MatchesExactly(pattern, text[i..j])) return (i, j);
        return null;
    }

    [Fact]
    public void EngineAgreesWithBruteForceReference()
    {
        var gen =
            from n in Gen.Choose(1, 4)
            from atoms in Gen.ArrayOf(Gen.Elements(Atoms), n)
            from text in Gen.ArrayOf(Gen.Elements('a', 'b', 'c'), Gen.Choose(0, 8).Sample(1)[0])
            select (string.Concat(atoms), new string(text));
        Prop.ForAll(Arb.From(gen), t =>
        {
            var (pattern, text) = t;
            var m = PosixRegex.Compile(pattern).Match(text, 0, text.Length);
            (int, int)? ours = m is null ? null : (m.Start, m.End);
            return ours == Reference(pattern, text);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void CapturedGroupAlwaysLiesInsideTheMatch()
    {
        var gen =
            from a in Gen.Elements(Atoms)
            from b in Gen.Elements(Atoms)
            from text in Gen.Elements("ab", "aab", "abab", "ba", "bbab", "aaa")
            select (a, b, text);
        Prop.ForAll(Arb.From(gen), t =>
        {
            var (a, b, text) = t;
            var m = PosixRegex.Compile("(" + a + ")" + b).Match(text, 0, text.Length);
            if (m is null) return true;
            int s = m.Groups[2], e = m.Groups[3];
            return s >= m.Start && e <= m.End && s <= e && MatchesExactly(a, text[s..e]) && MatchesExactly(b, text[e..m.End]);
        }).QuickCheckThrowOnFailure();
    }
}

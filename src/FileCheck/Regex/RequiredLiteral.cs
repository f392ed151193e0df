namespace Lce.FileCheck.Regex;

/// <summary>
/// Finds the longest literal string every match must contain (like Spencer's "must"),
/// so a search can jump with a vectorized IndexOf instead of trying every position.
/// </summary>
internal static class RequiredLiteral
{
    /// <summary>Returns the literal and whether it must be compared case-insensitively, or null.</summary>
    public static (string Text, bool IgnoreCase)? Find(RegexNode root)
    {
        var best = Of(root);
        if (best is null || best.Count == 0) return null;
        bool icase = best.Any(s => s.Count == 2);
        var chars = best.Select(s => s.First()).ToArray();
        return (new string(chars), icase);
    }

    /// <summary>A set is a literal if it is one byte, or one ASCII letter in both cases.</summary>
    private static bool IsLiteral(CharSet set)
    {
        int n = set.Count;
        if (n == 1) return true;
        if (n != 2) return false;
        char lo = set.First();
        return char.IsAsciiLetterUpper(lo) && set.Contains(char.ToLowerInvariant(lo));
    }

    private static List<CharSet>? Of(RegexNode? node)
    {
        switch (node)
        {
            case CharClassNode c when IsLiteral(c.Set):
                return [c.Set];
            case GroupNode g:
                return Of(g.Body);
            case RepeatNode r when r.Min >= 1:
                return Of(r.Body);
            case ConcatNode cat:
            {
                List<CharSet>? best = null;
                var run = new List<CharSet>();
                foreach (var item in cat.Items)
                {
                    if (item is CharClassNode c && IsLiteral(c.Set)) { run.Add(c.Set); continue; }
                    if (item is AnchorNode) continue; // zero-width: does not break adjacency
                    best = Longer(best, run);
                    run = [];
                    best = Longer(best, Of(item));
                }
                return Longer(best, run);
            }
            default:
                return null;
        }
    }

    private static List<CharSet>? Longer(List<CharSet>? a, List<CharSet>? b) =>
        b is null || b.Count == 0 ? a : a is null || b.Count > a.Count ? [.. b] : a;
}

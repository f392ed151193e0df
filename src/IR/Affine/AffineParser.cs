using Antlr4.Runtime;
using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Affine;

/// <summary>
/// Parses the body of `affine_map&lt;...&gt;` and `affine_set&lt;...&gt;` (the text between the angle
/// brackets). Expressions are simplified while they are built, as in MLIR, so printing the result
/// gives mlir-opt's text. Failures are reported as a message with a character offset into the
/// body; no exception escapes for malformed input.
/// </summary>
public static class AffineParser
{
    /// <summary>
    /// Deeper parenthesis nesting is rejected up front: the generated recursive-descent parser
    /// uses several stack frames per level.
    /// </summary>
    public const int MaxNestingDepth = 512;

    public static AffineMap? ParseMap(string body, out string? error, out int errorOffset)
    {
        var result = ParseMapOrSet(body);
        if (result.Succeeded && result.Map is null)
            result = AffineParseResult.Fail("expected AffineMap, but got IntegerSet", LeadingWhitespace(body));
        (error, errorOffset) = (result.Error?.Message, result.Error?.Offset ?? -1);
        return result.Map;
    }

    public static IntegerSet? ParseSet(string body, out string? error, out int errorOffset)
    {
        var result = ParseMapOrSet(body);
        if (result.Succeeded && result.Set is null)
            result = AffineParseResult.Fail("expected IntegerSet, but got AffineMap", LeadingWhitespace(body));
        (error, errorOffset) = (result.Error?.Message, result.Error?.Offset ?? -1);
        return result.Set;
    }

    /// <summary>
    /// Parses either form: `(dims)[syms] -> (results)` gives a map, `(dims)[syms] : (constraints)`
    /// a set. MLIR only accepts these inside affine_map&lt;&gt; / affine_set&lt;&gt; (the bare forms
    /// are no longer valid attributes), so the caller strips the keyword and brackets.
    /// </summary>
    public static AffineParseResult ParseMapOrSet(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        int tooDeep = FindExcessiveNesting(body);
        if (tooDeep >= 0) return AffineParseResult.Fail("affine expression nested too deeply", tooDeep);

        var lexer = new G.AffineLexer(new AntlrInputStream(body));
        lexer.RemoveErrorListeners();
        var parser = new G.AffineParser(new CommonTokenStream(lexer));
        parser.RemoveErrorListeners();
        var listener = new AffineSyntaxErrorListener();
        parser.AddErrorListener(listener);
        // Bail out on the first error: recovery would only invent trees nobody looks at.
        parser.ErrorHandler = new AffineFirstErrorStrategy();

        G.AffineParser.AffineMapOrSetEntryContext tree;
        try
        {
            tree = parser.affineMapOrSetEntry();
        }
        catch (Antlr4.Runtime.Misc.ParseCanceledException)
        {
            return new AffineParseResult(null, null, listener.First ?? new AffineParseError("syntax error", 0));
        }
        if (listener.First is not null) return new AffineParseResult(null, null, listener.First);

        try
        {
            return AffineTreeBuilder.Build(tree);
        }
        catch (AffineSemanticException e)
        {
            return AffineParseResult.Fail(e.Message, e.Offset);
        }
    }

    /// <summary>
    /// Given text that continues after `affine_map&lt;` (or `affine_set&lt;`) at
    /// <paramref name="bodyStart"/>, returns the index of the `&gt;` that closes it, or -1. Inside a
    /// body a `&gt;` only appears in `-&gt;` or in `&gt;=` within the parenthesized constraints, so the
    /// closer is the first `&gt;` outside parentheses that is not part of an arrow.
    /// </summary>
    public static int FindClosingAngle(string text, int bodyStart)
    {
        int depth = 0;
        for (int i = bodyStart; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '(' or '[': depth++; break;
                case ')' or ']': depth--; break;
                case '>' when depth <= 0 && !(i > bodyStart && text[i - 1] == '-'): return i;
            }
        }
        return -1;
    }

    /// <summary>Offset where parentheses or a run of unary minus signs get too deep, or -1.</summary>
    private static int FindExcessiveNesting(string body)
    {
        int depth = 0, minusRun = 0;
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (char.IsWhiteSpace(c)) continue;
            if (c == '(' && ++depth > MaxNestingDepth) return i;
            if (c == ')') depth--;
            minusRun = c == '-' ? minusRun + 1 : 0;
            if (minusRun > MaxNestingDepth) return i;
        }
        return -1;
    }

    private static int LeadingWhitespace(string body)
    {
        int i = 0;
        while (i < body.Length && char.IsWhiteSpace(body[i])) i++;
        return i;
    }
}

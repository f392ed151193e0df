using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary>
/// `dense&lt;NUMBER&gt; : tensor&lt;...&gt;` (the splat constants that fill large files) read directly
/// from the tokens instead of through the generated rule and its parse tree. Only the plain shape
/// is taken; anything else (nested lists, strings, a type that is not a static tensor/vector, any
/// error in the type) rewinds and runs the generated rule, so results and messages are the grammar's.
/// </summary>
internal sealed partial class ParserSession
{
    private IRAttribute? TryDenseSplat()
    {
        bool negative = Tokens.LA(3) == G.MlirLexer.MINUS;
        int k = negative ? 4 : 3;
        if (Tokens.LA(k) is not (G.MlirLexer.INT or G.MlirLexer.HEX_INT or G.MlirLexer.FLOAT)
            || Tokens.LA(k + 1) != G.MlirLexer.GREATER || Tokens.LA(k + 2) != G.MlirLexer.COLON)
            return null;
        int mark = Tokens.Mark();
        int start = Tokens.Index;
        try
        {
            for (int i = 1; i < k; i++) Tokens.Consume();
            var number = Next();
            Tokens.Consume(); // '>'
            Tokens.Consume(); // ':'
            if (AtTypeStart())
            {
                IRType? type;
                try { type = ParseTypeCached(); }
                catch (ParseAbort) { type = null; }
                if (type is RankedTensorType or IR.VectorType && type is ShapedType { HasStaticShape: true } shaped
                    && Trees.DenseSplat(shaped, negative, number) is { } attr)
                    return attr;
            }
            Tokens.Seek(start);
            return null;
        }
        finally { Tokens.Release(mark); }
    }
}

using System.Globalization;
using System.Numerics;
using Antlr4.Runtime;
using Lce.IR.Numerics;
using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary>Integer and float literals with MLIR's range checks and messages.</summary>
internal sealed partial class TreeBuilder
{
    /// <summary>`[-] (int | hex | float) [: type]`.</summary>
    private IRAttribute NumberAttr(G.MlirParser.NumberAttrContext c)
    {
        bool negative = c.MINUS() is not null;
        var tok = (c.INT() ?? c.HEX_INT() ?? c.FLOAT()).Symbol;
        var type = c.type() is { } tc ? Type(tc) : null;
        // MLIR reports a float literal with a non-float type after the type.
        if (tok.Type == G.MlirLexer.FLOAT && type is not (null or FloatType))
            throw s.Error(s.Peek, "floating point value not valid for specified type");
        return NumberWithType(negative, tok, type);
    }

    /// <summary>A literal the caller knows the type of (custom syntax such as `arith.constant 1 : i32`).</summary>
    public IRAttribute LiteralWithType(IRType type)
    {
        if (s.PeekType is G.MlirLexer.KW_TRUE or G.MlirLexer.KW_FALSE)
        {
            var b = s.Next();
            if (type is not IR.IntegerType { Width: 1 }) throw s.Error(b, "expected i1 type for 'true' or 'false' values");
            return BoolAttr.Get(Ctx, b.Type == G.MlirLexer.KW_TRUE);
        }
        bool negative = s.TryConsume(G.MlirLexer.MINUS);
        if (s.PeekType is not (G.MlirLexer.INT or G.MlirLexer.HEX_INT or G.MlirLexer.FLOAT))
            throw s.ErrorExpected("expected attribute value");
        var tok = s.Next();
        if (tok.Type == G.MlirLexer.FLOAT && type is not FloatType)
            throw s.Error(tok, "floating point value not valid for specified type");
        return NumberWithType(negative, tok, type);
    }

    private IRAttribute NumberWithType(bool negative, IToken tok, IRType? type)
    {
        if (tok.Type == G.MlirLexer.FLOAT)
        {
            var ft = type as FloatType ?? FloatType.F64(Ctx);
            return FloatAttr.FromBits(Ctx, ft, ParseFloat(tok, negative, ft.Semantics));
        }
        type ??= IR.IntegerType.Get(Ctx, 64);
        if (type is FloatType f)
        {
            if (tok.Type != G.MlirLexer.HEX_INT) throw DecimalIntegerForFloat(tok);
            if (negative) throw s.Error(tok, "hexadecimal float literal should not have a leading minus");
            return FloatAttr.FromBits(Ctx, f, HexFloatBits(tok, f.Semantics));
        }
        if (type is not (IR.IntegerType or IndexType)) throw s.Error(tok, "integer literal not valid for specified type");
        return IntegerAttr.Get(Ctx, type, CheckedInteger(tok, negative, type, "integer constant out of range for attribute"));
    }

    /// <summary>
    /// MLIR never reads a decimal integer as a float (`1 : f32`, `dense&lt;[1, 2]&gt; : tensor&lt;2xf32&gt;`,
    /// `array&lt;f32: 1&gt;` are errors); only hexadecimal integers give a float's bit pattern.
    /// </summary>
    private ParseAbort DecimalIntegerForFloat(IToken tok)
    {
        var error = s.Error(tok, "unexpected decimal integer literal for a floating point value");
        error.Diagnostic.AttachNote("add a trailing dot to make the literal a float");
        return error;
    }

    /// <summary>Decimal float text (sign applied) rounded as MLIR does (via f64).</summary>
    public UInt128 ParseFloat(IToken tok, bool negative, FloatSemantics sem)
    {
        if (tok.Type == G.MlirLexer.INT) throw DecimalIntegerForFloat(tok);
        var span = s.Span(tok);
        bool ok;
        UInt128 bits;
        if (negative)
        {
            Span<char> buf = span.Length < 256 ? stackalloc char[span.Length + 1] : new char[span.Length + 1];
            buf[0] = '-';
            span.CopyTo(buf[1..]);
            ok = FloatParser.TryParseMlirLiteral(buf, sem, out bits);
        }
        else ok = FloatParser.TryParseMlirLiteral(span, sem, out bits);
        return ok ? bits : throw s.Error(tok, "invalid floating point literal");
    }

    /// <summary>A hex integer token read as the bit pattern of a float of <paramref name="sem"/>.</summary>
    public UInt128 HexFloatBits(IToken tok, FloatSemantics sem)
    {
        var v = ParseMagnitude(tok);
        if (v.GetBitLength() > sem.BitWidth) throw s.Error(tok, "hexadecimal float constant out of range for type");
        return (UInt128)v;
    }

    public BigInteger ParseMagnitude(IToken tok)
    {
        var text = s.Span(tok);
        if (text.Length > 2 && text[1] is 'x')
            return BigInteger.Parse("0" + text[2..].ToString(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        if (text.Length <= 18) return long.Parse(text, CultureInfo.InvariantCulture);
        return BigInteger.Parse(text, CultureInfo.InvariantCulture);
    }

    /// <summary>The literal's value if it fits <paramref name="type"/> (signless types accept both readings).</summary>
    public BigInteger CheckedInteger(IToken tok, bool negative, IRType type, string rangeMessage)
    {
        var v = ParseMagnitude(tok);
        if (negative) v = -v;
        int width = type is IR.IntegerType it ? it.Width : IndexType.StorageWidth;
        var sign = type is IR.IntegerType t2 ? t2.Signedness : Signedness.Signless;
        if (negative && sign == Signedness.Unsigned) throw s.Error(tok, "negative integer literal not valid for unsigned integer type");
        BigInteger one = BigInteger.One;
        bool fits = sign switch
        {
            Signedness.Unsigned => v < (one << width),
            Signedness.Signed => width == 0 ? v.IsZero : v >= -(one << (width - 1)) && v < (one << (width - 1)),
            _ => width == 0 ? v.IsZero : v >= -(one << (width - 1)) && v < (one << width),
        };
        if (!fits) throw s.Error(tok, rangeMessage);
        return v;
    }
}

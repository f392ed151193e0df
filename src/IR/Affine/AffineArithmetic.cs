namespace Lce.IR.Affine;

/// <summary>
/// Integer semantics of the affine operators on 64-bit values: floordiv rounds toward negative
/// infinity, ceildiv toward positive infinity, and mod is always non-negative for a positive
/// divisor. Overflow wraps, as the reference implementation's int64 arithmetic does.
/// </summary>
public static class AffineArithmetic
{
    public static long FloorDiv(long lhs, long rhs)
    {
        if (rhs == 0) throw new DivideByZeroException("affine floordiv by zero");
        if (rhs == -1) return unchecked(-lhs);
        long q = lhs / rhs;
        // Truncation rounded toward zero; step down when the exact quotient was negative and inexact.
        if (lhs % rhs != 0 && ((lhs < 0) != (rhs < 0))) q--;
        return q;
    }

    public static long CeilDiv(long lhs, long rhs)
    {
        if (rhs == 0) throw new DivideByZeroException("affine ceildiv by zero");
        if (rhs == -1) return unchecked(-lhs);
        long q = lhs / rhs;
        if (lhs % rhs != 0 && ((lhs < 0) == (rhs < 0))) q++;
        return q;
    }

    /// <summary>Euclidean-style remainder for positive divisors (result in [0, rhs)).</summary>
    public static long Mod(long lhs, long rhs)
    {
        if (rhs == 0) throw new DivideByZeroException("affine mod by zero");
        if (rhs == -1) return 0;
        long r = lhs % rhs;
        // For a negative divisor this keeps the floor-division identity lhs == q * rhs + r.
        if (r != 0 && ((r < 0) != (rhs < 0))) r += rhs;
        return r;
    }

    /// <summary>GCD on the unsigned reinterpretation, as llvm::GreatestCommonDivisor64 does.</summary>
    internal static long Gcd(long a, long b)
    {
        ulong x = unchecked((ulong)a), y = unchecked((ulong)b);
        while (y != 0) { ulong t = x % y; x = y; y = t; }
        return unchecked((long)x);
    }
}

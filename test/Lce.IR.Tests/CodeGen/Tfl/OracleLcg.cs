namespace Lce.Tests.CodeGen.Tfl;

/// <summary>The LCG of the oracle generators (Oracle/*.js): seed = seed · 1103515245 + 12345 (mod 2^32), value (seed >> 8) / 2^24.</summary>
internal sealed class OracleLcg(uint seed)
{
    public double Next()
    {
        seed = unchecked(seed * 1103515245u + 12345u);
        return (seed >> 8) / (double)(1 << 24);
    }

    public int Int(int lo, int hi) => lo + (int)Math.Floor(Next() * (hi - lo + 1));

    public sbyte[] Int8s(int n) => [.. Enumerable.Range(0, n).Select(_ => (sbyte)Int(-128, 127))];
}

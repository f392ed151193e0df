namespace Lce.IR.Numerics;

/// <summary>Small powers of five and ten that fit in 64 bits, used as bignum multipliers/divisors.</summary>
internal static class Pow5
{
    /// <summary>5^27 is the largest power of five below 2^63, so one 64x64 multiply handles 27 factors.</summary>
    public const int MaxUInt64Exponent = 27;

    public const ulong TenPow19 = 10_000_000_000_000_000_000UL;

    public static readonly ulong[] UInt64Table = BuildTable();

    /// <summary>10^0 .. 10^19.</summary>
    public static readonly ulong[] TenTable = BuildTenTable();

    private static ulong[] BuildTable()
    {
        var table = new ulong[MaxUInt64Exponent + 1];
        table[0] = 1;
        for (int i = 1; i < table.Length; i++)
            table[i] = table[i - 1] * 5;
        return table;
    }

    private static ulong[] BuildTenTable()
    {
        var table = new ulong[20];
        table[0] = 1;
        for (int i = 1; i < table.Length; i++)
            table[i] = table[i - 1] * 10;
        return table;
    }
}

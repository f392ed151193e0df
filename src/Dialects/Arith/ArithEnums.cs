namespace Lce.Dialects.Arith;

/// <summary>arith::CmpIPredicate: eq, ne, slt, sle, sgt, sge, ult, ule, ugt, uge (values 0..9).</summary>
public enum CmpIPredicate { Eq, Ne, Slt, Sle, Sgt, Sge, Ult, Ule, Ugt, Uge }

/// <summary>arith::CmpFPredicate: AlwaysFalse, oeq, ..., uno, AlwaysTrue (values 0..15).</summary>
public enum CmpFPredicate { AlwaysFalse, Oeq, Ogt, Oge, Olt, Ole, One, Ord, Ueq, Ugt, Uge, Ult, Ule, Une, Uno, AlwaysTrue }

/// <summary>arith::RoundingMode (values 0..4).</summary>
public enum RoundingMode { ToNearestEven, Downward, Upward, TowardZero, ToNearestAway }

/// <summary>The integer enums of the arith dialect with their textual keywords.</summary>
public static class ArithEnums
{
    public static readonly IntEnum CmpIPredicate = new(64,
        ["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"]);

    public static readonly IntEnum CmpFPredicate = new(64,
        ["false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule", "une", "uno", "true"]);

    public static readonly IntEnum RoundingMode = new(32,
        ["to_nearest_even", "downward", "upward", "toward_zero", "to_nearest_away"], "Floating point rounding mode");
}

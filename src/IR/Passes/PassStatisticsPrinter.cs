namespace Lce.IR.Passes;

/// <summary>How --mlir-pass-statistics lays out the report.</summary>
public enum PassStatisticsDisplay { List, Pipeline }

/// <summary>Prints pass statistics as MLIR's PassStatistics.cpp.</summary>
internal static class PassStatisticsPrinter
{
    public static void Print(PassManager pm, PassStatisticsDisplay display, TextWriter output) { }
}

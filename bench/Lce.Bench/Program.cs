using BenchmarkDotNet.Running;

namespace Lce.Bench;

/// <summary>
/// Lce.Bench gen DIR                 write big.mlir / many.mlir into DIR
/// Lce.Bench breakdown [--runs N] [FILE...]   Stopwatch breakdown read / parse / verify / print (default: both inputs)
/// Lce.Bench [BenchmarkDotNet args]  the BenchmarkDotNet suite (e.g. --filter '*')
/// Inputs: $LCE_BENCH_DIR if it holds big.mlir and many.mlir, else generated into a temp cache.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "gen")
        {
            if (args.Length < 2) { Console.Error.WriteLine("usage: Lce.Bench gen DIR"); return 1; }
            Environment.SetEnvironmentVariable("LCE_BENCH_DIR", args[1]);
            Console.WriteLine(InputGenerator.LocateInputs());
            return 0;
        }
        if (args.Length > 0 && args[0] == "breakdown") return Breakdown.Run(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}

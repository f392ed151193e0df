using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Lce.IR;

namespace Lce.Bench;

/// <summary>
/// Parse / verify / print throughput on the two mlir-throughput-shaped inputs. Every parse uses a
/// fresh context (as lce-opt does per input), so interning tables start empty. A few long
/// iterations (seconds each) rather than many short ones: Monitoring strategy, no pilot stage.
/// In-process (no generated project to build; the host's GC settings are those of lce-opt).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class TextualIrBenchmarks
{
    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1)
            .WithWarmupCount(1).WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance));
    }

    [Params("big", "many")]
    public string Input { get; set; } = "big";

    private string _text = "";
    private string _name = "";
    private Operation _module = null!;
    private readonly StringBuilder _out = new();

    [GlobalSetup]
    public void Setup()
    {
        _name = Path.Combine(InputGenerator.LocateInputs(), Input + ".mlir");
        _text = File.ReadAllText(_name);
        _module = Pipeline.Parse(Pipeline.NewContext(), _text, _name);
        Pipeline.Verify(_module);
    }

    [Benchmark(Description = "parse")]
    public Operation Parse() => Pipeline.Parse(Pipeline.NewContext(), _text, _name);

    [Benchmark(Description = "parse+verify")]
    public Operation ParseVerify()
    {
        var op = Pipeline.Parse(Pipeline.NewContext(), _text, _name);
        Pipeline.Verify(op);
        return op;
    }

    [Benchmark(Description = "verify")]
    public void Verify() => Pipeline.Verify(_module);

    [Benchmark(Description = "print custom")]
    public int PrintCustom() => Pipeline.Print(_module, Pipeline.Custom, _out).Length;

    [Benchmark(Description = "print generic")]
    public int PrintGeneric() => Pipeline.Print(_module, Pipeline.Generic, _out).Length;

    /// <summary>What `lce-opt --allow-unregistered-dialect FILE` does after reading the file.</summary>
    [Benchmark(Description = "parse+verify+print custom")]
    public int ParsePrint()
    {
        var op = Pipeline.Parse(Pipeline.NewContext(), _text, _name);
        Pipeline.Verify(op);
        return Pipeline.Print(op, Pipeline.Custom, new StringBuilder()).Length;
    }
}

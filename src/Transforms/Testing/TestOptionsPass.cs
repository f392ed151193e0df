using Lce.IR.Passes;

namespace Lce.Transforms.Testing;

/// <summary>mlir-opt's test-options-pass: list, string, string-list and enum options, no effect.</summary>
public sealed class TestOptionsPass : Pass
{
    public enum Choice { Zero, One, Two }

    /// <summary>The same options as a registered pipeline's options (test-options-pass-pipeline).</summary>
    public sealed class PipelineOptions : PassOptions
    {
        public ListOption<int> List { get; }
        public ListOption<string> StringList { get; }
        public Option<string> String { get; }
        public Option<Choice> Enum { get; }

        public PipelineOptions()
        {
            List = Add(new ListOption<int>("list", "Example list option"));
            StringList = Add(new ListOption<string>("string-list", "Example string list option"));
            String = Add(new Option<string>("string", "Example string option", ""));
            Enum = Add(EnumOption());
        }
    }

    private static Option<Choice> EnumOption() => new Option<Choice>("enum", "Example enum option", Choice.Zero)
        .WithChoices(("zero", Choice.Zero, "Example zero value"), ("one", Choice.One, "Example one value"), ("two", Choice.Two, "Example two value"));

    public TestOptionsPass()
    {
        PassOptions.Add(new ListOption<int>("list", "Example list option"));
        PassOptions.Add(new ListOption<string>("string-list", "Example string list option"));
        PassOptions.Add(new Option<string>("string", "Example string option", ""));
        PassOptions.Add(EnumOption());
    }

    public TestOptionsPass(PipelineOptions options) : this() => PassOptions.CopyValuesFrom(options);

    public override string Argument => "test-options-pass";
    public override string Name => "(anonymous namespace)::TestOptionsPass";
    public override string Description => "Test options parsing capabilities";
    public override string? AnchorName => "func.func";
    protected override void RunOnOperation() { }
}

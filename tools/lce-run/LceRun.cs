namespace Lce.Run;

using System.Text.Json.Nodes;
using Lce.CodeGen.Runtime;

/// <summary>
/// lce-run: parse a model, compile its function with the reference engine, run it on inputs from
/// JSON or a seed, print the outputs (text or JSON) and optionally benchmark it. Every failure is
/// an error line on stderr and exit code 1.
/// </summary>
public static class LceRun
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, TextReader? stdin = null)
    {
        if (args.Count > 0 && args[0] == "bench-kernels") return BenchKernels.Run(args.Skip(1).ToList(), stdout, stderr);
        var (opts, error) = RunOptions.Parse(args);
        if (opts is null) return Fail(stderr, $"lce-run: error: {error}\n{RunOptions.Usage}");
        if (opts.Help) { stdout.Write(RunOptions.Usage); return 0; }
        if (opts.Engine == "jit" && JitRegistry.Create(opts, out string? isaError) is null) return Fail(stderr, $"lce-run: error: {isaError}");
        try
        {
            return Execute(opts, stdout, stdin ?? Console.In);
        }
        catch (RunException e) { return Fail(stderr, e.Message); }
        catch (ExecutorException e) { return Fail(stderr, e.Render()); }
        catch (TensorJsonException e) { return Fail(stderr, $"{opts.InputFile}: error: {e.Message}"); }
        catch (IOException e) { return Fail(stderr, $"lce-run: error: {e.Message}"); }
        catch (UnauthorizedAccessException e) { return Fail(stderr, $"lce-run: error: {e.Message}"); }
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine(message.TrimEnd());
        return 1;
    }

    private static int Execute(RunOptions opts, TextWriter stdout, TextReader stdin)
    {
        string model = opts.Model!;
        string text = InputFiles.ReadText(model, "model", stdin);
        var errors = new List<string>();
        var func = ModelLoader.Load(model, text, opts.Function, errors);
        if (func is null) throw new RunException(string.Join("\n", errors));
        var executor = Executor.Compile(func, opts.Engine == "jit" ? JitRegistry.Create(opts, out _)! : OpKernelRegistry.CreateDefault());
        var inputs = ReadInputs(opts, executor, stdin);
        var outputs = executor.Run(inputs);
        var named = outputs.Select((t, i) => new NamedTensor(executor.OutputNames[i] ?? $"output_{i}", t)).ToArray();
        var unpacked = opts.UnpackOutputs ? BitpackedOutputs.Unpack(func, opts.UnpackChannels, named) : new NamedTensor?[named.Length];
        var bench = opts.Benchmark > 0 ? Benchmark.Measure(executor, inputs, opts.Benchmark, opts.Profile) : null;
        if (opts.Json)
        {
            var o = new JsonObject
            {
                ["function"] = executor.FunctionName,
                ["outputs"] = new JsonArray(named.Select((t, i) => (JsonNode)WithUnpacked(TensorJson.ToJson(t), unpacked[i])).ToArray()),
                ["arena_bytes"] = executor.ArenaSize,
            };
            if (bench is not null) o["benchmark"] = bench.ToJson();
            if (opts.Profile && opts.Engine == "jit") o["jit"] = JitRegistry.EmissionJson();
            stdout.WriteLine(o.ToJsonString());
            return 0;
        }
        stdout.WriteLine($"@{executor.FunctionName}: {executor.KernelCount} op(s), arena {executor.ArenaSize} bytes");
        if (opts.PrintOutputs || opts.UnpackOutputs)
            for (int k = 0; k < named.Length; k++)
            {
                stdout.WriteLine($"{named[k].Name}: {named[k].Tensor} = [{FormatValues(named[k].Tensor)}]");
                if (unpacked[k] is { } u) stdout.WriteLine($"{u.Name} unpacked: {u.Tensor} = [{FormatValues(u.Tensor)}]");
            }
        bench?.WriteText(stdout);
        if (opts.Profile && opts.Engine == "jit") stdout.WriteLine(JitRegistry.EmissionSummary());
        return 0;
    }

    private static string FormatValues(Tensor t) =>
        string.Join(", ", Enumerable.Range(0, checked((int)t.ElementCount)).Select(i => TensorJson.FormatValue(t, i)));

    /// <summary>The output's JSON with its ±1 form as "unpacked" (shape, dtype, data), when it is bitpacked.</summary>
    private static JsonObject WithUnpacked(JsonObject output, NamedTensor? unpacked)
    {
        if (unpacked is not null) output["unpacked"] = TensorJson.ToJson(unpacked with { Name = null });
        return output;
    }

    private static IReadOnlyList<Tensor> ReadInputs(RunOptions opts, Executor executor, TextReader stdin)
    {
        if (opts.RandomSeed is { } seed) return RandomInputs.For(executor.InputSpecs, seed);
        if (opts.InputFile is null)
        {
            if (executor.InputSpecs.Count == 0) return [];
            throw new RunException($"lce-run: error: @{executor.FunctionName} takes {executor.InputSpecs.Count} input(s) "
                + $"({string.Join(", ", executor.InputSpecs)}): give --input FILE.json or --random SEED");
        }
        string json = InputFiles.ReadText(opts.InputFile, "input file", stdin);
        var given = TensorJson.ReadInputs(json);
        if (given.Count != executor.InputSpecs.Count)
            throw new RunException($"{opts.InputFile}: error: @{executor.FunctionName} takes {executor.InputSpecs.Count} input(s), the file has {given.Count}");
        for (int i = 0; i < given.Count; i++)
        {
            string? want = executor.InputNames[i];
            if (given[i].Name is { } name && want is not null && name != want)
                throw new RunException($"{opts.InputFile}: error: inputs[{i}] is named '{name}' but the function's input #{i} is '{want}'");
        }
        // Per-axis/per-tensor quantization comes from the function's types, not from the file.
        var inputs = given.Select((g, i) => new Tensor(g.Tensor.Spec with { Quantization = executor.InputSpecs[i].Quantization }, g.Tensor.Storage)).ToArray();
        try
        {
            executor.CheckInputs(inputs);
        }
        catch (ExecutorException e)
        {
            throw new RunException($"{opts.InputFile}: error: {e.Message}");
        }
        return inputs;
    }
}

/// <summary>A failure already rendered as error lines.</summary>
internal sealed class RunException(string message) : Exception(message);

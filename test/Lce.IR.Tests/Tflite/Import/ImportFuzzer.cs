using System.Buffers.Binary;
using Lce.CodeGen.Tflite.Import;
using Lce.CodeGen.Tflite.Schema;
using Lce.Dialects;
using Lce.IR;
using Lce.IR.Printing;

namespace Lce.Tests.Tflite.Import;

/// <summary>
/// Mutates valid models (bit flips, byte overwrites, truncations, corrupted 32-bit offsets and
/// combinations, all from one seed) and imports each: the importer must return a module without
/// errors or no module with at least one error; an exception, or an import exceeding the per-file
/// guard (a hang), is a failure. Shared by the CI test and scripts/tflite-import-fuzz.sh.
/// </summary>
public static class ImportFuzzer
{
    public sealed record Outcome(int Cases, int Imported, int Rejected, IReadOnlyList<string> Failures);

    /// <summary>The seed models: the LCE model, and the flatc-built test inputs.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Seeds() =>
    [
        ("lce", TfliteModelWriter.ToArray(ImportTestModels.LceModel())),
        .. new[] { "quantized", "gather", "conv2d", "custom_op" }.Select(n => (n, File.ReadAllBytes(ImportGoldenTests.InputPath(n + ".tflite")))),
    ];

    public static Outcome Run(int cases, int seed, TimeSpan guard)
    {
        var seeds = Seeds();
        var failures = new List<string>();
        int imported = 0, rejected = 0;
        for (int i = 0; i < cases; i++)
        {
            // Deterministic across runs (HashCode is randomized per process).
            var r = new Random(unchecked(seed * 1_000_003 + i));
            var (name, original) = seeds[r.Next(seeds.Count)];
            var (bytes, how) = Mutate(original, r);
            string id = $"case {i} (seed {seed}, model {name}, {how})";
            var task = Task.Run(() => ImportOnce(bytes));
            if (!task.Wait(guard))
            {
                failures.Add($"{id}: no answer within {guard.TotalSeconds} s");
                continue;
            }
            switch (task.Result)
            {
                case null: imported++; break;
                case "rejected": rejected++; break;
                case var failure: failures.Add($"{id}: {failure}"); break;
            }
        }
        return new Outcome(cases, imported, rejected, failures);
    }

    /// <summary>null when imported cleanly, "rejected" when refused with an error, else what went wrong.</summary>
    private static string? ImportOnce(byte[] bytes)
    {
        try
        {
            var ctx = StandardDialects.CreateContext();
            var result = TfliteImporter.Import(bytes, ctx, "fuzz.tflite");
            bool errors = result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
            if (result.Module is null) return errors ? "rejected" : "no module and no error";
            if (errors) return "a module and an error";
            _ = AsmPrinter.PrintTopLevel(result.Module, PrinterFlags.Default);
            return null;
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}";
        }
    }

    private static (byte[] Bytes, string How) Mutate(byte[] original, Random r)
    {
        // A third of the cases change the model's meaning but keep it a sound FlatBuffer.
        if (r.Next(3) == 0) return Semantic(original, r);
        var b = (byte[])original.Clone();
        var how = new List<string>();
        int rounds = 1 + r.Next(3);
        for (int k = 0; k < rounds && b.Length > 0; k++)
        {
            switch (r.Next(5))
            {
                case 0:
                    int at = r.Next(b.Length), bit = r.Next(8);
                    b[at] ^= (byte)(1 << bit);
                    how.Add($"flip {at}.{bit}");
                    break;
                case 1:
                    int from = r.Next(b.Length), n = 1 + r.Next(Math.Min(4, b.Length - from));
                    for (int j = 0; j < n; j++) b[from + j] = (byte)r.Next(256);
                    how.Add($"overwrite {from}+{n}");
                    break;
                case 2:
                    int len = r.Next(b.Length);
                    b = b[..len];
                    how.Add($"truncate {len}");
                    break;
                default:
                    // A 32-bit word (most are offsets, lengths or indices) made small, negative, huge or shifted.
                    if (b.Length < 4) break;
                    int w = 4 * r.Next(b.Length / 4);
                    int old = BinaryPrimitives.ReadInt32LittleEndian(b.AsSpan(w));
                    int value = r.Next(4) switch { 0 => r.Next(-8, 64), 1 => old + r.Next(-16, 17), 2 => r.Next(), _ => -r.Next() };
                    BinaryPrimitives.WriteInt32LittleEndian(b.AsSpan(w), value);
                    how.Add($"word {w}: {old} -> {value}");
                    break;
            }
        }
        return (b, string.Join(", ", how));
    }

    /// <summary>One field of a read model set to a nearby or arbitrary value: an index, a type, a dimension, a quantization or an operator's options.</summary>
    private static (byte[] Bytes, string How) Semantic(byte[] original, Random r)
    {
        var m = TfliteModelReader.Read(original);
        // Options the schema layer does not model are rewritten through the importer's preserved form.
        var g = m.Subgraphs[0] with
        {
            Operators = m.Subgraphs[0].Operators.Select(o => o.BuiltinOptions is OpaqueOptions opaque
                ? o with { BuiltinOptions = PreservedOptions.FromTable(opaque.OptionsType, opaque.Table, out _) } : o).ToArray(),
        };
        int Near(int v) => r.Next(3) switch { 0 => v + r.Next(-2, 3), 1 => -1 - r.Next(2), _ => r.Next(0, 12) };
        string how;
        if (r.Next(2) == 0 && g.Tensors.Count > 0)
        {
            int ti = r.Next(g.Tensors.Count);
            var t = g.Tensors[ti];
            (t, how) = r.Next(5) switch
            {
                0 => (t with { Type = (TensorType)r.Next(-1, 21) }, "type"),
                1 => (t with { Shape = t.Shape.Select(d => r.Next(3) == 0 ? Near(d) : d).ToArray() }, "shape"),
                2 => (t with { Buffer = (uint)Near((int)t.Buffer) }, "buffer"),
                3 => (t with { ShapeSignature = t.Shape.Select(d => r.Next(2) == 0 ? -1 : d).ToArray(), IsVariable = r.Next(4) == 0 }, "signature"),
                _ => (t with { Quantization = new QuantizationParameters { Scale = new[] { 0.5f, 0f }[..(1 + r.Next(2))], ZeroPoint = [r.Next(-300, 300)], QuantizedDimension = r.Next(-1, 5) } }, "quantization"),
            };
            g = g with { Tensors = g.Tensors.Select((x, i) => i == ti ? t : x).ToArray() };
            how = $"tensor {ti} {how}";
        }
        else if (g.Operators.Count > 0)
        {
            int oi = r.Next(g.Operators.Count);
            var o = g.Operators[oi];
            (o, how) = r.Next(4) switch
            {
                0 => (o with { OpcodeIndex = (uint)Near((int)o.OpcodeIndex) }, "opcode"),
                1 => (o with { Inputs = o.Inputs.Select(x => r.Next(2) == 0 ? Near(x) : x).Take(r.Next(1, o.Inputs.Count + 2)).ToArray() }, "inputs"),
                2 => (o with { Outputs = o.Outputs.Select(Near).ToArray() }, "outputs"),
                _ => (o with { BuiltinOptions = r.Next(2) == 0 ? null : new Conv2DOptions((global::Lce.Serialization.CustomOptions.TflitePadding)r.Next(3), 1, 1, (global::Lce.Serialization.CustomOptions.TfliteActivation)r.Next(7)) }, "options"),
            };
            g = g with { Operators = g.Operators.Select((x, i) => i == oi ? o : x).ToArray() };
            how = $"operator {oi} {how}";
        }
        else how = "nothing";
        return (TfliteModelWriter.ToArray(m with { Subgraphs = [g, .. m.Subgraphs.Skip(1)] }), "semantic: " + how);
    }
}

using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Printing;
using Xunit;
using static Lce.Tests.Parsing.ParsingTestUtil;

namespace Lce.Tests.Parsing;

/// <summary>
/// Plain generic lines (`%r = "d.op"(%a, %b) {attrs} : (types) -> type`) whose dictionary and
/// function type were seen before are read straight from the text (OperationParser.PlainLine.cs).
/// The oracle is the token parser: a tab instead of the blank before ` : ` is the same column for
/// every later character, but is not a plain line, so the same program is parsed the slow way.
/// Both must give the same IR, locations included, or the same first error with its notes.
/// </summary>
public class PlainLineTests
{
    private static readonly PrinterFlags GenericDebug = PrinterFlags.Default with { PrintGenericOpForm = true, PrintDebugInfo = true };

    /// <summary>A random program of plain-looking lines with occasional faults, from a seed and a size.</summary>
    public sealed record Program(int Seed, int Size)
    {
        private static readonly string[] Types = ["i32", "f32", "tensor<2x3xf32>"];
        private static readonly string[] Dicts = ["", " {k = \"v\"}", " {n = 3 : i32, k = \"v\"}"];
        private static readonly string[] Ops = ["tst.a", "tst.b", "x.y"];

        public string Text()
        {
            var rng = new Random(Seed);
            var sb = new StringBuilder();
            var defined = new List<(string Name, string Type)>();
            int depth = 0;
            var scopeStarts = new Stack<int>(); // values defined in a region are gone after it
            // Half of the programs get one fault, at one line: the outcome is then mostly an error.
            int faultLine = rng.Next(2) == 0 ? rng.Next(Size) : -1, fault = rng.Next(7);
            bool Fault(int line, int kind) => line == faultLine && fault == kind;
            for (int line = 0; line < Size; line++)
            {
                string indent = new(' ', 2 * depth + 2 * rng.Next(2));
                if (rng.Next(12) == 0) { sb.Append(indent).Append("\"tst.r\"() ({\n"); depth++; scopeStarts.Push(defined.Count); continue; }
                if (depth > 0 && rng.Next(8) == 0)
                {
                    sb.Append(indent).Append("}) : () -> ()\n");
                    depth--;
                    defined.RemoveRange(scopeStarts.Peek(), defined.Count - scopeStarts.Pop());
                    continue;
                }
                sb.Append(indent);
                string resultType = Types[rng.Next(Types.Length)];
                bool hasResult = rng.Next(6) != 0 || Fault(line, 0);
                string? result = null;
                if (hasResult)
                {
                    // Mostly fresh names; sometimes a redefinition (an error outside nested regions).
                    result = defined.Count > 0 && Fault(line, 0) ? defined[rng.Next(defined.Count)].Name : $"%v{line}";
                    sb.Append(result).Append(rng.Next(10) == 0 ? "  =  " : " = ");
                }
                sb.Append('"').Append(Ops[rng.Next(Ops.Length)]).Append("\"(");
                int n = defined.Count == 0 ? 0 : rng.Next(4) + (Fault(line, 1) || Fault(line, 2) || Fault(line, 3) ? 1 : 0);
                var operandTypes = new List<string>();
                for (int k = 0; k < n; k++)
                {
                    if (k > 0) sb.Append(rng.Next(8) == 0 ? " ,  " : ", ");
                    bool last = k == n - 1;
                    if (last && Fault(line, 1)) { sb.Append("%undefined"); operandTypes.Add(Types[rng.Next(Types.Length)]); }
                    else if (last && Fault(line, 2)) { sb.Append($"%v{line + 1 + rng.Next(3)}"); operandTypes.Add(Types[rng.Next(Types.Length)]); }
                    else
                    {
                        var (name, type) = defined[rng.Next(defined.Count)];
                        sb.Append(name);
                        operandTypes.Add(last && Fault(line, 3) ? Types[rng.Next(Types.Length)] : type);
                    }
                }
                if (Fault(line, 4)) operandTypes.Add("i32"); // a count mismatch
                sb.Append(')').Append(Dicts[rng.Next(Dicts.Length)]).Append(" : (").Append(string.Join(", ", operandTypes)).Append(") -> ");
                sb.Append(hasResult ? Fault(line, 5) ? "(i32, i32)" : resultType : Fault(line, 6) ? "i32" : "()");
                if (rng.Next(15) == 0) sb.Append($" loc(\"at\":{line}:7)");
                sb.Append('\n');
                if (result is not null) defined.Add((result, resultType));
            }
            for (; depth > 0; depth--) sb.Append("}) : () -> ()\n");
            return sb.ToString();
        }
    }

    private static Arbitrary<Program> Programs => Arb.From(
        Gen.Sized(size => from seed in Gen.Choose(int.MinValue, int.MaxValue) from n in Gen.Choose(1, Math.Max(1, size)) select new Program(seed, n)),
        p => p.Size <= 1 ? [] : new[] { p with { Size = p.Size / 2 }, p with { Size = p.Size - 1 } });

    private static string Outcome(string text)
    {
        var ctx = Ctx();
        var r = MlirParser.ParseSourceString(ctx, text, "p.mlir");
        if (r.Operation is { } op) return AsmPrinter.PrintTopLevel(op, GenericDebug);
        var e = r.Error!;
        return "error " + Describe(e) + string.Concat(e.Notes.Select(n => "\n  note " + Describe(n)));
    }

    [Fact]
    public void PlainLinesParseExactlyAsTheTokenPath() =>
        Prop.ForAll(Programs, p =>
        {
            string text = p.Text();
            string slow = text.Replace(" : (", "\t: (");
            string fast = Outcome(text), oracle = Outcome(slow);
            if (fast != oracle)
                throw new Xunit.Sdk.XunitException($"{p}:\n--- text\n{text}--- plain lines\n{fast}\n--- token path\n{oracle}");
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(400).WithEndSize(60));

    [Fact]
    public void TheGeneratorReachesBothOutcomes()
    {
        // The property above is only worth something if both parses and errors are common.
        int ok = 0, failed = 0;
        for (int seed = 0; seed < 200; seed++)
        {
            if (Outcome(new Program(seed, 30).Text()).StartsWith("error ", StringComparison.Ordinal)) failed++; else ok++;
        }
        Assert.InRange(ok, 20, 180);
        Assert.InRange(failed, 20, 180);
    }

    [Fact]
    public void RepeatedLinesInARegionShareTheirParsedParts()
    {
        var m = ParseOk(Ctx(), """
            "tst.r"() ({
              %0 = "tst.a"() {k = "v"} : () -> i32
              %1 = "tst.b"(%0, %0) {k = "v"} : (i32, i32) -> i32
              %2 = "tst.b"(%1, %0) {k = "v"} : (i32, i32) -> i32
            }) : () -> ()
            """);
        var ops = TopOps(m)[0].GetRegion(0).Blocks[0].Operations.ToList();
        Assert.Same(ops[1].GetResult(0), ops[2].GetOperand(0));
        Assert.Same(ops[0].GetResult(0), ops[2].GetOperand(1));
        Assert.Same(ops[1].Attributes, ops[2].Attributes);
        var (l1, l2) = ((FileLineColLoc)ops[1].Location, (FileLineColLoc)ops[2].Location);
        Assert.Equal((3, 8, 4, 8), (l1.Line, l1.Column, l2.Line, l2.Column));
    }

    [Fact]
    public void AnUndefinedNameOnAPlainLineIsReportedAtItsUse() =>
        Assert.Equal("4:16: use of undeclared SSA value name", ParseError(Ctx(), """
            "tst.r"() ({
              %0 = "tst.a"() : () -> i32
              %1 = "tst.b"(%0) : (i32) -> i32
              %2 = "tst.b"(%x) : (i32) -> i32
            }) : () -> ()
            """));

    [Fact]
    public void ARedefinitionOnAPlainLinePointsAtBothDefinitions()
    {
        var r = MlirParser.ParseSourceString(Ctx(), """
            %0 = "tst.a"() : () -> i32
            %0 = "tst.a"() : () -> i32
            """, "t.mlir");
        Assert.Equal("2:1: redefinition of SSA value '%0'", Describe(r.Error!));
        Assert.Equal("1:1: previously defined here", Describe(Assert.Single(r.Error!.Notes)));
    }

    [Fact]
    public void ATrailingLocationIsNotSkipped()
    {
        var m = ParseOk(Ctx(), "%0 = \"tst.a\"() : () -> i32\n%1 = \"tst.a\"() : () -> i32\n  loc(\"elsewhere\":9:4)\n");
        var loc = (FileLineColLoc)TopOps(m)[1].Location;
        Assert.Equal(("elsewhere", 9, 4), (loc.Filename, loc.Line, loc.Column));
    }

    [Fact]
    public void OpsOfUnknownDialectsStillNeedTheFlag() =>
        Assert.StartsWith("1:8: operation being parsed with an unregistered dialect", ParseError(Ctx(allowUnregistered: false), """
            "tst.a"() : () -> ()
            "tst.a"() : () -> ()
            """));
}

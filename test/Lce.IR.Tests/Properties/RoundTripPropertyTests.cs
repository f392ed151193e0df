using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Lce.IR;
using Lce.IR.Parsing;
using Lce.IR.Printing;

namespace Lce.Tests.Properties;

/// <summary>
/// Print → parse → print on randomly generated IR (see <see cref="RandomIR"/>): the text is a
/// fixpoint and the parsed IR is structurally identical to the generated one, with types and
/// attributes compared by reference (they are interned in the same context), so floats must
/// survive bit-exactly and strings byte-exactly.
/// </summary>
public class RoundTripPropertyTests
{
    /// <summary>
    /// <c>LCE_PROPERTY_SCALE=k</c> runs k times as many cases (a soak run); CI uses the default.
    /// </summary>
    private static readonly int Scale =
        int.TryParse(Environment.GetEnvironmentVariable("LCE_PROPERTY_SCALE"), out int k) && k > 0 ? k : 1;

    private static Config Cases(int n) => Config.QuickThrowOnFailure.WithMaxTest(n * Scale).WithEndSize(80);

    public static IRContext NewContext()
    {
        var ctx = new IRContext { AllowUnregisteredDialects = true };
        Lce.Dialects.StandardDialects.RegisterAll(ctx);
        return ctx;
    }

    private static readonly PrinterFlags Generic = PrinterFlags.Default with { PrintGenericOpForm = true };
    private static readonly PrinterFlags GenericDebug = Generic with { PrintDebugInfo = true };
    private static readonly PrinterFlags Custom = PrinterFlags.Default;
    private static readonly PrinterFlags CustomDebug = PrinterFlags.Default with { PrintDebugInfo = true };

    [Fact] public void GenericFormRoundTrips() => Check(Generic, 300);
    [Fact] public void GenericFormWithDebugInfoRoundTrips() => Check(GenericDebug, 300);
    [Fact] public void CustomFormRoundTrips() => Check(Custom, 300);
    [Fact] public void CustomFormWithDebugInfoRoundTrips() => Check(CustomDebug, 300);
    [Fact] public void LocalScopeWithDebugInfoRoundTrips() => Check(CustomDebug with { PrintLocalScope = true }, 150);

    private static void Check(PrinterFlags flags, int n) =>
        Prop.ForAll(RandomIRArb.Arb, c => RoundTrip(c, flags)).Check(Cases(n));

    /// <summary>The whole property for one case; throws with both texts on failure.</summary>
    public static bool RoundTrip(IRCase c, PrinterFlags flags)
    {
        var ctx = NewContext();
        var module = new RandomIR(ctx, c).Module();
        var errors = new List<string>();
        using (ctx.Diagnostics.AddHandler(d => { errors.Add(d.Message); return true; }))
            if (!Verifier.Verify(module))
                throw new Xunit.Sdk.XunitException($"{c}: the generator built invalid IR: {string.Join("; ", errors)}\n{AsmPrinter.PrintTopLevel(module, GenericDebug)}");
        string printed = AsmPrinter.PrintTopLevel(module, flags);
        var parsed = MlirParser.ParseSourceString(ctx, printed, "gen.mlir");
        if (parsed.Operation is null)
            throw new Xunit.Sdk.XunitException($"{c}: printed IR does not parse: {string.Join("; ", parsed.Diagnostics.Select(Describe))}\n{printed}");
        string reprinted = AsmPrinter.PrintTopLevel(parsed.Operation, flags);
        if (printed != reprinted)
            throw new Xunit.Sdk.XunitException($"{c}: not a fixpoint, first difference:\n{FirstDifference(printed, reprinted)}\n--- printed\n{printed}\n--- reprinted\n{reprinted}");
        var diff = StructuralDiff.Compare(module, parsed.Operation, compareLocations: flags.PrintDebugInfo);
        if (diff is not null)
            throw new Xunit.Sdk.XunitException($"{c}: parsed IR differs from the generated IR: {diff}\n{printed}");
        return true;
    }

    private static string FirstDifference(string a, string b)
    {
        var la = a.Split('\n'); var lb = b.Split('\n');
        for (int i = 0; i < Math.Min(la.Length, lb.Length); i++)
            if (la[i] != lb[i])
            {
                int k = 0;
                while (k < la[i].Length && k < lb[i].Length && la[i][k] == lb[i][k]) k++;
                int from = Math.Max(0, k - 60);
                return $"line {i + 1}, column {k + 1}:\n  printed:   ...{la[i][from..Math.Min(la[i].Length, k + 100)]}\n  reprinted: ...{lb[i][from..Math.Min(lb[i].Length, k + 100)]}";
            }
        return $"line counts {la.Length} vs {lb.Length}";
    }

    private static string Describe(Diagnostic d) =>
        d.Location is FileLineColLoc l ? $"{l.Line}:{l.Column}: {d.Message}" : d.Message;

    // ---- the comparison itself must be able to fail ----

    [Fact]
    public void StructuralDiffDetectsDifferences()
    {
        var ctx = NewContext();
        string text = "\"tst.a\"() ({\n^bb0(%x: i32):\n  \"tst.b\"(%x) {v = 1.5 : f32} : (i32) -> ()\n}) : () -> ()\n";
        Operation P(string t) => MlirParser.ParseSourceString(ctx, t).Operation!;
        var a = P(text);
        Assert.Null(StructuralDiff.Compare(a, P(text), compareLocations: false));
        Assert.Null(StructuralDiff.Compare(a, P("\n" + text), compareLocations: false));
        Assert.NotNull(StructuralDiff.Compare(a, P("\n" + text), compareLocations: true)); // every location moved a line down
        Assert.NotNull(StructuralDiff.Compare(a, P(text.Replace("1.5", "1.25")), false));
        Assert.NotNull(StructuralDiff.Compare(a, P(text.Replace("i32", "i64")), false));
        Assert.NotNull(StructuralDiff.Compare(a, P(text.Replace("tst.b", "tst.c")), false));
        Assert.NotNull(StructuralDiff.Compare(a, P(text.Replace("^bb0(%x: i32):\n", "^bb0(%x: i32, %y: i32):\n")), false));
        Assert.NotNull(StructuralDiff.Compare(a, P(text.Replace("\"tst.b\"(%x)", "\"tst.b\"(%x, %x)").Replace("(i32) -> ()", "(i32, i32) -> ()")), false));
    }

    [Fact]
    public void GeneratorCoversEveryKind()
    {
        // Over a fixed sample the generator must produce every kind the properties claim to cover.
        var seen = new HashSet<string>();
        for (int seed = 0; seed < 300; seed++)
        {
            var ctx = NewContext();
            var m = new RandomIR(ctx, new IRCase(seed, 80)).Module();
            m.Walk(op =>
            {
                seen.Add(op.Name.StartsWith("tst.") ? "tst" : op.Name);
                if (op.NumSuccessors > 0) seen.Add("successors");
                if (op.Properties is not null) seen.Add("properties");
                foreach (var r in op.Regions) foreach (var b in r.Blocks) if (b.NumArguments > 0) seen.Add("blockargs");
                foreach (var t in op.ResultTypes) Kinds.OfType(t, seen);
                foreach (var a in op.Attributes.Entries) Kinds.OfAttr(a.Value, seen);
                Kinds.OfAttr(op.Location, seen);
            });
        }
        string[] required =
        [
            "tst", "func.func", "arith.constant", "successors", "properties", "blockargs",
            "IntegerType", "IndexType", "FloatType", "ComplexType", "TupleType", "FunctionType", "RankedTensorType",
            "UnrankedTensorType", "VectorType", "scalable", "dynamic", "MemRefType", "UnrankedMemRefType", "NoneType", "OpaqueType",
            "IntegerAttr", "FloatAttr", "nan", "inf", "denormal", "StringAttr", "ArrayAttr", "DictionaryAttr",
            "DenseElementsAttr", "dense-splat", "dense-large", "dense-complex", "dense-bool", "dense-float", "DenseStringElementsAttr",
            "DenseArrayAttr", "TypeAttr", "SymbolRefAttr", "UnitAttr", "AffineMapAttr", "IntegerSetAttr", "StridedLayoutAttr", "OpaqueAttr",
            "UnknownLoc", "FileLineColLoc", "NameLoc", "CallSiteLoc", "FusedLoc",
        ];
        foreach (var k in required) Assert.True(seen.Contains(k), $"the generator never produced {k}");
    }
}

internal static class Kinds
{
    public static void OfType(IRType t, HashSet<string> seen)
    {
        if (!seen.Add(t.GetType().Name) && seen.Count > 200) return;
        switch (t)
        {
            case ComplexType c: OfType(c.ElementType, seen); break;
            case TupleType tu: foreach (var e in tu.Types) OfType(e, seen); break;
            case FunctionType f: foreach (var e in f.Inputs.Concat(f.Results)) OfType(e, seen); break;
            case VectorType v: if (v.ScalableDims.Any(s => s)) seen.Add("scalable"); OfType(v.ElementType, seen); break;
            case RankedTensorType rt: if (rt.Shape.Contains(ShapedType.Dynamic)) seen.Add("dynamic"); OfType(rt.ElementType, seen); break;
            case ShapedType s: OfType(s.ElementType, seen); break;
        }
    }

    public static void OfAttr(IRAttribute a, HashSet<string> seen)
    {
        seen.Add(a.GetType().Name);
        switch (a)
        {
            case FloatAttr f:
                var s = f.FloatType.Semantics;
                double d = f.ToDouble();
                if (double.IsNaN(d)) seen.Add("nan");
                if (double.IsInfinity(d)) seen.Add("inf");
                var expBits = (f.Bits >> s.StoredSignificandBits) & ((UInt128.One << s.ExponentBits) - 1);
                if (expBits == 0 && (f.Bits & ((UInt128.One << s.StoredSignificandBits) - 1)) != 0) seen.Add("denormal");
                break;
            case ArrayAttr arr: foreach (var e in arr.Elements) OfAttr(e, seen); break;
            case DictionaryAttr dict: foreach (var e in dict.Entries) OfAttr(e.Value, seen); break;
            case TypeAttr ta: OfType(ta.Value, seen); break;
            case DenseElementsAttr de:
                if (de.IsSplat) seen.Add("dense-splat");
                if (!de.IsSplat && de.NumElements > 100) seen.Add("dense-large");
                if (de.ShapedType.ElementType is ComplexType) seen.Add("dense-complex");
                if (de.ShapedType.ElementType is IntegerType { Width: 1 }) seen.Add("dense-bool");
                if (de.ShapedType.ElementType is FloatType) seen.Add("dense-float");
                OfType(de.ShapedType, seen);
                break;
            case NameLoc n: OfAttr(n.Child, seen); break;
            case CallSiteLoc cs: OfAttr(cs.Callee, seen); OfAttr(cs.Caller, seen); break;
            case FusedLoc fl: foreach (var l in fl.Locations) OfAttr(l, seen); break;
        }
    }
}

/// <summary>
/// Compares two op trees: same op names, operands (as the corresponding values), result and
/// block argument types by reference, attribute and property dictionaries by reference,
/// successors (as corresponding blocks), region/block shapes, and optionally locations.
/// Returns a description of the first difference, or null.
/// </summary>
public static class StructuralDiff
{
    public static string? Compare(Operation a, Operation b, bool compareLocations)
    {
        var values = new Dictionary<Value, Value>(ReferenceEqualityComparer.Instance);
        var blocks = new Dictionary<Block, Block>(ReferenceEqualityComparer.Instance);
        return Op(a, b, "", values, blocks, compareLocations);
    }

    /// <summary>Where two unequal attributes first differ (descending into containers).</summary>
    public static string AttrDiff(IRAttribute a, IRAttribute b)
    {
        switch (a, b)
        {
            case (DictionaryAttr da, DictionaryAttr db) when da.Count == db.Count:
                for (int i = 0; i < da.Count; i++)
                {
                    if (da.Entries[i].Name != db.Entries[i].Name) return $"entry #{i} name {da.Entries[i].Name} vs {db.Entries[i].Name}";
                    if (!ReferenceEquals(da.Entries[i].Value, db.Entries[i].Value))
                        return $"{da.Entries[i].Name}: {AttrDiff(da.Entries[i].Value, db.Entries[i].Value)}";
                }
                break;
            case (ArrayAttr xa, ArrayAttr xb) when xa.Count == xb.Count:
                for (int i = 0; i < xa.Count; i++)
                    if (!ReferenceEquals(xa[i], xb[i])) return $"[{i}]: {AttrDiff(xa[i], xb[i])}";
                break;
            case (DenseElementsAttr ea, DenseElementsAttr eb):
                if (!ReferenceEquals(ea.Type, eb.Type)) return $"dense type {ea.Type} vs {eb.Type}";
                if (ea.IsSplat != eb.IsSplat) return $"dense splat {ea.IsSplat} vs {eb.IsSplat} in {a}";
                for (int i = 0; i < ea.RawData.Length && i < eb.RawData.Length; i++)
                    if (ea.RawData[i] != eb.RawData[i])
                        return $"dense byte {i} (element {i / ea.ElementByteWidth}): 0x{ea.RawData[i]:X2} vs 0x{eb.RawData[i]:X2} in {a}";
                return $"dense sizes {ea.RawData.Length} vs {eb.RawData.Length}";
            case (FloatAttr fa, FloatAttr fb):
                return $"float {fa} (0x{fa.Bits:X}) vs {fb} (0x{fb.Bits:X})";
            case (AffineMapAttr ma, AffineMapAttr mb):
                return $"affine map {ma} vs {mb}: dims {ma.Map.NumDims}/{mb.Map.NumDims}, symbols {ma.Map.NumSymbols}/{mb.Map.NumSymbols}, results "
                    + string.Join(", ", ma.Map.Results.Zip(mb.Map.Results, (x, y) => $"{x.GetType().Name}:{x}{(x.Equals(y) ? "==" : "!=")}{y.GetType().Name}:{y}"));
        }
        return $"{a} ({a.GetType().Name}) vs {b} ({b.GetType().Name})";
    }

    private static string? Op(Operation a, Operation b, string path, Dictionary<Value, Value> values,
        Dictionary<Block, Block> blocks, bool locs)
    {
        path += "/" + a.Name;
        if (a.Name != b.Name) return $"{path}: op name {a.Name} vs {b.Name}";
        if (a.NumOperands != b.NumOperands) return $"{path}: {a.NumOperands} vs {b.NumOperands} operands";
        for (int i = 0; i < a.NumOperands; i++)
            if (!values.TryGetValue(a.GetOperand(i), out var expected) || !ReferenceEquals(expected, b.GetOperand(i)))
                return $"{path}: operand #{i} is a different value";
        if (a.NumResults != b.NumResults) return $"{path}: {a.NumResults} vs {b.NumResults} results";
        for (int i = 0; i < a.NumResults; i++)
        {
            if (!ReferenceEquals(a.GetResult(i).Type, b.GetResult(i).Type))
                return $"{path}: result #{i} type {a.GetResult(i).Type} vs {b.GetResult(i).Type}";
        }
        if (!ReferenceEquals(a.Attributes, b.Attributes)) return $"{path}: attributes differ: {AttrDiff(a.Attributes, b.Attributes)}";
        if (!ReferenceEquals(a.Properties, b.Properties)
            && !((a.Properties?.IsEmpty ?? true) && (b.Properties?.IsEmpty ?? true)))
            return $"{path}: properties differ: " + (a.Properties is { } pa && b.Properties is { } pb ? AttrDiff(pa, pb) : $"{a.Properties} vs {b.Properties}");
        if (locs && !ReferenceEquals(a.Location, b.Location)) return $"{path}: location differs: {AttrDiff(a.Location, b.Location)}";
        if (a.NumSuccessors != b.NumSuccessors) return $"{path}: {a.NumSuccessors} vs {b.NumSuccessors} successors";
        for (int i = 0; i < a.NumSuccessors; i++)
            if (!blocks.TryGetValue(a.GetSuccessor(i), out var sb) || !ReferenceEquals(sb, b.GetSuccessor(i)))
                return $"{path}: successor #{i} is a different block";
        if (a.NumRegions != b.NumRegions) return $"{path}: {a.NumRegions} vs {b.NumRegions} regions";
        for (int r = 0; r < a.NumRegions; r++)
        {
            var ra = a.GetRegion(r); var rb = b.GetRegion(r);
            if (ra.Blocks.Count != rb.Blocks.Count) return $"{path}: region #{r} has {ra.Blocks.Count} vs {rb.Blocks.Count} blocks";
            for (int k = 0; k < ra.Blocks.Count; k++)
            {
                var ba = ra.Blocks[k]; var bb = rb.Blocks[k];
                blocks[ba] = bb;
                if (ba.NumArguments != bb.NumArguments) return $"{path}: region #{r} block #{k}: {ba.NumArguments} vs {bb.NumArguments} arguments";
                for (int i = 0; i < ba.NumArguments; i++)
                {
                    var x = ba.GetArgument(i); var y = bb.GetArgument(i);
                    if (!ReferenceEquals(x.Type, y.Type)) return $"{path}: region #{r} block #{k} argument #{i} type {x.Type} vs {y.Type}";
                    if (locs && !ReferenceEquals(x.Location, y.Location))
                        return $"{path}: region #{r} block #{k} argument #{i} location {x.Location} vs {y.Location}";
                    values[x] = y;
                }
            }
            for (int k = 0; k < ra.Blocks.Count; k++)
            {
                var opsA = ra.Blocks[k].Operations.ToList(); var opsB = rb.Blocks[k].Operations.ToList();
                if (opsA.Count != opsB.Count) return $"{path}: region #{r} block #{k} has {opsA.Count} vs {opsB.Count} ops";
                for (int i = 0; i < opsA.Count; i++)
                {
                    if (Op(opsA[i], opsB[i], $"{path}[{r}.{k}.{i}]", values, blocks, locs) is { } d) return d;
                }
            }
        }
        for (int i = 0; i < a.NumResults; i++) values[a.GetResult(i)] = b.GetResult(i);
        return null;
    }
}

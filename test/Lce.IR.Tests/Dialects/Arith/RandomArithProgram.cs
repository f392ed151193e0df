namespace Lce.Tests.Dialects.Arith;

using System.Globalization;
using System.Numerics;
using System.Text;
using Lce.IR.Numerics;

/// <summary>
/// Random straight-line arith functions over i1, i8, i32, i64, index, f32 and f64: function
/// arguments of every type, constants biased toward edge values, and every scalar arith op
/// (binary integer and float ops, comparisons, selects, extended multiplies/adds, casts).
/// Every value is returned so nothing is dead. Integer-to-float casts start from at most 32 bits:
/// MLIR's TruncFSIToFPToSIToFP rewrites truncf(sitofp(x)) into one rounding, which is only exact
/// when the first conversion was.
/// </summary>
internal sealed class RandomArithProgram
{
    public static readonly string[] IntTypes = ["i1", "i8", "i32", "i64", "index"];
    public static readonly string[] FloatTypes = ["f32", "f64"];

    private static readonly string[] IntBinary =
    [
        "addi", "subi", "muli", "andi", "ori", "xori", "maxsi", "maxui", "minsi", "minui", "shli", "shrui", "shrsi",
        "divui", "divsi", "remui", "remsi", "ceildivui", "ceildivsi", "floordivsi",
    ];
    private static readonly string[] FloatBinary = ["addf", "subf", "mulf", "divf", "remf", "maximumf", "minimumf", "maxnumf", "minnumf"];
    private static readonly string[] CmpI = ["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"];
    private static readonly string[] CmpF =
        ["false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule", "une", "uno", "true"];

    private readonly Random _rng;
    private readonly Dictionary<string, List<string>> _pool = new();
    private readonly List<(string Name, string Type)> _defined = new();
    private readonly StringBuilder _body = new();
    private int _next;

    public List<string> ArgumentTypes { get; } = new();
    public string Text { get; }

    public RandomArithProgram(int seed, int ops)
    {
        _rng = new Random(seed);
        foreach (var t in IntTypes.Concat(FloatTypes))
        {
            _pool[t] = new List<string>();
            for (int k = 0; k < 2; k++) { _pool[t].Add($"%arg{ArgumentTypes.Count}"); ArgumentTypes.Add(t); }
        }
        for (int i = 0; i < ops; i++) Step();
        var sig = string.Join(", ", ArgumentTypes.Select((t, i) => $"%arg{i}: {t}"));
        var results = string.Join(", ", _defined.Select(d => d.Type));
        Text = $"func.func @f({sig}) -> ({results}) {{\n{_body}  return {string.Join(", ", _defined.Select(d => d.Name))} : {results}\n}}\n";
    }

    private T Pick<T>(IReadOnlyList<T> xs) => xs[_rng.Next(xs.Count)];
    private string Use(string type) => Pick(_pool[type]);

    private void Define(string type, string text, string? second = null)
    {
        string name = $"%v{_next++}";
        if (second is null)
        {
            _body.Append($"  {name} = {text}\n");
            Add(name, type);
        }
        else
        {
            _body.Append($"  {name}:2 = {text}\n");
            Add(name + "#0", type);
            Add(name + "#1", second);
        }
    }

    private void Add(string name, string type) { _pool[type].Add(name); _defined.Add((name, type)); }

    private static int Width(string t) => t == "index" ? 64 : int.Parse(t[1..], CultureInfo.InvariantCulture);

    private void Step()
    {
        string it = Pick(IntTypes), ft = Pick(FloatTypes);
        switch (_rng.Next(14))
        {
            case 0: case 1: Define(it, $"arith.constant {IntLiteral(it)} : {it}"); break;
            case 2: Define(ft, $"arith.constant {FloatLiteral(ft)} : {ft}"); break;
            case 3: case 4: case 5: Define(it, $"arith.{Pick(IntBinary)} {Use(it)}, {Use(it)} : {it}"); break;
            case 6: Define("i1", $"arith.cmpi {Pick(CmpI)}, {Use(it)}, {Use(it)} : {it}"); break;
            case 7:
                var st = _rng.Next(2) == 0 ? it : ft;
                Define(st, $"arith.select {Use("i1")}, {Use(st)}, {Use(st)} : {st}");
                break;
            case 8:
                var ext = Pick(new[] { "addui_extended", "mulsi_extended", "mului_extended" });
                if (ext == "addui_extended") Define(it, $"arith.addui_extended {Use(it)}, {Use(it)} : {it}, i1", "i1");
                else Define(it, $"arith.{ext} {Use(it)}, {Use(it)} : {it}", it);
                break;
            case 9: IntCast(); break;
            case 10: case 11: Define(ft, $"arith.{Pick(FloatBinary)} {Use(ft)}, {Use(ft)} : {ft}"); break;
            case 12: Define("i1", $"arith.cmpf {Pick(CmpF)}, {Use(ft)}, {Use(ft)} : {ft}"); break;
            default: FloatCast(ft); break;
        }
    }

    private void IntCast()
    {
        string[] fixedTypes = ["i1", "i8", "i32", "i64"];
        string a = Pick(fixedTypes), b = Pick(fixedTypes);
        switch (_rng.Next(3))
        {
            case 0 when Width(a) < Width(b): Define(b, $"arith.{Pick(new[] { "extui", "extsi" })} {Use(a)} : {a} to {b}"); break;
            case 0 when Width(a) > Width(b): Define(b, $"arith.trunci {Use(a)} : {a} to {b}"); break;
            case 1: Define("index", $"arith.{Pick(new[] { "index_cast", "index_castui" })} {Use(a)} : {a} to index"); break;
            default: Define(b, $"arith.{Pick(new[] { "index_cast", "index_castui" })} {Use("index")} : index to {b}"); break;
        }
    }

    private void FloatCast(string ft)
    {
        string small = Pick(new[] { "i1", "i8", "i32" }), any = Pick(new[] { "i1", "i8", "i32", "i64" });
        switch (_rng.Next(6))
        {
            case 0: Define(ft, $"arith.{Pick(new[] { "sitofp", "uitofp" })} {Use(small)} : {small} to {ft}"); break;
            case 1: Define(any, $"arith.{Pick(new[] { "fptosi", "fptoui" })} {Use(ft)} : {ft} to {any}"); break;
            case 2: Define("f64", $"arith.extf {Use("f32")} : f32 to f64"); break;
            case 3: Define("f32", $"arith.truncf {Use("f64")} : f64 to f32"); break;
            case 4:
                var it = ft == "f32" ? "i32" : "i64";
                Define(ft, $"arith.bitcast {Use(it)} : {it} to {ft}");
                break;
            default: Define(ft, $"arith.negf {Use(ft)} : {ft}"); break;
        }
    }

    private string IntLiteral(string t)
    {
        int w = Width(t);
        if (w == 1) return _rng.Next(2).ToString(CultureInfo.InvariantCulture);
        var min = -(BigInteger.One << (w - 1));
        var max = (BigInteger.One << (w - 1)) - 1;
        BigInteger v = _rng.Next(9) switch
        {
            0 => 0, 1 => 1, 2 => -1, 3 => min, 4 => max, 5 => w - 1, 6 => w,
            7 => _rng.Next(-100, 100),
            _ => new BigInteger(_rng.NextInt64()) % (max + 1),
        };
        return v.ToString(CultureInfo.InvariantCulture);
    }

    private string FloatLiteral(string t) => _rng.Next(10) switch
    {
        0 => "0.0", 1 => "-0.0", 2 => "1.0", 3 => "-1.0", 4 => "0.5", 5 => "3.0",
        6 => t == "f32" ? "0x7FC00000" : "0x7FF8000000000000",
        7 => t == "f32" ? "0x7F800000" : "0xFFF0000000000000",
        _ => (_rng.NextDouble() * 200 - 100).ToString("E6", CultureInfo.InvariantCulture),
    };

    /// <summary>Random argument values for the function (edge values likely).</summary>
    public static List<EvalValue> RandomArguments(Random rng, IReadOnlyList<string> types) =>
        types.Select(t => t.StartsWith('f') ? RandomFloat(rng, t) : RandomInt(rng, Width(t))).ToList();

    private static EvalValue RandomInt(Random rng, int w)
    {
        BigInteger v = rng.Next(6) switch
        {
            0 => 0, 1 => 1, 2 => -1, 3 => BigInteger.One << (w - 1), 4 => rng.Next(-70, 70),
            _ => new BigInteger(rng.NextInt64()) ^ ((BigInteger)rng.Next() << 32),
        };
        return new EvalValue(new ApInt(w, v), null);
    }

    private static EvalValue RandomFloat(Random rng, string t)
    {
        var sem = t == "f32" ? FloatSemantics.Single : FloatSemantics.Double;
        double d = rng.Next(8) switch
        {
            0 => 0.0, 1 => -0.0, 2 => 1.0, 3 => double.PositiveInfinity, 4 => double.NaN, 5 => rng.Next(-70, 70),
            _ => (rng.NextDouble() - 0.5) * Math.Pow(2, rng.Next(-40, 40)),
        };
        return new EvalValue(null, ApFloat.FromDouble(sem, d));
    }
}

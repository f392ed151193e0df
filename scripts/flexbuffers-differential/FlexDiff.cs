#:property PublishAot=false
#:project ../../src/Serialization/Lce.Serialization.csproj
// Differential harness, C# side (run by ../flexbuffers-differential.sh; not part of the build).
//   gen N SEED   prints N random builder-call scripts, one per line, each followed by a tab, the
//                hex our builder makes of it, a tab, and the hex in legacy element-index mode.
// Script: "<js 0|1> <flags 0-3> op op ...". js=1 scripts use only what the JavaScript port can
// express, and end their vectors the way it decides (typed when homogeneous, fixed for 2-4 numbers).
// Ops: n  b0 b1  i<dec> u<dec>  f<hex32> d<hex64>  I<dec> U<dec> G<hex32> D<hex64>  k<hex> s<hex> B<hex>
//      [  ]u ]t ]f  {  }  S<type>:<v,...> X<type>:<v,...>  R (reuse last)  W<0-3> (force min width)
using System.Globalization;
using System.Text;
using Lce.Serialization.FlexBuffers;

if (args.Length != 3 || args[0] != "gen") { Console.Error.WriteLine("usage: FlexDiff.cs gen N SEED"); return 2; }
int n = int.Parse(args[1]);
var rng = new Random(int.Parse(args[2]));
var output = new StringBuilder();
for (int i = 0; i < n; i++)
{
    string script = new ScriptGen(rng, js: rng.Next(2) == 0).Case();
    output.Append(script).Append('\t').Append(Convert.ToHexString(Interpreter.Run(script, legacy: false)))
          .Append('\t').Append(Convert.ToHexString(Interpreter.Run(script, legacy: true))).Append('\n');
}
Console.Out.Write(output);
return 0;

/// <summary>Replays a script on <see cref="FlexBufferBuilder"/>.</summary>
static class Interpreter
{
    public static byte[] Run(string script, bool legacy)
    {
        var tokens = script.Split(' ');
        var b = new FlexBufferBuilder((FlexBufferBuilderFlags)int.Parse(tokens[1])) { LegacyElementIndexing = legacy };
        var starts = new Stack<int>();
        foreach (var t in tokens.Skip(2))
        {
            string a = t[1..];
            switch (t[0])
            {
                case 'n': b.Null(); break;
                case 'b': b.Bool(a == "1"); break;
                case 'i': b.Int(long.Parse(a)); break;
                case 'u': b.UInt(ulong.Parse(a)); break;
                case 'f': b.Float(BitConverter.UInt32BitsToSingle(uint.Parse(a, NumberStyles.HexNumber))); break;
                case 'd': b.Double(BitConverter.UInt64BitsToDouble(ulong.Parse(a, NumberStyles.HexNumber))); break;
                case 'I': b.IndirectInt(long.Parse(a)); break;
                case 'U': b.IndirectUInt(ulong.Parse(a)); break;
                case 'G': b.IndirectFloat(BitConverter.UInt32BitsToSingle(uint.Parse(a, NumberStyles.HexNumber))); break;
                case 'D': b.IndirectDouble(BitConverter.UInt64BitsToDouble(ulong.Parse(a, NumberStyles.HexNumber))); break;
                case 'k': b.Key(Convert.FromHexString(a)); break;
                case 's': b.String(Convert.FromHexString(a)); break;
                case 'B': b.Blob(Convert.FromHexString(a)); break;
                case '[': case '{': starts.Push(t[0] == '[' ? b.StartVector() : b.StartMap()); break;
                case ']': b.EndVector(starts.Pop(), typed: a != "u", fixedLength: a == "f"); break;
                case '}': b.EndMap(starts.Pop()); break;
                case 'R': b.ReuseValue(b.LastValue()); break;
                case 'W': b.ForceMinimumBitWidth((BitWidth)int.Parse(a)); break;
                case 'S': case 'X': ScalarVector(b, a, t[0] == 'X'); break;
                default: throw new FormatException($"unknown op {t}");
            }
        }
        b.Finish();
        return b.GetBuffer();
    }

    private static void ScalarVector(FlexBufferBuilder b, string spec, bool isFixed)
    {
        var (type, list) = (spec[..spec.IndexOf(':')], spec[(spec.IndexOf(':') + 1)..]);
        var v = list.Length == 0 ? [] : list.Split(',');
        switch (type)
        {
            case "i8": Emit(b, v.Select(sbyte.Parse).ToArray(), isFixed); break;
            case "i16": Emit(b, v.Select(short.Parse).ToArray(), isFixed); break;
            case "i32": Emit(b, v.Select(int.Parse).ToArray(), isFixed); break;
            case "i64": Emit(b, v.Select(long.Parse).ToArray(), isFixed); break;
            case "u8": Emit(b, v.Select(byte.Parse).ToArray(), isFixed); break;
            case "u16": Emit(b, v.Select(ushort.Parse).ToArray(), isFixed); break;
            case "u32": Emit(b, v.Select(uint.Parse).ToArray(), isFixed); break;
            case "u64": Emit(b, v.Select(ulong.Parse).ToArray(), isFixed); break;
            case "f32": Emit(b, v.Select(x => BitConverter.UInt32BitsToSingle(uint.Parse(x, NumberStyles.HexNumber))).ToArray(), isFixed); break;
            case "f64": Emit(b, v.Select(x => BitConverter.UInt64BitsToDouble(ulong.Parse(x, NumberStyles.HexNumber))).ToArray(), isFixed); break;
            case "bool": Emit(b, v.Select(x => x == "1").ToArray(), isFixed); break;
            default: throw new FormatException($"unknown scalar type {type}");
        }
    }

    private static void Emit<T>(FlexBufferBuilder b, T[] values, bool isFixed) where T : unmanaged
    {
        if (isFixed) b.FixedTypedVector<T>(values);
        else b.ScalarVector<T>(values);
    }
}

/// <summary>Random scripts: mostly LCE-like maps, with every kind of value, nesting, widths from tiny to 64-bit.</summary>
sealed class ScriptGen(Random r, bool js)
{
    private readonly List<string> _ops = [];
    private int _budget = r.Next(4) == 0 ? 400 : 40;
    private static readonly string[] KeyAlphabet = ["a", "b", "ab", "_", "a_", "aa", "B", "pad", "padding", "pad_values", "\u00e9", "z"];

    public string Case()
    {
        int flags = r.Next(4);
        if (!js && r.Next(8) == 0) _ops.Add($"W{r.Next(4)}");
        if (r.Next(3) > 0) Map(0); else Value(0);
        return $"{(js ? 1 : 0)} {flags} {string.Join(' ', _ops)}";
    }

    /// <summary>Emits one value and returns its type as the JavaScript builder will see it.</summary>
    private FlexBufferType Value(int depth)
    {
        _budget--;
        int pick = r.Next(depth >= 4 || _budget <= 0 ? 12 : 17);
        switch (pick)
        {
            case 0: case 1: _ops.Add($"i{Signed()}"); return FlexBufferType.Int;
            case 2: _ops.Add($"u{Unsigned()}"); return FlexBufferType.UInt;
            case 3: _ops.Add($"f{Float32Bits():X8}"); return FlexBufferType.Float;
            case 4: _ops.Add($"d{Float64Bits(allowFloatExact: true):X16}"); return FlexBufferType.Float;
            case 5: _ops.Add(r.Next(2) == 0 ? "b0" : "b1"); return FlexBufferType.Bool;
            case 6: _ops.Add("n"); return FlexBufferType.Null;
            case 7: case 8: _ops.Add("s" + Convert.ToHexString(Encoding.UTF8.GetBytes(Text(allowNul: true)))); return FlexBufferType.String;
            case 9: _ops.Add("B" + Convert.ToHexString(Bytes())); return FlexBufferType.Blob;
            case 10:
                switch (r.Next(4))
                {
                    case 0: _ops.Add($"I{Signed()}"); return FlexBufferType.IndirectInt;
                    case 1: _ops.Add($"U{Unsigned()}"); return FlexBufferType.IndirectUInt;
                    case 2: _ops.Add($"G{Float32Bits():X8}"); return FlexBufferType.IndirectFloat;
                    // C++ 23.5.26 writes float-exact indirect doubles wrongly; only compare the others.
                    default: _ops.Add($"D{Float64Bits(allowFloatExact: false):X16}"); return FlexBufferType.IndirectFloat;
                }
            case 11:
                if (js) goto case 0;
                if (r.Next(2) == 0) { _ops.Add("k" + Convert.ToHexString(Encoding.UTF8.GetBytes(Key()))); return FlexBufferType.Key; }
                ScalarVector(isFixed: r.Next(3) == 0);
                return FlexBufferType.Vector;
            case 12: case 13: return Map(depth + 1);
            default: return Vector(depth + 1);
        }
    }

    private FlexBufferType Map(int depth)
    {
        _ops.Add("{");
        var keys = new HashSet<string>();
        int n = Count();
        for (int i = 0; i < n; i++)
        {
            string key = Key();
            if (!keys.Add(key)) continue;
            _ops.Add("k" + Convert.ToHexString(Encoding.UTF8.GetBytes(key)));
            Value(depth);
        }
        _ops.Add("}");
        return FlexBufferType.Map;
    }

    private FlexBufferType Vector(int depth)
    {
        _ops.Add("[");
        int n = Count();
        var types = new List<FlexBufferType>();
        string end = "]u";
        if (!js && r.Next(3) == 0)
        {
            // A typed (maybe fixed) vector of one element kind.
            bool isFixed = r.Next(2) == 0;
            if (isFixed) n = r.Next(2, 5);
            var kind = isFixed ? r.Next(3) : r.Next(6);
            for (int i = 0; i < n; i++)
                _ops.Add(kind switch
                {
                    0 => $"i{Signed()}",
                    1 => $"u{Unsigned()}",
                    2 => $"f{Float32Bits():X8}",
                    3 => r.Next(2) == 0 ? "b0" : "b1",
                    4 => "s" + Convert.ToHexString(Encoding.UTF8.GetBytes(Text(allowNul: false))),
                    _ => "k" + Convert.ToHexString(Encoding.UTF8.GetBytes(Key())),
                });
            _ops.Add(isFixed ? "]f" : "]t");
            return FlexBufferType.Vector;
        }
        for (int i = 0; i < n; i++)
        {
            types.Add(Value(depth));
            if (!js && r.Next(10) == 0) { _ops.Add("R"); types.Add(types[^1]); }
        }
        if (js)
        {
            // The JavaScript builder types a homogeneous vector and fixes 2-4 numbers.
            bool typed = types.All(t => t == types[0]) && (types.Count == 0 || FlexBufferTypes.IsTypedVectorElement(types[0]));
            bool isFixed = typed && types.Count is >= 2 and <= 4 && types[0] is FlexBufferType.Int or FlexBufferType.UInt or FlexBufferType.Float;
            end = isFixed ? "]f" : typed ? "]t" : "]u";
            _ops.Add(end);
            if (!typed) return FlexBufferType.Vector;
            return types.Count == 0 ? FlexBufferType.VectorKey : FlexBufferTypes.ToTypedVector(types[0], isFixed ? types.Count : 0);
        }
        _ops.Add(end);
        return FlexBufferType.Vector;
    }

    private void ScalarVector(bool isFixed)
    {
        string[] types = isFixed ? ["i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "f32", "f64"]
                                 : ["i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "f32", "f64", "bool"];
        string type = types[r.Next(types.Length)];
        int n = isFixed ? r.Next(2, 5) : r.Next(0, 9);
        var values = Enumerable.Range(0, n).Select(_ => type switch
        {
            "i8" => ((sbyte)r.Next()).ToString(), "i16" => ((short)r.Next()).ToString(),
            "i32" => r.Next(int.MinValue, int.MaxValue).ToString(), "i64" => r.NextInt64(long.MinValue, long.MaxValue).ToString(),
            "u8" => ((byte)r.Next()).ToString(), "u16" => ((ushort)r.Next()).ToString(),
            "u32" => ((uint)r.NextInt64()).ToString(), "u64" => ((ulong)r.NextInt64(long.MinValue, long.MaxValue)).ToString(),
            "f32" => Float32Bits().ToString("X8"), "f64" => Float64Bits(true).ToString("X16"),
            _ => r.Next(2).ToString(),
        });
        _ops.Add($"{(isFixed ? 'X' : 'S')}{type}:{string.Join(',', values)}");
    }

    private int Count() => r.Next(10) switch { 0 => 0, < 8 => r.Next(1, 6), 8 => r.Next(6, 20), _ => r.Next(20, 300) };

    /// <summary>Magnitudes of every bit length, so every slot width gets used, plus the width edges.</summary>
    private long Signed()
    {
        if (r.Next(4) == 0)
        {
            long[] edges = [0, -1, 127, 128, -128, -129, 32767, 32768, -32768, -32769, int.MaxValue, 1L + int.MaxValue, int.MinValue, -1L + int.MinValue, long.MaxValue, long.MinValue];
            return edges[r.Next(edges.Length)];
        }
        int bits = r.Next(0, 64);
        long v = bits == 0 ? 0 : r.NextInt64() >> (63 - bits);
        return r.Next(2) == 0 ? v : -v - 1;
    }

    private ulong Unsigned()
    {
        if (r.Next(4) == 0)
        {
            ulong[] edges = [0, 255, 256, 65535, 65536, uint.MaxValue, 1UL + uint.MaxValue, ulong.MaxValue];
            return edges[r.Next(edges.Length)];
        }
        int bits = r.Next(0, 65);
        return bits == 0 ? 0 : (ulong)r.NextInt64(long.MinValue, long.MaxValue) >> (64 - bits);
    }

    private uint Float32Bits()
    {
        float[] specials = [0f, -0f, 1f, -0.85f, 0.5f, float.MaxValue, float.Epsilon, float.PositiveInfinity, float.NegativeInfinity];
        float f = r.Next(3) == 0 ? specials[r.Next(specials.Length)] : BitConverter.UInt32BitsToSingle((uint)r.Next(int.MinValue, int.MaxValue));
        // NaN payloads may be quieted on the way through double, and the JS port sizes NaN as 64-bit.
        if (float.IsNaN(f)) f = 2.5f;
        return BitConverter.SingleToUInt32Bits(f);
    }

    private ulong Float64Bits(bool allowFloatExact)
    {
        double d = r.Next(3) switch
        {
            0 when allowFloatExact => BitConverter.UInt32BitsToSingle((uint)r.Next(int.MinValue, int.MaxValue)),
            1 => r.NextDouble() * Math.Pow(10, r.Next(-30, 30)) * (r.Next(2) == 0 ? 1 : -1),
            _ => BitConverter.UInt64BitsToDouble((ulong)r.NextInt64(long.MinValue, long.MaxValue)),
        };
        if (double.IsNaN(d) || (!allowFloatExact && BitWidths.OfDouble(d) == BitWidth.Width32)) d = 0.1;
        return BitConverter.DoubleToUInt64Bits(d);
    }

    private string Key() => r.Next(2) == 0 ? KeyAlphabet[r.Next(KeyAlphabet.Length)] : Text(allowNul: false, maxLength: 12);

    private string Text(bool allowNul, int maxLength = 20)
    {
        int n = r.Next(400) switch { < 12 => r.Next(200, 700), 12 => r.Next(60_000, 70_000), _ => r.Next(0, maxLength) };
        if (maxLength <= 12) n = Math.Min(n, maxLength);
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++)
            sb.Append(r.Next(20) switch
            {
                0 => allowNul ? '\0' : 'x',
                1 => (char)r.Next(0x80, 0x800),
                2 => (char)r.Next(0x800, 0xD800),
                _ => (char)r.Next(0x20, 0x7F),
            });
        return sb.ToString();
    }

    private byte[] Bytes()
    {
        var bytes = new byte[r.Next(300) switch { < 10 => r.Next(250, 700), 10 => r.Next(60_000, 70_000), _ => r.Next(0, 12) }];
        r.NextBytes(bytes);
        return bytes;
    }
}

using System.Globalization;
using System.Text;

namespace Lce.Bench;

/// <summary>
/// Writes benchmark inputs with the same shape as the two files of the mlir-throughput yardstick
/// (its <c>gen_mlir.py big</c> / <c>many</c>), without depending on it at run time:
/// <list type="bullet">
/// <item><c>big.mlir</c>: one QuickNet-like <c>func.func</c> (base width 96, 16 residual binary
/// blocks per stage: 335 compute ops, 337 <c>arith.constant dense&lt;"0x..."&gt;</c> ops, 19.3 MB of
/// random constant bytes, ~38.6 MB of text);</item>
/// <item><c>many.mlir</c>: 200 functions of chains of small unregistered ops (~200k ops, ~23.5 MB).</item>
/// </list>
/// The structure, op mix, attributes and sizes follow the yardstick's generator; the random bytes
/// and choices come from <see cref="Random"/> with a fixed seed, so the files are deterministic
/// but not byte-identical to the yardstick's (the side-by-side figures in bench/results come from
/// the yardstick's own files, see bench/mlir-throughput.sh).
/// </summary>
public static class InputGenerator
{
    public const int BigBaseWidth = 96;
    public const int BigBlocksPerStage = 16;

    private static string T(IReadOnlyList<int> shape, string et) => "tensor<" + string.Join("x", shape) + "x" + et + ">";

    // ---------------------------------------------------------------- big
    private sealed class Big(TextWriter w, Random rng)
    {
        private int _nval, _ncst;

        private string Val() => "%" + (_nval++).ToString(CultureInfo.InvariantCulture);

        private string Const(int[] shape, string et, int elemBytes)
        {
            long n = 1;
            foreach (var d in shape) n *= d;
            var bytes = new byte[n * elemBytes];
            rng.NextBytes(bytes);
            string name = "%cst_" + (_ncst++).ToString(CultureInfo.InvariantCulture);
            w.Write("    "); w.Write(name); w.Write(" = arith.constant dense<\"0x");
            w.Write(Convert.ToHexString(bytes));
            w.Write("\"> : "); w.Write(T(shape, et)); w.Write('\n');
            return name;
        }

        private string Op(string name, string[] operands, string[] otypes, string rtype, string attrs = "")
        {
            string r = Val();
            w.Write($"    {r} = \"{name}\"({string.Join(", ", operands)}){(attrs.Length > 0 ? " {" + attrs + "}" : "")} : ({string.Join(", ", otypes)}) -> {rtype}\n");
            return r;
        }

        private const string ConvAttrs = "dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, " +
            "fused_activation_function = \"{0}\", padding = \"{1}\", stride_h = {2} : i32, stride_w = {2} : i32";

        private (string, int) Conv2d(string x, int hw, int cin, int cout, int k, int stride, string act = "RELU")
        {
            var wt = Const([cout, k, k, cin], "f32", 4);
            var b = Const([cout], "f32", 4);
            int ohw = hw / stride;
            var r = Op("tfl.conv_2d", [x, wt, b], [T([1, hw, hw, cin], "f32"), T([cout, k, k, cin], "f32"), T([cout], "f32")],
                T([1, ohw, ohw, cout], "f32"), string.Format(CultureInfo.InvariantCulture, ConvAttrs, act, "SAME", stride));
            return (r, ohw);
        }

        private string BBlock(string x, int hw, int c)
        {
            string ft = T([1, hw, hw, c], "f32");
            int cw = (c + 31) / 32;
            var q = Op("lq.Quantize", [x], [ft], T([1, hw, hw, cw], "i32"));
            var filt = Const([c, 3, 3, cw], "i32", 4);
            var pm = Const([c], "f32", 4);
            var pb = Const([c], "f32", 4);
            var y = Op("lq.Bconv2d", [q, filt, pm, pb], [T([1, hw, hw, cw], "i32"), T([c, 3, 3, cw], "i32"), T([c], "f32"), T([c], "f32")], ft,
                $"channels_in = {c} : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, " +
                "fused_activation_function = \"RELU\", pad_values = 1 : i32, padding = \"SAME\", stride_height = 1 : i32, stride_width = 1 : i32");
            var g = Const([c], "f32", 4);
            y = Op("tfl.mul", [y, g], [ft, T([c], "f32")], ft, "fused_activation_function = \"NONE\"");
            var be = Const([c], "f32", 4);
            y = Op("tfl.add", [y, be], [ft, T([c], "f32")], ft, "fused_activation_function = \"NONE\"");
            return Op("tfl.add", [x, y], [ft, ft], ft, "fused_activation_function = \"NONE\"");
        }

        private (string, int) Transition(string x, int hw, int cin, int cout)
        {
            var p = Op("tfl.max_pool_2d", [x], [T([1, hw, hw, cin], "f32")], T([1, hw / 2, hw / 2, cin], "f32"),
                "filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = \"NONE\", " +
                "padding = \"VALID\", stride_h = 2 : i32, stride_w = 2 : i32");
            var (y, hw2) = Conv2d(p, hw / 2, cin, cout, 1, 1, "NONE");
            var sh = Const([cout], "f32", 4);
            y = Op("tfl.add", [y, sh], [T([1, hw2, hw2, cout], "f32"), T([cout], "f32")], T([1, hw2, hw2, cout], "f32"),
                "fused_activation_function = \"NONE\"");
            return (y, hw2);
        }

        public void Build(int b, int blocks)
        {
            int[] widths = [b, b * 2, b * 4, b * 8];
            w.Write("module {\n");
            w.Write($"  func.func @quicknet_like(%arg0: {T([1, 224, 224, 3], "f32")}) -> {T([1, 1000], "f32")} {{\n");
            var (x, hw) = Conv2d("%arg0", 224, 3, widths[0] / 2, 3, 2);
            (x, hw) = Conv2d(x, hw, widths[0] / 2, widths[0], 3, 2);
            for (int s = 0; s < widths.Length; s++)
            {
                if (s > 0) (x, hw) = Transition(x, hw, widths[s - 1], widths[s]);
                for (int i = 0; i < blocks; i++) x = BBlock(x, hw, widths[s]);
            }
            int c = widths[^1];
            var ax = Const([2], "i32", 4);
            var m = Op("tfl.mean", [x, ax], [T([1, hw, hw, c], "f32"), T([2], "i32")], T([1, c], "f32"), "keep_dims = false");
            var shp = Const([2], "i32", 4);
            m = Op("tfl.reshape", [m, shp], [T([1, c], "f32"), T([2], "i32")], T([1, c], "f32"));
            var fw = Const([1000, c], "f32", 4);
            var fb = Const([1000], "f32", 4);
            var lg = Op("tfl.fully_connected", [m, fw, fb], [T([1, c], "f32"), T([1000, c], "f32"), T([1000], "f32")], T([1, 1000], "f32"),
                "fused_activation_function = \"NONE\", keep_num_dims = false, weights_format = \"DEFAULT\"");
            var sm = Op("tfl.softmax", [lg], [T([1, 1000], "f32")], T([1, 1000], "f32"), "beta = 1.000000e+00 : f32");
            w.Write($"    func.return {sm} : {T([1, 1000], "f32")}\n  }}\n}}\n");
        }
    }

    /// <summary>Writes the big-constants input (~38.6 MB).</summary>
    public static void WriteBig(TextWriter w, int seed = 1) => new Big(w, new Random(seed)).Build(BigBaseWidth, BigBlocksPerStage);

    // ---------------------------------------------------------------- many
    /// <summary>Writes the many-small-ops input (~200k ops in 200 functions, ~23.5 MB).</summary>
    public static void WriteMany(TextWriter w, int ops = 200_000, int funcs = 200, int seed = 2)
    {
        var rng = new Random(seed);
        int perFunc = Math.Max(2, ops / funcs);
        int[][] shapes = [[1, 8, 8, 32], [1, 16, 16, 64], [1, 4, 4, 128], [1, 32]];
        string[] binops = ["tfl.add", "tfl.mul", "tfl.sub", "tfl.maximum", "tfl.minimum", "tfl.squared_difference"];
        string[] acts = ["NONE", "RELU", "RELU6", "NONE"];
        w.Write("module {\n");
        for (int fi = 0; fi < funcs; fi++)
        {
            var shp = shapes[fi % shapes.Length];
            string ft = T(shp, "f32");
            int c = shp[^1];
            string ct = T([c], "f32");
            var ishape = shp[..^1].Append((c + 31) / 32).ToArray();
            string it = T(ishape, "i32");
            w.Write($"  func.func @f{fi}(%arg0: {ft}, %arg1: {ct}) -> {ft} {{\n");
            var vals = new List<string> { "%arg0" };
            int n = 0, k = 0;
            string Pick() => vals[vals.Count - 1 - rng.Next(Math.Min(8, vals.Count))];
            while (n < perFunc - 1)
            {
                double kind = rng.NextDouble();
                string r = "%" + (k++).ToString(CultureInfo.InvariantCulture);
                if (kind < 0.55)
                {
                    string a = vals[^1], b = Pick();
                    w.Write($"    {r} = \"{binops[rng.Next(binops.Length)]}\"({a}, {b}) {{fused_activation_function = \"{acts[rng.Next(acts.Length)]}\"}} : ({ft}, {ft}) -> {ft}\n");
                    vals.Add(r);
                }
                else if (kind < 0.70)
                {
                    string op = rng.Next(2) == 0 ? "tfl.mul" : "tfl.add";
                    w.Write($"    {r} = \"{op}\"({vals[^1]}, %arg1) {{fused_activation_function = \"NONE\"}} : ({ft}, {ct}) -> {ft}\n");
                    vals.Add(r);
                }
                else if (kind < 0.85)
                {
                    w.Write($"    {r} = \"lq.Quantize\"({vals[^1]}) : ({ft}) -> {it}\n");
                    string r2 = "%" + (k++).ToString(CultureInfo.InvariantCulture);
                    w.Write($"    {r2} = \"lq.Dequantize\"({r}) : ({it}) -> {ft}\n");
                    vals.Add(r2);
                    n++;
                }
                else if (kind < 0.93)
                {
                    w.Write($"    {r} = \"tfl.relu\"({vals[^1]}) : ({ft}) -> {ft}\n");
                    vals.Add(r);
                }
                else
                {
                    string v = (rng.NextDouble() * 4 - 2).ToString("0.000000e+00", CultureInfo.InvariantCulture);
                    w.Write($"    {r} = arith.constant dense<{v}> : {ct}\n");
                    string r2 = "%" + (k++).ToString(CultureInfo.InvariantCulture);
                    w.Write($"    {r2} = \"tfl.mul\"({vals[^1]}, {r}) {{fused_activation_function = \"NONE\"}} : ({ft}, {ct}) -> {ft}\n");
                    vals.Add(r2);
                    n++;
                }
                n++;
            }
            w.Write($"    func.return {vals[^1]} : {ft}\n  }}\n");
        }
        w.Write("}\n");
    }

    /// <summary>
    /// Directory holding big.mlir and many.mlir: $LCE_BENCH_DIR when it has both (e.g. the
    /// yardstick's $MLIRBENCH_DIR cache, to benchmark the very same files), else a cache folder
    /// under the temp directory that is filled by this generator on first use.
    /// </summary>
    public static string LocateInputs()
    {
        var env = Environment.GetEnvironmentVariable("LCE_BENCH_DIR");
        if (!string.IsNullOrEmpty(env) && File.Exists(Path.Combine(env, "big.mlir")) && File.Exists(Path.Combine(env, "many.mlir")))
            return env;
        var dir = !string.IsNullOrEmpty(env) ? env : Path.Combine(Path.GetTempPath(), "lce-bench-inputs-v1");
        Directory.CreateDirectory(dir);
        Generate(Path.Combine(dir, "big.mlir"), w => WriteBig(w));
        Generate(Path.Combine(dir, "many.mlir"), w => WriteMany(w));
        return dir;
    }

    private static void Generate(string path, Action<TextWriter> write)
    {
        if (File.Exists(path)) return;
        var tmp = path + ".partial" + Environment.ProcessId;
        using (var w = new StreamWriter(tmp, false, new UTF8Encoding(false), 1 << 20)) write(w);
        File.Move(tmp, path, overwrite: true);
    }
}

using Lce.CodeGen.Reference;

namespace Lce.Tests.CodeGen.Tfl;

/// <summary>
/// Int8 add/sub/mul with broadcasting and average pooling over odd channel counts against the real
/// TFLite interpreter: the second sweep of Oracle/make-int8-sweep.js (seed 91), replayed here.
/// Add, sub (left shift 20) and average pooling match exactly; mul differs where the interpreter's
/// single rounding and the reference's double rounding part (pinned by the recorded count).
/// </summary>
public class TfliteInt8ElementwiseSweepTests
{
    private sealed record Case(string Name, ArithmeticOp? Op, int[] X, int[] Y, Pool2DParams? Pool, int[] Out, TflActivation Activation, int Differences, string Output);

    private static readonly Case[] Cases =
    [
        new("add1", ArithmeticOp.Add, [3, 4, 7], [7], null, [3, 4, 7], TflActivation.None, 0,
            "0fnl6SwR7u4A4h0lDefr1QHmGSnd8N/r7STv6/UK7xcEEMDNA9npJQboyA4GH+zx7fXvARsIKs7Aze4U7SPCueLr9CIA6Oz92gYKKuO2AgsEDx3z"),
        new("add2", ArithmeticOp.Add, [2, 1, 5], [2, 6, 5], null, [2, 6, 5], TflActivation.Relu, 0,
            "FBRlLxQUFBQUFH8UFBReeiQUMBQUFRRLRXgZFBQoFBR/FBQUJRwUFBQUez8UFCkcFBQUIRQUFBQUFDMU"),
        new("sub1", ArithmeticOp.Sub, [3, 4, 7], [3, 4, 7], null, [3, 4, 7], TflActivation.Relu6, 0,
            "CQkJCQkJCQkJCQkJHg8WCQkJCSMJCQkJEDoJCQkJOgk6CQkJCQkJOgkJOgkJCQkJCQkJCQkJHAk6CQk6CToJFRUJNzMJOikJOgkJCQkJCQkJOgke"),
        new("mul1", ArithmeticOp.Mul, [3, 4, 7], [4, 1], null, [3, 4, 7], TflActivation.None, 2,
            "udtpf1+kgChoA/t/RrLuf5RWf4CAGA8TGB4ODysP8diA0tEZa38/cykrgICAf3+YgBISGBcNGw+BgIM/v0M1Sm7zf7Mo1oCAZn9/f4AFDQoZCxMO"),
        new("avg1", null, [1, 7, 6, 13], [], new Pool2DParams(3, 2, 2, 1, TflPadding.Same, TflActivation.None), [1, 4, 6, 13], TflActivation.None, 0,
            "BQPq0fkJxgPo6O2h0AnbttoDLeTy8wTc7cPv1wbpGAfV1t3OvivX+Qgl/gjY1tH8r98QCfz64QYf1ikR3AH79izZ2tASS+daQaBYAudXMNXt6xXqEe/g7Qbr0zzgzOEUNwXu2/7+7sL50NvESSruyv7zBP/d9tXm+hwJ4sopygj3Ahj+2fv8Bg//JAHm4BQA/uLD+/0+Gv4119My5fcJ9wwi6uPm3xYe1AkGAAIpJwXV38rsI9ME9+H8I/IAuMz38vfM9OPCNvz87873BevcD/jywzrzFBn2Kej36zPnCNoF8+AQ9SzSIPcWwQ0Z+vYL2OQF4AIa094929wlOtXc9u4zL/78KebiIkEG07/f3/ESE/PtI+cjFNkEzdisJh0MFh335BjtOa4hyj8IQU8MEKv/5DmOHuhK"),
        new("avg2", null, [2, 5, 5, 130], [], new Pool2DParams(2, 2, 2, 2, TflPadding.Valid, TflActivation.Relu), [2, 2, 2, 130], TflActivation.Relu, 0,
            "+BL4MPj4Hwn4+/gh+B01/fj+G/gE/iIhRj/4+Pj4+B34GhX6+Pj4GvgHKSMC/Rf4Avj4+DcPF/gyLAH4+yP4+Pj4EBP4+PgBHEIBGDL4+Pj4DPgC+Bb4J/8LEAX4+BYTGR09+Bz4PD5g+Bb4B/z4+PgY+Pj4JA8FB/j4bP0K+Pj4+Pj4IA8Y+P4PSConN/j4NxUMLPj4+BcJKfj4DyQGCfgMPQr4+BhQLPgSDwQmDvj4I/hMEPhK+AEO+Pj5B/j4Uxb4+B8F+BD/Hfn++Phc+PkmJUMw+PgE+BEd+P34+PoQ+Pj4+Bol+AhFIxcS+PgPEwMSBQH4+PgGERUBUvgU+CT4+Pj4+BFRIyf4+Pgh+PgpCRAR+A0NNfj4+A0eAxo+IfgQ+Pj4Ffj+/yD4+VAfFvgWCiE+GQcdBCEOASz4FAkL+Pgy+Pj5+BUT+PgY+Pj4CPj4Jfj4+Pgh+BAA+Pj/F0v5BQD4+Pz4Hvg1Lfks+PgY+PgZ+Bv4+PsJ+AH4Bfgg+Pgm+Pj5+CgDD/gd+Pv4+BL4+P8LByf4Sfgk+/hG+Esb+BD6Dfj4+P8NGBgG+FD4Evge+Pj4BPgn/A4CBhIS+AQjI/j4CfhR+Pj4Afj4BPj4DPj4Cx74DVIR+Ab4Kib4FPgF+Pj9+RX4ZAX4Dvj4+CcaKfj4Ly74+AT4+BYl+Pj/STUGKvhZLvj4+PgC/fj4IPkV+P8H/vgbEBIjF/j4DPj4Bw0F+Pj4HhQF+Pv4Nvj4EgL5Cgb4A/j4BQw1Tvj4+Pj/+P74FwsXBfgW+PgRDvgL+fgf/xL7LiMU+AweFBr4+PgR+DP4M/gfX/gQ/zgL+AAL+Pj4+BX/+E5C+PgOCfgE+CEeLvj4+PgK+C0cIBv4Awv4RhwdIST4D/gRDRn4+Pwc+PgP+CMEOCEq+Pg++Aj4+Dr4Afhj+PgjEfj4UPgAE/j4+Pj4+EH4Czr4+D74+PgVEkv4/vgq+A34+PgT+FT4/vj4KS80+Ab4BPgMKv/4CET4+Pj4Jfj4+PhE+BonHvj7+PghFRX4MSL4EQkNGvj4EjT4+Bv4+An4DPj4+Bb4+Asl+PgL+PgW+Pz4ERQnNUH4G/n9+Ar4+Cv8+Pgp+Bn4H/j4Mfj4+Cb4Lvj4Hvv4FP0oR/gY+Az4Bfj4KBX4+C34+Pj4+AT4GPkCDfgNOgb4+EL4+AH4+A34DC34B/v4KPj4FTX4+Pj4+PgfJg/5EzAdDfgZMx74EfgWGDD4EfhEMxD4+EH4+Pj4/j34+Pgy+Pgd/1P4+/j4Wz74/fj+J/j4Hf8PCfj4Cvj4+PkJ+Pj4H/j4Dfj9BvgN+Pg4EPgE+Dj4+PgE+PgqQPj4+CP4Nvgg+PgsC/j9+Pj4+PgSPBgc+AQb+Pj4+Pj4+xoRDfg="),
    ];

    /// <summary>
    /// Mul: the interpreter rescales (x - xzp)(y - yzp) with one rounding, the kernel with TFLite's
    /// reference MultiplyByQuantizedMultiplier (two); at every element the recorded output is the
    /// single-rounded product and the kernel's the double-rounded one, one step apart at most.
    /// </summary>
    private static void CheckMulRounding(Case c, sbyte[] x, QuantParams xq, sbyte[] y, QuantParams yq, QuantParams oq, sbyte[] expected, sbyte[] actual)
    {
        var (m, shift) = FixedPoint.QuantizeMultiplier(xq.Scale * yq.Scale / oq.Scale);
        var (lo, hi) = QuantizedInt8.ActivationRange(c.Activation, oq);
        for (int i = 0; i < expected.Length; i++)
        {
            // Right-aligned broadcasting: y's dimension d reads index 0 where it has size 1.
            int[] index = TflTestSupport.Unflatten(i, c.Out);
            int[] yIndex = [.. c.Y.Select((size, d) => size == 1 ? 0 : index[d + c.Out.Length - c.Y.Length])];
            long product = (long)(x[i] - xq.ZeroPoint) * (y[TflTestSupport.Flatten(yIndex, c.Y)] - yq.ZeroPoint);
            long once = (product * m + (1L << (30 - shift))) >> (31 - shift);
            int twice = FixedPoint.MultiplyByQuantizedMultiplier(checked((int)product), m, shift);
            Assert.True(expected[i] == Math.Clamp(once + oq.ZeroPoint, lo, hi), $"{c.Name}[{i}]: interpreter {expected[i]}, single rounding {once + oq.ZeroPoint}");
            Assert.True(actual[i] == Math.Clamp(twice + oq.ZeroPoint, lo, hi), $"{c.Name}[{i}]: kernel {actual[i]}, double rounding {twice + oq.ZeroPoint}");
            Assert.InRange(Math.Abs(actual[i] - expected[i]), 0, 1);
        }
    }

    private static int Count(int[] shape) => shape.Aggregate(1, (a, b) => a * b);

    [Fact]
    public void ArithmeticAndAveragePoolingAgainstTheInterpreter()
    {
        var r = new OracleLcg(91);
        foreach (var c in Cases)
        {
            bool pool = c.Op is null;
            double xScale = 0.01 + r.Next() * 0.09;
            int xZero = r.Int(-20, 20);
            double yScale = pool ? xScale : 0.01 + r.Next() * 0.09;
            int yZero = pool ? xZero : r.Int(-20, 20);
            double outScale = pool ? xScale : c.Op == ArithmeticOp.Mul ? xScale * yScale * (32 + r.Next() * 64) : 0.02 + r.Next() * 0.18;
            int outZero = pool ? xZero : r.Int(-20, 20);
            var x = r.Int8s(Count(c.X));
            var y = pool ? [] : r.Int8s(Count(c.Y));
            QuantParams xq = new((float)xScale, xZero), yq = new((float)yScale, yZero), oq = new((float)outScale, outZero);
            var actual = new sbyte[Count(c.Out)];
            if (pool)
                QuantizedPooling.AveragePool(x, c.X, actual, c.Pool!, oq);
            else
                QuantizedArithmetic.Run(c.Op!.Value, x, c.X, xq, y, c.Y, yq, actual, oq, c.Activation);
            var expected = (sbyte[])(Array)Convert.FromBase64String(c.Output);
            int[] differing = [.. Enumerable.Range(0, expected.Length).Where(i => expected[i] != actual[i])];
            Assert.True(differing.Length == c.Differences, $"{c.Name}: {differing.Length} outputs differ, recorded {c.Differences}");
            if (c.Op == ArithmeticOp.Mul)
                CheckMulRounding(c, x, xq, y, yq, oq, expected, actual);
        }
    }
}

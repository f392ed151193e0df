namespace Lce.Tests.Larq.Tf;

using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

/// <summary>
/// The tf folds as a greedy pass with no patterns sees them (what LCE's passes get from TF 2.16's
/// dialect, without TF's kernel constant folding).
/// </summary>
public class TfFoldTests
{
    private static string Func(string body, string args, string results) =>
        $"func.func @f({args}) -> ({results}) {{\n{body}\n}}\n";

    /// <summary>LCE's prepare-tf relies on this: a Div by an all-ones constant folds away; a non-unit scale and the Transpose stay.</summary>
    [Fact]
    public void DivByOnesFoldsButScaledDivAndTransposeStay()
    {
        var t = new TfTestUtil();
        var text = Func("""
              %w = "tf.Const"() {value = dense<[[[[1.0, -1.0]]]]> : tensor<1x1x1x2xf32>} : () -> tensor<1x1x1x2xf32>
              %ones = "tf.Const"() {value = dense<1.0> : tensor<2xf32>} : () -> tensor<2xf32>
              %scale = "tf.Const"() {value = dense<[0.5, 2.0]> : tensor<2xf32>} : () -> tensor<2xf32>
              %perm = "tf.Const"() {value = dense<[3, 0, 1, 2]> : tensor<4xi32>} : () -> tensor<4xi32>
              %0 = "tf.Div"(%w, %ones) : (tensor<1x1x1x2xf32>, tensor<2xf32>) -> tensor<1x1x1x2xf32>
              %1 = "tf.Div"(%w, %scale) : (tensor<1x1x1x2xf32>, tensor<2xf32>) -> tensor<1x1x1x2xf32>
              %2 = "tf.Transpose"(%0, %perm) : (tensor<1x1x1x2xf32>, tensor<4xi32>) -> tensor<2x1x1x1xf32>
              return %1, %2 : tensor<1x1x1x2xf32>, tensor<2x1x1x1xf32>
            """, "", "tensor<1x1x1x2xf32>, tensor<2x1x1x1xf32>");
        var output = t.FoldOnly(text);
        // The remaining Div divides the weights by the scale; the Transpose now reads the weights directly.
        string NameOf(string value) => output.Split('\n').Single(l => l.Contains(value, StringComparison.Ordinal)).Trim().Split(' ')[0];
        var w = NameOf("dense<[[[[1.000000e+00, -1.000000e+00]]]]>");
        var scale = NameOf("dense<[5.000000e-01, 2.000000e+00]>");
        var perm = NameOf("dense<[3, 0, 1, 2]>");
        Assert.Equal(1, Count(output, "\"tf.Div\""));
        Assert.Contains($"\"tf.Div\"({w}, {scale})", output);
        Assert.Contains($"\"tf.Transpose\"({w}, {perm})", output);
        Assert.DoesNotContain("dense<1.000000e+00> : tensor<2xf32>", output);
    }

    private static int Count(string s, string part) => (s.Length - s.Replace(part, "").Length) / part.Length;

    public enum ArithOp { AddV2, Sub, Mul, Div, RealDiv }

    /// <summary>
    /// x op c folds to x exactly when c is the op's identity (0 for AddV2/Sub, 1 for Mul/Div/RealDiv),
    /// for random splat scalars c; with c on the left only AddV2 and Mul fold.
    /// </summary>
    [Fact]
    public void IdentityFoldHappensExactlyForTheIdentity()
    {
        var gen =
            from op in Gen.Elements(Enum.GetValues<ArithOp>())
            from value in Gen.Elements(0.0, 1.0, -0.0, -1.0, 2.0, 0.5, 1e-30)
            from left in Gen.Elements(false, true)
            select (op, value, left);
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var (op, value, left) = c;
            var t = new TfTestUtil();
            var lit = value.ToString("E6", CultureInfo.InvariantCulture);
            var operands = left ? "%c, %x" : "%x, %c";
            var types = left ? "(tensor<f32>, tensor<3xf32>)" : "(tensor<3xf32>, tensor<f32>)";
            var text = Func(
                $"  %c = \"tf.Const\"() {{value = dense<{lit}> : tensor<f32>}} : () -> tensor<f32>\n" +
                $"  %0 = \"tf.{op}\"({operands}) : {types} -> tensor<3xf32>\n" +
                "  return %0 : tensor<3xf32>", "%x: tensor<3xf32>", "tensor<3xf32>");
            int identity = op is ArithOp.AddV2 or ArithOp.Sub ? 0 : 1;
            bool isIdentity = BitConverter.DoubleToInt64Bits(value) == BitConverter.DoubleToInt64Bits((double)identity);
            bool commutative = op is ArithOp.AddV2 or ArithOp.Mul;
            bool expectFold = isIdentity && (!left || commutative);
            var output = t.FoldOnly(text);
            bool folded = output.Contains("return %arg0 :", StringComparison.Ordinal);
            if (folded != expectFold) throw new Xunit.Sdk.XunitException($"{c}: expected fold={expectFold}\n{output}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    /// <summary>Shape of any static shape folds to those sizes at the result's width; with a dynamic size it stays.</summary>
    [Fact]
    public void ShapeFoldsStaticShapes()
    {
        var gen =
            from dims in Gen.Choose(0, 9).ArrayOf().Where(a => a.Length <= 4)
            from width in Gen.Elements(32, 64)
            from dynamicAt in Gen.Choose(-1, 3)
            select (dims, width, dynamicAt);
        Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var (dims, width, dynamicAt) = c;
            var t = new TfTestUtil();
            bool dynamic = dynamicAt >= 0 && dynamicAt < dims.Length;
            var shape = dims.Select((d, i) => dynamic && i == dynamicAt ? "?" : d.ToString(CultureInfo.InvariantCulture)).ToList();
            var tensor = dims.Length == 0 ? "tensor<f32>" : $"tensor<{string.Join("x", shape)}xf32>";
            var result = $"tensor<{dims.Length}xi{width}>";
            var text = Func($"""
                  %0 = "tf.Shape"(%x) : ({tensor}) -> {result}
                  return %0 : {result}
                """, $"%x: {tensor}", result);
            var output = t.FoldOnly(text);
            var expected = dims.Length == 0 ? $"dense<> : {result}"
                : dims.Distinct().Count() == 1 ? $"dense<{dims[0]}> : {result}" : $"dense<[{string.Join(", ", dims)}]> : {result}";
            bool ok = dynamic ? output.Contains("\"tf.Shape\"", StringComparison.Ordinal) : output.Contains("\"tf.Const\"() {value = " + expected, StringComparison.Ordinal);
            if (!ok) throw new Xunit.Sdk.XunitException($"{tensor} -> {result}:\n{output}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100));
    }

    [Fact]
    public void FoldedConstantsAreTfConstsNamedCst()
    {
        var t = new TfTestUtil();
        var output = t.FoldOnly(Func("""
              %0 = "tf.Shape"(%x) : (tensor<2x3xf32>) -> tensor<2xi32>
              return %0 : tensor<2xi32>
            """, "%x: tensor<2x3xf32>", "tensor<2xi32>"));
        Assert.Contains("%cst = \"tf.Const\"() {value = dense<[2, 3]> : tensor<2xi32>} : () -> tensor<2xi32>", output);
    }
}

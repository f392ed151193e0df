namespace Lce.Tests.Tfl.LegalizeTf;

using FsCheck;
using FsCheck.Fluent;
using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.IR.Parsing;
using static LegalizeTfTestUtil;

/// <summary>
/// TFL's runtime verification: the runtime element types of operands and results, the 1-D
/// requirement of optional biases, and the broadcasting limits of the kernels.
/// </summary>
public sealed class TflRuntimeVerifierTests
{
    private static (Operation Module, List<string> Errors) Check(string body, string args)
    {
        var ctx = NewContext();
        var m = Parse(ctx, $"func.func @f({args}) {{\n{body}\n  return\n}}");
        var errors = new List<string>();
        using (ctx.Diagnostics.AddHandler(d => { errors.Add(d.Message); return true; }))
        {
            m.Walk(op => { if (TflRuntimeVerifier.Implements(op)) TflRuntimeVerifier.Verify(op, emitErrors: true); });
            PendingDiagnostic.Flush();
        }
        return (m, errors);
    }

    [Fact]
    public void ElementTypesAreTheRuntimeLists()
    {
        var (_, errors) = Check("""
              %0 = tfl.add %a, %a {fused_activation_function = "NONE"} : tensor<2xf32>
              %1 = tfl.add %d, %d {fused_activation_function = "NONE"} : tensor<2xf64>
              %2 = "tfl.relu"(%h) : (tensor<2xf16>) -> tensor<2xf16>
            """, "%a: tensor<2xf32>, %d: tensor<2xf64>, %h: tensor<2xf16>");
        Assert.Equal([
            "'tfl.add' op operand #0 must be tensor of 32-bit float or 16-bit signless integer or 32-bit signless integer or 64-bit signless integer or QI8 type or QUI8 type or QI16 type values, but got 'tensor<2xf64>'",
            "'tfl.relu' op operand #0 must be tensor of 32-bit float or QUI8 type or QI8 type or QI16 type values, but got 'tensor<2xf16>'",
        ], errors);
    }

    [Fact]
    public void ValuesAreNumberedFromTheFirstRuntimeTypedGroup()
    {
        // reshape's input is AnyTensor: its shape (operand 1) is the first value checked.
        var (_, errors) = Check("""
              %0 = "tfl.reshape"(%x, %s) : (tensor<2x3xf64>, tensor<1xi64>) -> tensor<6xf64>
            """, "%x: tensor<2x3xf64>, %s: tensor<1xi64>");
        Assert.Equal(["'tfl.reshape' op operand #1 must be tensor of 32-bit signless integer values, but got 'tensor<1xi64>'"], errors);
    }

    [Fact]
    public void OptionalBiasIsNoneOrOneDimensional()
    {
        var (_, errors) = Check("""
              %n = "tfl.no_value"() {value} : () -> none
              %0 = "tfl.conv_2d"(%x, %f, %n) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x3x3x1xf32>, tensor<1x1x1x1xf32>, none) -> tensor<1x3x3x1xf32>
              %1 = "tfl.conv_2d"(%x, %f, %b2) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x3x3x1xf32>, tensor<1x1x1x1xf32>, tensor<1x1xf32>) -> tensor<1x3x3x1xf32>
            """, "%x: tensor<1x3x3x1xf32>, %f: tensor<1x1x1x1xf32>, %b2: tensor<1x1xf32>");
        Assert.Equal(["'tfl.conv_2d' op operand #2 must be 1D tensor of 32-bit float or 32-bit signless integer or 64-bit signless integer values or none type, but got 'tensor<1x1xf32>'"], errors);
    }

    [Fact]
    public void OnlyTflOpsWithTheInterfaceAreRuntimeVerified()
    {
        var (m, _) = Check("""
              %n = "tfl.no_value"() {value} : () -> none
              %c = "tfl.pseudo_const"() {value = dense<1.0> : tensor<2xf64>} : () -> tensor<2xf64>
              %0 = "tf.AddV2"(%c, %c) : (tensor<2xf64>, tensor<2xf64>) -> tensor<2xf64>
            """, "");
        Assert.False(TflRuntimeVerifier.Implements(First(m, "tfl.no_value")));
        Assert.False(TflRuntimeVerifier.Implements(First(m, "tf.AddV2")));
        Assert.True(TflRuntimeVerifier.Implements(First(m, "tfl.pseudo_const")));
        // pseudo_const's result is AnyTensor: any constant passes.
        Assert.True(TflRuntimeVerifier.Verify(First(m, "tfl.pseudo_const"), emitErrors: false));
    }

    [Fact]
    public void KernelRanksLimitBroadcasting()
    {
        var (_, errors) = Check("""
              %0 = tfl.greater_equal(%a5, %b) : (tensor<2x1x3x1x2xf32>, tensor<4x1xf32>) -> tensor<2x1x3x4x2xi1>
              %1 = tfl.greater_equal(%a5, %a5) : (tensor<2x1x3x1x2xf32>, tensor<2x1x3x1x2xf32>) -> tensor<2x1x3x1x2xi1>
              %2 = tfl.div(%a5, %b) {fused_activation_function = "NONE"} : (tensor<2x1x3x1x2xf32>, tensor<4x1xf32>) -> tensor<2x1x3x4x2xf32>
              %3 = tfl.add(%a7, %b) {fused_activation_function = "NONE"} : (tensor<1x1x1x2x1x3x1xf32>, tensor<4x1xf32>) -> tensor<1x1x1x2x1x3x4xf32>
            """, "%a5: tensor<2x1x3x1x2xf32>, %a7: tensor<1x1x1x2x1x3x1xf32>, %b: tensor<4x1xf32>");
        Assert.Equal([
            "'tfl.greater_equal' op failed to verify that operands do not have the same shape or broadcastable shapes within the rank 4",
            "'tfl.add' op failed to verify that Operands do not have valid shapes",
        ], errors);
    }

    [Fact]
    public void Qi16AddNeedsCompatibleShapes()
    {
        var (_, errors) = Check("""
              %0 = tfl.add %x, %x {fused_activation_function = "NONE"} : tensor<2x3x!quant.uniform<i16:f32, 0.5>>
              %1 = tfl.add(%x, %y) {fused_activation_function = "NONE"} : (tensor<2x3x!quant.uniform<i16:f32, 0.5>>, tensor<3x!quant.uniform<i16:f32, 0.5>>) -> tensor<2x3x!quant.uniform<i16:f32, 0.5>>
            """, "%x: tensor<2x3x!quant.uniform<i16:f32, 0.5>>, %y: tensor<3x!quant.uniform<i16:f32, 0.5>>");
        Assert.Equal(["'tfl.add' op failed to verify that Operands do not have valid shapes"], errors);
    }

    /// <summary>Static shapes of ranks 0..8 with small dimensions (many of them 1, so that they often broadcast).</summary>
    private static readonly Gen<long[]> ShapeGen =
        from rank in Gen.Choose(0, 8)
        from dims in Gen.Elements(1L, 1L, 2L, 3L).ArrayOf(rank)
        select dims;

    private static bool Broadcastable(long[] a, long[] b)
    {
        for (int i = 1; i <= Math.Min(a.Length, b.Length); i++)
        {
            long x = a[^i], y = b[^i];
            if (x != y && x != 1 && y != 1) return false;
        }
        return true;
    }

    [Fact]
    public void StaticShapesPassWhenEqualOrBroadcastableWithinTheRank()
    {
        var ctx = NewContext();
        Prop.ForAll((from a in ShapeGen from b in ShapeGen from max in Gen.Choose(4, 6) select (a, b, max)).ToArbitrary(), c =>
        {
            string T(long[] s) => "tensor<" + string.Concat(s.Select(d => d + "x")) + "f32>";
            var m = Parse(ctx, $"func.func @f(%a: {T(c.a)}, %b: {T(c.b)}) {{\n  \"tf.IdentityN\"(%a, %b) : ({T(c.a)}, {T(c.b)}) -> ()\n  return\n}}");
            var op = First(m, "tf.IdentityN");
            bool expected = Broadcastable(c.a, c.b) && (c.a.SequenceEqual(c.b) || Math.Max(c.a.Length, c.b.Length) <= c.max);
            Assert.Equal(expected, TflRuntimePredicates.SameOrBroadcastableShapes(op, [0, 1], c.max));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void UnknownShapesPassWithinTheRankOrBehindOneBroadcastArgs()
    {
        var (m, _) = Check("""
              "tf.IdentityN"(%d4, %s) : (tensor<?x2x2x2xf32>, tensor<2xf32>) -> ()
              "tf.IdentityN"(%d7, %s) : (tensor<?x1x1x1x1x1x2xf32>, tensor<2xf32>) -> ()
              %args = "tf.BroadcastArgs"(%sh, %sh) : (tensor<7xi64>, tensor<7xi64>) -> tensor<7xi64>
              %x = "tf.BroadcastTo"(%d7, %args) : (tensor<?x1x1x1x1x1x2xf32>, tensor<7xi64>) -> tensor<?x1x1x1x1x1x2xf32>
              %y = "tf.BroadcastTo"(%u, %args) : (tensor<*xf32>, tensor<7xi64>) -> tensor<?x1x1x1x1x1x2xf32>
              "tf.IdentityN"(%x, %y) : (tensor<?x1x1x1x1x1x2xf32>, tensor<?x1x1x1x1x1x2xf32>) -> ()
            """, "%d4: tensor<?x2x2x2xf32>, %d7: tensor<?x1x1x1x1x1x2xf32>, %s: tensor<2xf32>, %u: tensor<*xf32>, %sh: tensor<7xi64>");
        var uses = All(m, "tf.IdentityN");
        Assert.True(TflRuntimePredicates.SameOrBroadcastableShapes(uses[0], [0, 1], 4));
        Assert.False(TflRuntimePredicates.SameOrBroadcastableShapes(uses[1], [0, 1], 6));
        Assert.True(TflRuntimePredicates.SameOrBroadcastableShapes(uses[2], [0, 1], 6));
    }
}

using Lce.IR;
using Lce.IR.Parsing;
using Xunit;
using static Lce.Tests.Parsing.ParsingTestUtil;

namespace Lce.Tests.Parsing;

/// <summary>Element types the builtin containers reject at parse time (mlir-opt 22 wording and columns).</summary>
public class ElementTypeValidityTests
{
    private readonly IRContext ctx = Ctx();

    private string TypeError(string type) => ParseError(ctx, "\"tst.op\"() : () -> " + type);

    [Theory]
    [InlineData("tensor<2xtensor<3xi8>>", "1:29: invalid tensor element type")]
    [InlineData("tensor<?xtuple<i32, f32>>", "1:29: invalid tensor element type")]
    [InlineData("tensor<4xmemref<2xf32>>", "1:29: invalid tensor element type")]
    [InlineData("tensor<none>", "1:27: invalid tensor element type")]
    [InlineData("memref<4x!foo.t>", "1:29: invalid memref element type")]
    [InlineData("memref<4xtuple<>>", "1:29: invalid memref element type")]
    [InlineData("memref<4xtensor<2xf32>>", "1:29: invalid memref element type")]
    [InlineData("complex<index>", "1:28: invalid element type for complex")]
    [InlineData("complex<complex<f32>>", "1:28: invalid element type for complex")]
    [InlineData("vector<4x!foo.x>", "1:20: failed to verify 'elementType': VectorElementTypeInterface instance")]
    [InlineData("vector<2x0xf32>", "1:20: vector types must have positive constant sizes but got 2, 0")]
    public void Rejected(string type, string error) => Assert.Equal(error, TypeError(type));

    [Theory]
    [InlineData("tensor<2x!foo.x>")]
    [InlineData("tensor<4xvector<2xf32>>")]
    [InlineData("tensor<4xcomplex<f32>>")]
    [InlineData("memref<2xmemref<*xf32>>")]
    [InlineData("memref<4xcomplex<f32>>")]
    [InlineData("complex<si8>")]
    public void Accepted(string type) => Assert.Equal(type, MlirParser.ParseType(ctx, type).ToString());
}

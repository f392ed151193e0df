using Lce.IR;
using Lce.IR.Parsing;
using Xunit;
using static Lce.Tests.Parsing.ParsingTestUtil;

namespace Lce.Tests.Parsing;

public class OperationParsingTests
{
    private readonly IRContext ctx = Ctx();

    [Fact]
    public void GenericOpWithEverything()
    {
        var m = ParseOk(ctx, """
            %0:2 = "foo.def"() : () -> (i32, i32)
            %1 = "foo.other"(%0#0, %0#1) <{aa = "p", prop = 3 : i32}> ({
            ^bb0(%arg0: i32):
              "foo.yield"(%arg0) : (i32) -> ()
            }, {
              "foo.term"()[^bb1] : () -> ()
            ^bb1:
              "foo.term2"() : () -> ()
            }) {disc = 1 : i32} : (i32, i32) -> i64
            """);
        Assert.Equal("builtin.module", m.Name);
        var loc = Assert.IsType<FileLineColLoc>(m.Location);
        Assert.Equal(("t.mlir", 0, 0), (loc.Filename, loc.Line, loc.Column));
        var ops = TopOps(m);
        Assert.Equal(2, ops.Count);
        var other = ops[1];
        Assert.Equal("foo.other", other.Name);
        Assert.Same(ops[0].GetResult(0), other.GetOperand(0));
        Assert.Same(ops[0].GetResult(1), other.GetOperand(1));
        Assert.Equal(2, other.Properties!.Count);
        Assert.IsType<IntegerAttr>(other.GetAttr("disc"));
        Assert.Equal(2, other.NumRegions);
        var entry = other.GetRegion(0).Blocks[0];
        Assert.Single(entry.Arguments);
        Assert.Same(entry.GetArgument(0), entry.FirstOp!.GetOperand(0));
        var r1 = other.GetRegion(1);
        Assert.Equal(2, r1.Blocks.Count);
        Assert.Same(r1.Blocks[1], r1.Blocks[0].FirstOp!.GetSuccessor(0));
        var opLoc = Assert.IsType<FileLineColLoc>(other.Location);
        // The implicit location is that of the op name, after the result list (`%r = "foo.other"`).
        Assert.Equal((2, 6), (opLoc.Line, opLoc.Column));
    }

    [Fact]
    public void ForwardReferencesAreResolved()
    {
        var m = ParseOk(ctx, """
            "foo.region"() ({
              "foo.use"(%1) : (i32) -> ()
              %1 = "foo.def"() : () -> i32
            }) : () -> ()
            """);
        var block = TopOps(m)[0].GetRegion(0).Blocks[0];
        var ops = block.Operations.ToList();
        Assert.Same(ops[1].GetResult(0), ops[0].GetOperand(0));
    }

    [Fact]
    public void ExplicitModuleIsNotWrapped()
    {
        var m = ParseOk(ctx, "module {\n  \"foo.a\"() : () -> ()\n}\n");
        Assert.Equal("builtin.module", m.Name);
        Assert.Equal("foo.a", TopOps(m)[0].Name);
    }

    [Fact]
    public void NoImplicitModuleReturnsTheSingleOp()
    {
        var op = ParseOk(ctx, "\"foo.a\"() : () -> ()", new ParserOptions { NoImplicitModule = true });
        Assert.Equal("foo.a", op.Name);
        Assert.Equal("1:1: source must contain a single top-level operation, found: 2",
            ParseError(ctx, "\"foo.a\"() : () -> ()\n\"foo.a\"() : () -> ()", new ParserOptions { NoImplicitModule = true }));
    }

    [Fact]
    public void AliasesAndLocations()
    {
        var m = ParseOk(ctx, """
            #map = affine_map<(d0) -> (d0 + 1)>
            !t = tensor<4xf32>
            "foo.a"() {m = #map, t = !t} : () -> () loc(#loc1)
            "foo.b"() : () -> () loc("x.mlir":3:4)
            "foo.c"() : () -> () loc(callsite("f" at fused["a":1:2, "b":3:4 to 5:6]))
            "foo.d"() : () -> () loc(unknown)
            #loc1 = loc("n"("y.mlir":1:2))
            """);
        var ops = TopOps(m);
        Assert.IsType<AffineMapAttr>(ops[0].GetAttr("m"));
        Assert.IsType<RankedTensorType>(Assert.IsType<TypeAttr>(ops[0].GetAttr("t")).Value);
        var name = Assert.IsType<NameLoc>(ops[0].Location);
        Assert.Equal("n", name.Name);
        Assert.Equal(3, Assert.IsType<FileLineColLoc>(ops[1].Location).Line);
        var cs = Assert.IsType<CallSiteLoc>(ops[2].Location);
        var fused = Assert.IsType<FusedLoc>(cs.Caller);
        Assert.Equal(5, Assert.IsType<FileLineColLoc>(fused.Locations[1]).EndLine);
        Assert.IsType<UnknownLoc>(ops[3].Location);
    }

    [Fact]
    public void ResourcesAreDefined()
    {
        var m = ParseOk(ctx, """
            "foo.a"() {r = dense_resource<blob1> : tensor<2xi32>} : () -> ()
            {-#
              dialect_resources: {
                builtin: {
                  blob1: "0x040000000100000002000000"
                }
              }
            #-}
            """);
        var attr = Assert.IsType<DenseResourceElementsAttr>(TopOps(m)[0].GetAttr("r"));
        Assert.Equal(4u, attr.Blob.Alignment);
        Assert.Equal(new byte[] { 1, 0, 0, 0, 2, 0, 0, 0 }, attr.Blob.Data);
    }

    [Fact]
    public void SplitChunksReportOriginalLines()
    {
        var r = MlirParser.ParseChunk(ctx, "\n\"foo.a\"(%x) : (i32) -> ()\n", "big.mlir", 40);
        Assert.Equal("42:9: use of undeclared SSA value name", Describe(r.Error!));
        Assert.Equal("big.mlir", ((FileLineColLoc)r.Error!.Location).Filename);
    }

    [Theory]
    [InlineData("%0 = \"foo.a\"(%1) : (i32) -> i32", "1:14: use of undeclared SSA value name")]
    [InlineData("%0 = \"foo.a\"() : () -> i32\n%0 = \"foo.a\"() : () -> i32", "2:1: redefinition of SSA value '%0'")]
    [InlineData("\"foo.a\"(%1) : (i32) -> ()\n%1 = \"foo.a\"() : () -> i64", "2:1: definition of SSA value '%1#0' has type 'i64'")]
    [InlineData("%1 = \"foo.a\"() : () -> i64\n\"foo.a\"(%1) : (i32) -> ()", "2:9: use of value '%1' expects different type than prior uses: 'i32' vs 'i64'")]
    [InlineData("\"foo.a\"()[^bb1] : () -> ()", "1:11: reference to an undefined block")]
    [InlineData("\"foo.a\"() ({\n^bb1:\n  \"foo.b\"()[^bb2] : () -> ()\n}) : () -> ()", "3:13: reference to an undefined block")]
    [InlineData("\"foo.a\"() ({\n^bb1:\n\"foo.b\"() : () -> ()\n^bb1:\n\"foo.b\"() : () -> ()\n}) : () -> ()", "4:1: redefinition of block '^bb1'")]
    [InlineData("%0:2 = \"foo.a\"() : () -> i32", "1:1: operation defines 1 results but was provided 2 to bind")]
    [InlineData("\"foo.a\"(%0) : () -> i32", "1:15: expected 1 operand type  but had 0")]
    [InlineData("\"foo.a\"() {a = 300 : i8} : () -> ()", "1:16: integer constant out of range for attribute")]
    [InlineData("\"foo.a\"() {a = tensor<4x4>} : () -> ()", "1:26: expected 'x' in dimension list")]
    [InlineData("\"foo.a\"() {a = #bar} : () -> ()", "1:20: undefined symbol alias id 'bar'")]
    [InlineData("\"foo.a\"() {a 1} : () -> ()", "1:13: expected '}' in attribute dictionary")]
    [InlineData("\"foo.a\"() : () -> ()  loc(#loc9)", "1:27: operation location alias was never defined")]
    [InlineData("\"foo.a\"() : (", "1:12: expected non-function type")]
    [InlineData("\"foo.a\"() : (\n\n// trailing comment\n", "3:20: expected non-function type")]
    [InlineData("\"foo.a\"() : () -> %", "1:19: invalid SSA name")]
    [InlineData("foo.a", "1:1: Dialect `foo' not found for custom op 'foo.a' ")]
    [InlineData("\"foo.a\"() {a = 1 : f32} : () -> ()", "1:16: unexpected decimal integer literal for a floating point value")]
    [InlineData("#a = 1\n#a = 2", "2:1: redefinition of attribute alias id 'a'")]
    public void ErrorsMatchMlir(string text, string expected) => Assert.Equal(expected, ParseError(ctx, text));

    [Fact]
    public void UnregisteredDialectIsRejectedWithoutTheFlag()
    {
        var strict = Ctx(allowUnregistered: false);
        Assert.Equal("1:8: operation being parsed with an unregistered dialect. If this is intended, please use -allow-unregistered-dialect with the MLIR tool used",
            ParseError(strict, "\"foo.a\"() : () -> ()"));
    }

    [Fact]
    public void ErrorNotesPointAtPriorDefinition()
    {
        var r = MlirParser.ParseSourceString(ctx, "%0 = \"foo.a\"() : () -> i32\n%0 = \"foo.a\"() : () -> i32", "t.mlir");
        var note = Assert.Single(r.Error!.Notes);
        Assert.Equal("1:1: previously defined here", Describe(note));
    }
}

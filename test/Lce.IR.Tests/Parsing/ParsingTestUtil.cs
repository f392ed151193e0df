using Lce.IR;
using Lce.IR.Parsing;

namespace Lce.Tests.Parsing;

internal static class ParsingTestUtil
{
    public static IRContext Ctx(bool allowUnregistered = true) => new() { AllowUnregisteredDialects = allowUnregistered };

    public static Operation ParseOk(IRContext ctx, string text, ParserOptions? options = null)
    {
        var r = MlirParser.ParseSourceString(ctx, text, "t.mlir", options);
        Xunit.Assert.True(r.Succeeded, r.Error is { } e ? $"{Describe(e)}" : "no result");
        return r.Operation!;
    }

    /// <summary>Parses expecting failure; returns "line:col: message".</summary>
    public static string ParseError(IRContext ctx, string text, ParserOptions? options = null)
    {
        var r = MlirParser.ParseSourceString(ctx, text, "t.mlir", options);
        Xunit.Assert.False(r.Succeeded, "expected a parse error");
        return Describe(r.Error!);
    }

    public static string Describe(Diagnostic d) =>
        d.Location is FileLineColLoc l ? $"{l.Line}:{l.Column}: {d.Message}" : d.Message;

    /// <summary>The ops in the body of the (implicit) module.</summary>
    public static List<Operation> TopOps(Operation module) => module.GetRegion(0).Blocks[0].Operations.ToList();
}

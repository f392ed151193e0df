namespace Lce.CodeGen.Runtime.Bindings;

/// <summary>Integer operands read once at bind time (perm, paddings): they must be constants.</summary>
internal static class TflConstantInts
{
    public static int[] Read(BindingContext ctx, int operand)
    {
        var t = ctx.RequireConstant(operand);
        if (t.DType is not (DType.Int32 or DType.Int64)) throw ctx.Error($"operand #{operand} {t.Spec} is not an integer tensor");
        return Enumerable.Range(0, checked((int)t.ElementCount)).Select(k => TflBindingSupport.ToInt(ctx, t.GetAsInt64(k), $"operand #{operand}")).ToArray();
    }
}

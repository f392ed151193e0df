namespace Lce.Tests.Larq.Tf;

using Lce.Dialects.Tf;
using Lce.IR;
using Lce.IR.Parsing;

/// <summary>The tf_type types: construction, interning, printing, references, cast compatibility.</summary>
public class TfTypeTests
{
    private readonly TfTestUtil _t = new();
    private IRContext Ctx => _t.Ctx;
    private RankedTensorType T(IRType e, params long[] shape) => RankedTensorType.Get(Ctx, shape, e);

    [Fact]
    public void ResourceTypesCarryTheirSubtypes()
    {
        var sub = T(FloatType.F32(Ctx), 6);
        var r = TfType.Resource(Ctx, sub);
        Assert.Same(r, TfType.Resource(Ctx, sub));
        Assert.NotSame(r, TfType.Resource(Ctx));
        Assert.True(r.IsResource);
        Assert.Equal([sub], r.Subtypes);
        Assert.Equal("!tf_type.resource<tensor<6xf32>>", r.ToString());
        Assert.Same(r, MlirParser.ParseType(Ctx, "!tf_type.resource<tensor<6xf32>>"));
        Assert.Equal("tensor<!tf_type.variant>", RankedTensorType.Get(Ctx, [], TfType.Variant(Ctx)).ToString());
    }

    [Fact]
    public void EverySimpleNameRoundTrips()
    {
        foreach (var name in TfTypeNames.Simple)
        {
            var t = TfType.Get(Ctx, name);
            Assert.Equal("!tf_type." + name, t.ToString());
            Assert.Same(t, MlirParser.ParseType(Ctx, t.ToString()));
        }
        Assert.Throws<ArgumentException>(() => TfType.Get(Ctx, "float"));
        Assert.Throws<ArgumentException>(() => TfType.Resource(Ctx, IndexType.Get(Ctx)));
    }

    [Fact]
    public void ReferenceTypesResolveToValueTypes()
    {
        Assert.Same(FloatType.F32(Ctx), TfTypeNames.Dereferenced(Ctx, TfType.Get(Ctx, "f32ref")));
        Assert.Same(IntegerType.Get(Ctx, 8, Signedness.Unsigned), TfTypeNames.Dereferenced(Ctx, TfType.Get(Ctx, "uint8ref")));
        Assert.Same(TfType.String(Ctx), TfTypeNames.Dereferenced(Ctx, TfType.Get(Ctx, "stringref")));
        Assert.Same(TfType.Resource(Ctx), TfTypeNames.Dereferenced(Ctx, TfType.Get(Ctx, "resourceref")));
        Assert.True(TfType.Get(Ctx, "f32ref").IsRef);
        Assert.False(TfType.Resource(Ctx).IsRef);
    }

    [Fact]
    public void CastCompatibilityRefinesShapesAndSubtypes()
    {
        var f32 = FloatType.F32(Ctx);
        Assert.Same(T(f32, 2, 3), TfTypeUtil.CastCompatibleType(Ctx, T(f32, 2, ShapedType.Dynamic), T(f32, ShapedType.Dynamic, 3)));
        Assert.Same(T(f32, 4), TfTypeUtil.CastCompatibleType(Ctx, UnrankedTensorType.Get(Ctx, f32), T(f32, 4)));
        Assert.Null(TfTypeUtil.CastCompatibleType(Ctx, T(f32, 2), T(f32, 3)));
        Assert.Null(TfTypeUtil.CastCompatibleType(Ctx, T(f32, 2), T(FloatType.F16(Ctx), 2)));
        var sub = T(f32, 6);
        Assert.Same(T(TfType.Resource(Ctx, sub)), TfTypeUtil.CastCompatibleType(Ctx, T(TfType.Resource(Ctx)), T(TfType.Resource(Ctx, sub))));
        Assert.True(TfTypeUtil.AreCastCompatible(Ctx, [T(TfType.Variant(Ctx, sub)), T(TfType.Variant(Ctx, T(f32, 7)))]));
    }

    [Fact]
    public void TfDialectHasNoTypes()
    {
        Assert.Null(MlirParser.TryParseType(Ctx, "!tf.string", out var d));
        Assert.Equal("tf dialect has no types, potentially meant !tf_type.string", d!.Message);
    }
}

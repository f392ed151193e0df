using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Lce.IR;
using Lce.IR.Affine;
using Lce.IR.Numerics;

namespace Lce.Tests.Properties;

/// <summary>Random builtin types for <see cref="RandomIR"/>.</summary>
public sealed partial class RandomIR
{
    // ------------------------------------------------------------------ types

    private static readonly int[] CommonWidths = [1, 2, 3, 7, 8, 16, 17, 32, 64, 65, 128, 129];

    private IntegerType IntType()
    {
        int w = _r.Next(5) switch { 0 => _r.Next(1, 300), 1 => Chance(4) ? _r.Next(300, 5000) : 32, _ => Pick(CommonWidths) };
        var s = _r.Next(3) switch { 0 => Signedness.Signed, 1 => Signedness.Unsigned, _ => Signedness.Signless };
        return IntegerType.Get(_ctx, w, s);
    }

    private FloatType FltType() => FloatType.Get(_ctx, Pick(FloatSemantics.All));

    private IRType Scalar() => _r.Next(5) switch
    {
        0 => IndexType.Get(_ctx),
        1 or 2 => IntType(),
        _ => FltType(),
    };

    private IRType ComplexT() => ComplexType.Get(_ctx, Chance(2) ? IntType() : FltType());

    private VectorType Vector()
    {
        int rank = _r.Next(4);
        var shape = Enumerable.Range(0, rank).Select(_ => (long)_r.Next(1, 6)).ToArray();
        var scalable = Enumerable.Range(0, rank).Select(_ => Chance(3)).ToArray();
        return VectorType.Get(_ctx, shape, Scalar(), scalable);
    }

    private long[] Shape(bool allowDynamic)
    {
        int rank = _r.Next(4);
        return Enumerable.Range(0, rank).Select(_ => allowDynamic && Chance(3) ? ShapedType.Dynamic : _r.Next(0, 6)).ToArray();
    }

    private static readonly string[] OpaqueTypeBodies = [".t", ".pair<i32, f32>", "<\"x y\">", ".s<[1, 2], \"q\">"];

    /// <summary>A type of any builtin kind; <paramref name="depth"/> bounds the nesting.</summary>
    public IRType Type(int depth)
    {
        bool leaf = depth >= 2;
        switch (_r.Next(leaf ? 5 : 14))
        {
            case 0: return IndexType.Get(_ctx);
            case 1: case 2: return IntType();
            case 3: return FltType();
            case 4: return Chance(2) ? NoneType.Get(_ctx) : OpaqueType.Get(_ctx, "tst", Pick(OpaqueTypeBodies));
            case 5: return ComplexT();
            case 6: return TupleType.Get(_ctx, Enumerable.Range(0, _r.Next(4)).Select(_ => Type(depth + 1)).ToList());
            case 7:
                return FunctionType.Get(_ctx,
                    Enumerable.Range(0, _r.Next(3)).Select(_ => Type(depth + 1)).ToList(),
                    Enumerable.Range(0, _r.Next(3)).Select(_ => Type(depth + 1)).ToList());
            case 8:
                return RankedTensorType.Get(_ctx, Shape(true), TensorElement(), Chance(4) ? Attr(depth + 1) : null);
            case 9: return UnrankedTensorType.Get(_ctx, TensorElement());
            case 10: return Vector();
            case 11:
            {
                var shape = Shape(true);
                return MemRefType.Get(_ctx, shape, MemRefElement(), Layout(shape.Length), MemorySpace());
            }
            case 12: return UnrankedMemRefType.Get(_ctx, MemRefElement(), MemorySpace());
            default: return TupleType.Get(_ctx, [Type(depth + 1), Type(depth + 1)]);
        }
    }

    private IRType TensorElement() => _r.Next(6) switch
    {
        0 => ComplexT(),
        1 => Vector(),
        2 => OpaqueType.Get(_ctx, "tst", Pick(OpaqueTypeBodies)),
        _ => Scalar(),
    };

    private IRType MemRefElement() => _r.Next(5) switch { 0 => ComplexT(), 1 => Vector(), _ => Scalar() };

    private IRAttribute? Layout(int rank) => _r.Next(3) switch
    {
        0 => StridedLayoutAttr.Get(_ctx, Chance(3) ? ShapedType.Dynamic : _r.Next(0, 100),
            Enumerable.Range(0, rank).Select(_ => Chance(3) ? ShapedType.Dynamic : (long)_r.Next(1, 50)).ToArray()),
        // A non-identity map (identity layouts are dropped, as in MLIR).
        1 => AffineMapAttr.Get(_ctx, AffineMap.Get(rank, 1,
            Enumerable.Range(0, rank).Select(i => AffineExpr.Dim(i) * 2 + AffineExpr.Symbol(0)).ToList())),
        _ => null,
    };

    private IRAttribute? MemorySpace() => _r.Next(4) switch
    {
        0 => IntegerAttr.Get(_ctx, IntegerType.Get(_ctx, 64), _r.Next(1, 8)),
        1 => StringAttr.Get(_ctx, "gpu"),
        _ => null,
    };
}

using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Lce.IR;
using Lce.IR.Affine;
using Lce.IR.Numerics;

namespace Lce.Tests.Properties;

/// <summary>Random builtin attributes (and the values inside them) for <see cref="RandomIR"/>.</summary>
public sealed partial class RandomIR
{
    // ------------------------------------------------------------------ attributes

    private static readonly string[] AttrNames =
        ["a", "b", "value", "tst.x", "_under", "with space", "0digit", "q\"uote", "x.y.z", "sym_name", "é", "loc"];

    private DictionaryAttr Dict(int n, int depth) =>
        DictionaryAttr.Get(_ctx, Enumerable.Range(0, n).Select(_ => new NamedAttribute(Pick(AttrNames), Attr(depth))).ToList());

    /// <summary>An attribute of any builtin kind; <paramref name="depth"/> bounds the nesting.</summary>
    public IRAttribute Attr(int depth)
    {
        bool leaf = depth >= 3;
        switch (_r.Next(leaf ? 10 : 17))
        {
            case 0: case 1: return IntAttr();
            case 2: case 3: return FloatAttrOf(FltType());
            case 4: return Str();
            case 5: return UnitAttr.Get(_ctx);
            case 6: return SymbolRef();
            case 7: return TypeAttr.Get(_ctx, Type(depth));
            case 8: return AffineMapAttr.Get(_ctx, RandomMap());
            case 9: return Chance(2) ? IntegerSetAttr.Get(_ctx, RandomSet()) : OpaqueAttr.Get(_ctx, "tst", Pick(OpaqueAttrBodies));
            case 10: return ArrayAttr.Get(_ctx, Enumerable.Range(0, _r.Next(4)).Select(_ => NoUntypedHexF64(Attr(depth + 1))).ToList());
            case 11: return Dict(_r.Next(4), depth + 1);
            case 12: case 13: return Dense();
            case 14: return DenseArray();
            case 15: return Loc(depth);
            default:
                return StridedLayoutAttr.Get(_ctx, _r.Next(0, 10), Enumerable.Range(0, _r.Next(3)).Select(_ => (long)_r.Next(1, 9)).ToArray());
        }
    }

    /// <summary>
    /// In arrays the f64 type of a float is elided (as in mlir-opt), and a NaN/infinity prints as
    /// a bare hex literal that reads back as an i64 (pending/F64NanInArrayLosesType.cs.txt), so
    /// those are replaced by a finite value there.
    /// </summary>
    private IRAttribute NoUntypedHexF64(IRAttribute a) =>
        a is FloatAttr { FloatType.Width: 64 } f && ((f.Bits >> 52) & 0x7FF) == 0x7FF ? FloatAttr.Get(_ctx, f.FloatType, -2.5) : a;

    private static readonly string[] OpaqueAttrBodies = [".a", ".b<1, 2>", "<\"payload\">", ".e<[i32, f32]>"];

    private BigInteger RandomInteger(int width, Signedness s)
    {
        var bytes = new byte[(width + 7) / 8 + 1];
        _r.NextBytes(bytes);
        var v = new BigInteger(bytes, isUnsigned: true);
        // Mostly small values, sometimes the extremes, sometimes anything.
        switch (_r.Next(4))
        {
            case 0: v = _r.Next(-3, 4); break;
            case 1: v = Chance(2) ? (BigInteger.One << (width - 1)) : (BigInteger.One << (width - 1)) - 1; break;
        }
        return IntegerAttr.Normalize(IntegerType.Get(_ctx, width, s), v);
    }

    private IntegerAttr IntAttr()
    {
        if (Chance(5)) return IntegerAttr.Get(_ctx, IndexType.Get(_ctx), RandomInteger(64, Signedness.Signless));
        var t = IntType();
        // si1/ui1 attributes print as true/false and come back as i1 (pending/SignedBoolAttrPrintsAsBool.cs.txt).
        if (t.Width == 1) t = IntegerType.Get(_ctx, 1);
        return IntegerAttr.Get(_ctx, t, RandomInteger(t.Width, t.Signedness));
    }

    /// <summary>Random bit patterns, biased towards zeros, infinities/NaNs (all-ones exponent) and denormals.</summary>
    private UInt128 FloatBits(FloatSemantics s)
    {
        // Decimal literals are read through f64, as mlir-opt does, so finite f80/f128 values
        // only round-trip when f64 holds them exactly (see pending/WideFloatDecimalRoundTrip.cs.txt).
        if (s.BitWidth > 64)
        {
            if (!Chance(3)) return FloatAttr.ConvertBits(FloatBits(FloatSemantics.Double), FloatSemantics.Double, s);
            var raw = new byte[16];
            _r.NextBytes(raw);
            var expAllOnes = ((UInt128.One << s.ExponentBits) - 1) << s.StoredSignificandBits;
            return (new UInt128(BitConverter.ToUInt64(raw, 8), BitConverter.ToUInt64(raw, 0)) | expAllOnes) & s.BitMask;
        }

        var bytes = new byte[16];
        _r.NextBytes(bytes);
        UInt128 bits = new(BitConverter.ToUInt64(bytes, 8), BitConverter.ToUInt64(bytes, 0));
        bits &= s.BitMask;
        int m = s.StoredSignificandBits, e = s.ExponentBits;
        UInt128 expMask = e == 0 ? 0 : ((UInt128.One << e) - 1) << m;
        switch (_r.Next(5))
        {
            case 0: bits |= expMask; break;                      // inf / NaN (or the largest finite values)
            case 1: bits &= ~expMask; break;                     // zero exponent: denormals
            case 2: bits &= ~((UInt128.One << m) - 1); if (Chance(2)) bits &= ~expMask; break; // zeros, powers of two
        }
        return bits & s.BitMask;
    }

    private FloatAttr FloatAttrOf(FloatType t) => FloatAttr.FromBits(_ctx, t, FloatBits(t.Semantics));

    private byte[] RandomBytes(int max)
    {
        var b = new byte[_r.Next(max + 1)];
        _r.NextBytes(b);
        if (Chance(2)) for (int i = 0; i < b.Length; i++) b[i] = (byte)Pick("ab\"\\\n\t é{}<>".Select(c => (byte)c).ToArray());
        return b;
    }

    private StringAttr Str() => _r.Next(4) switch
    {
        0 => StringAttr.Get(_ctx, RandomBytes(20), Scalar()),
        1 => StringAttr.Get(_ctx, "plain_text"),
        _ => StringAttr.Get(_ctx, RandomBytes(20)),
    };

    private static readonly string[] SymbolNames = ["f", "main", "a.b", "with space", "0x", "q\"", "$sym", "é"];

    private SymbolRefAttr SymbolRef() =>
        SymbolRefAttr.Get(_ctx, Pick(SymbolNames), Enumerable.Range(0, _r.Next(3)).Select(_ => Pick(SymbolNames)).ToList());

    private AffineMap RandomMap()
    {
        // The parser simplifies, so the map is normalized by one print/parse round first.
        var results = Enumerable.Range(0, _r.Next(0, 4)).Select(_ => Lce.Tests.Affine.RandomAffineExprs.Generate(_r, _r.Next(0, 4)).Build()).ToList();
        var map = AffineMap.Get(Lce.Tests.Affine.RandomAffineExprs.NumDims, Lce.Tests.Affine.RandomAffineExprs.NumSymbols, results);
        for (int i = 0; i < 2; i++) map = AffineParser.ParseMap(map.ToString(), out _, out _) ?? map;
        return map;
    }

    private IntegerSet RandomSet()
    {
        var cs = Enumerable.Range(0, _r.Next(1, 3))
            .Select(_ => new AffineConstraint(Lce.Tests.Affine.RandomAffineExprs.Generate(_r, _r.Next(0, 3)).Build(), Chance(2))).ToList();
        var set = IntegerSet.Get(Lce.Tests.Affine.RandomAffineExprs.NumDims, Lce.Tests.Affine.RandomAffineExprs.NumSymbols, cs);
        for (int i = 0; i < 2; i++) set = AffineParser.ParseSet(set.ToString(), out _, out _) ?? set;
        return set;
    }

    // ------------------------------------------------------------------ dense

    private IRType DenseElement() => _r.Next(8) switch
    {
        0 => IntegerType.Get(_ctx, 1),
        1 => IndexType.Get(_ctx),
        2 => ComplexT(),
        3 or 4 => FltType(),
        _ => SmallIntType(),
    };

    private IntegerType SmallIntType()
    {
        var t = IntType();
        return t.Width > 300 ? IntegerType.Get(_ctx, 32, t.Signedness) : t;
    }

    private ShapedType DenseShape(IRType element)
    {
        long n = _r.Next(4) switch { 0 => _r.Next(101, 300), 1 => _r.Next(0, 3), _ => _r.Next(3, 20) };
        long[] shape = Chance(3) && n % 2 == 0 && n > 0 ? [2, n / 2] : [n];
        if (n > 0 && Chance(4) && element is not ComplexType)
            return VectorType.Get(_ctx, shape, element);
        return RankedTensorType.Get(_ctx, shape, element);
    }

    private void WriteElement(Span<byte> dest, IRType element)
    {
        switch (element)
        {
            case IntegerType { Width: 1 }:
                dest[0] = (byte)_r.Next(2);
                break;
            case IntegerType it:
                WriteLittleEndian(dest, RandomInteger(it.Width, it.Signedness));
                break;
            case IndexType:
                WriteLittleEndian(dest, RandomInteger(64, Signedness.Signless));
                break;
            case FloatType ft:
            {
                var bits = FloatBits(ft.Semantics);
                for (int k = 0; k < dest.Length; k++) { dest[k] = (byte)bits; bits >>= 8; }
                break;
            }
            case ComplexType ct:
                int half = dest.Length / 2;
                WriteElement(dest[..half], ct.ElementType);
                WriteElement(dest[half..], ct.ElementType);
                break;
        }
    }

    private static void WriteLittleEndian(Span<byte> dest, BigInteger v)
    {
        dest.Fill(v.Sign < 0 ? (byte)0xFF : (byte)0);
        var bytes = v.ToByteArray();
        bytes.AsSpan(0, Math.Min(bytes.Length, dest.Length)).CopyTo(dest);
    }

    private ElementsAttr Dense()
    {
        if (Chance(6))
        {
            var st = RankedTensorType.Get(_ctx, [_r.Next(1, 4)], StringTypeLike());
            var values = Chance(2) ? [RandomBytes(8)] : Enumerable.Range(0, (int)st.NumElements).Select(_ => RandomBytes(8)).ToList();
            return DenseStringElementsAttr.Get(_ctx, st, values);
        }
        var element = DenseElement();
        var type = DenseShape(element);
        int ew = DenseElementsAttr.ElementByteWidthOf(element);
        bool splat = type.NumElements > 0 && Chance(3);
        long count = splat ? 1 : type.NumElements;
        var data = new byte[count * ew];
        // Some repetition, so runs and accidental splats are exercised too.
        byte[]? previous = null;
        for (long i = 0; i < count; i++)
        {
            var slot = data.AsSpan((int)(i * ew), ew);
            if (previous is not null && Chance(3)) previous.CopyTo(slot);
            else WriteElement(slot, element);
            previous = slot.ToArray();
        }
        return DenseElementsAttr.FromRaw(_ctx, type, data, splat);
    }

    private IRType StringTypeLike() => OpaqueType.Get(_ctx, "tst", ".string");

    private DenseArrayAttr DenseArray()
    {
        var (t, ew) = _r.Next(7) switch
        {
            0 => ((IRType)IntegerType.Get(_ctx, 1), 1),
            1 => (IntegerType.Get(_ctx, 8), 1),
            2 => (IntegerType.Get(_ctx, 16), 2),
            3 => (IntegerType.Get(_ctx, 32), 4),
            4 => (IntegerType.Get(_ctx, 64), 8),
            5 => (FloatType.F32(_ctx), 4),
            _ => (FloatType.F64(_ctx), 8),
        };
        int n = _r.Next(6);
        var data = new byte[n * ew];
        for (int i = 0; i < n; i++) WriteElement(data.AsSpan(i * ew, ew), t);
        return DenseArrayAttr.Get(_ctx, t, n, data);
    }

    // ------------------------------------------------------------------ locations

    private static readonly string[] FileNames = ["a.mlir", "dir/b.c", "with space", "q\"uote", "é\\x", "-"]; // "" prints as "-", as in mlir-opt

    /// <summary>A location of any kind; <paramref name="depth"/> bounds the nesting.</summary>
    public Location Loc(int depth)
    {
        bool leaf = depth >= 3;
        switch (_r.Next(leaf ? 3 : 6))
        {
            case 0: return UnknownLoc.Get(_ctx);
            case 1: return FileLineColLoc.Get(_ctx, Pick(FileNames), _r.Next(0, 100000), _r.Next(0, 1000));
            case 2:
            {
                int line = _r.Next(1, 100), col = _r.Next(1, 100);
                return _r.Next(3) switch
                {
                    0 => FileLineColLoc.GetRange(_ctx, Pick(FileNames), line, col, line, col + _r.Next(1, 10)),
                    1 => FileLineColLoc.GetRange(_ctx, Pick(FileNames), line, col, line + _r.Next(1, 10), _r.Next(1, 100)),
                    _ => FileLineColLoc.Get(_ctx, Pick(FileNames), line, col),
                };
            }
            case 3: return NameLoc.Get(_ctx, Pick(AttrNames), Chance(2) ? null : Loc(depth + 1));
            case 4: return CallSiteLoc.Get(_ctx, Loc(depth + 1), Loc(depth + 1));
            default:
            {
                // Two or more distinct known locations that are not themselves fused (MLIR
                // canonicalizes the other shapes away).
                var locs = new List<Location>();
                for (int i = 0, n = _r.Next(2, 4); i < n; i++)
                {
                    var l = FileLineColLoc.Get(_ctx, Pick(FileNames), _r.Next(1, 50), _r.Next(1, 50));
                    if (!locs.Contains(l)) locs.Add(l);
                }
                if (Chance(2)) locs.Add(NameLoc.Get(_ctx, "n" + _r.Next(10)));
                if (locs.Count < 2) locs.Add(NameLoc.Get(_ctx, "extra"));
                return FusedLoc.Get(_ctx, locs, Chance(2) ? Attr(depth + 1) : null);
            }
        }
    }
}

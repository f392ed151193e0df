using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.IR.Conversion;

namespace Lce.Transforms.Tfl.LegalizeTf;

/// <summary>
/// LegalizeTF's conversion target. Constants (arith, func, tfl's pseudo/quantized constants and
/// no_value) and tfl.dequantize are legal; with runtime verification a tfl op is legal only when
/// it implements TFL's runtime verification and passes it (so a pattern producing, say, an f64
/// tfl.add is rolled back), otherwise every tfl op is legal. Other ops (tf, func.return, ...) have
/// no legality: the partial conversion converts what it can and leaves the rest.
/// </summary>
public static class LegalizeTfTarget
{
    public static ConversionTarget Create(IRContext ctx, bool runtimeVerification)
    {
        var target = new ConversionTarget(ctx);
        target.AddLegalOp("arith.constant", "func.constant", "tfl.no_value", "tfl.pseudo_const", "tfl.dequantize", "tfl.pseudo_qconst");
        if (runtimeVerification)
            target.AddDynamicallyLegalDialect(op => TflRuntimeVerifier.Implements(op) && TflRuntimeVerifier.Verify(op, emitErrors: false), TflDialect.Name);
        else
            target.AddLegalDialect(TflDialect.Name);
        return target;
    }
}

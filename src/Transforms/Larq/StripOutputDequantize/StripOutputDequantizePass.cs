using Lce.Dialects.Func;
using Lce.IR;
using Lce.IR.Passes;

namespace Lce.Transforms.Larq.StripOutputDequantize;

/// <summary>
/// `lce-strip-output-dequantize` (what LCE's `strip_lcedequantize_ops` does to a flatbuffer, done
/// on the IR): a function result produced by unpacking a bitpacked tensor
/// (<see cref="OutputDequantize"/>) returns the bitpacked `i32` words instead, and the function
/// type follows. Only results change: a dequantize that still has other users stays for them, and
/// a result that is not such a chain is left alone. Each changed result records the channel count
/// it had as `lq.bitpacked_channels` in its result attributes, so a runner can unpack it again.
/// Unlike LCE's script (which drops every output DEQUANTIZE and the tensor with it), a float
/// output that does not come from an LceDequantize keeps its dequantize.
/// </summary>
public sealed class StripOutputDequantizePass : Pass
{
    public const string ChannelsAttrName = "lq.bitpacked_channels";

    public override string Argument => "lce-strip-output-dequantize";
    public override string Name => "StripOutputDequantize";
    public override string Description => "Return bitpacked int32 outputs instead of their LceDequantize (and trailing int8 dequantize)";
    public override string? AnchorName => "func.func";

    protected override void RunOnOperation()
    {
        if (Strip(Operation) == 0) MarkAllAnalysesPreserved();
    }

    /// <summary>Rewrites the function's bitpacked results; returns how many results changed.</summary>
    public static int Strip(Operation func)
    {
        if (FuncOp.IsExternal(func)) return 0;
        var returns = func.GetRegion(0).Blocks
            .Select(b => b.Operations.LastOrDefault())
            .OfType<Operation>()
            .Where(op => op.Name == "func.return")
            .ToList();
        if (returns.Count == 0) return 0;
        var type = FuncOp.Type(func);
        var int8Dequantizes = new List<Operation>();
        var lceDequantizes = new List<Operation>();
        var channels = new Dictionary<int, long?>();
        for (int i = 0; i < type.Results.Count; i++)
        {
            var matches = returns.Select(r => i < r.NumOperands ? OutputDequantize.Match(r.GetOperand(i)) : null).ToList();
            // With several returns (multi-block bodies) every one must agree on the new type.
            if (matches.Any(m => m is null) || matches.Select(m => m!.Bitpacked.Type).Distinct().Count() != 1) continue;
            for (int r = 0; r < returns.Count; r++)
            {
                var m = matches[r]!;
                returns[r].SetOperand(i, m.Bitpacked);
                if (m.Int8Dequantize is not null) int8Dequantizes.Add(m.Int8Dequantize);
                lceDequantizes.Add(m.LceDequantize);
            }
            channels[i] = matches[0]!.Channels;
        }
        if (channels.Count == 0) return 0;
        // The int8 dequantizes go first: they may be the last users of an LceDequantize.
        foreach (var op in int8Dequantizes.Concat(lceDequantizes).Distinct().ToList())
            if (op.UseEmpty) op.Erase();
        UpdateSignature(func, returns[0], channels);
        return channels.Count;
    }

    private static void UpdateSignature(Operation func, Operation ret, Dictionary<int, long?> channels)
    {
        var ctx = func.Context;
        var type = FuncOp.Type(func);
        var results = ret.Operands.Select(v => v.Type).ToArray();
        func.SetProp(FuncOp.FunctionTypeAttrName, TypeAttr.Get(ctx, FunctionType.Get(ctx, type.Inputs, results)));
        if (channels.Values.All(c => c is null)) return;
        var old = func.GetProp(FuncOp.ResAttrsName) as ArrayAttr;
        var dicts = new IRAttribute[results.Length];
        for (int i = 0; i < results.Length; i++)
        {
            var entries = (old?.Elements[i] as DictionaryAttr)?.Entries.Where(e => e.Name != ChannelsAttrName).ToList() ?? [];
            if (channels.TryGetValue(i, out var c) && c is { } count) entries.Add(new NamedAttribute(ChannelsAttrName, IntegerAttr.Get(ctx, 64, count)));
            dicts[i] = DictionaryAttr.Get(ctx, entries);
        }
        func.SetProp(FuncOp.ResAttrsName, ArrayAttr.Get(ctx, dicts));
    }
}

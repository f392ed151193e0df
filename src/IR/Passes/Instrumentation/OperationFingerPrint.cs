using System.Runtime.CompilerServices;

namespace Lce.IR.Passes;

/// <summary>
/// A hash of an op and everything nested in it (MLIR's OperationFingerPrint): identities of ops,
/// blocks and values, names, attributes, properties, locations and types. Equal fingerprints
/// before and after a pass mean the pass changed nothing (--mlir-print-ir-after-change).
/// </summary>
public readonly record struct OperationFingerPrint(ulong Hash)
{
    public static OperationFingerPrint Of(Operation root)
    {
        ulong h = 14695981039346656037UL;
        void Mix(long v) { h ^= (ulong)v; h *= 1099511628211UL; h ^= h >> 29; }
        void Id(object? o) => Mix(o is null ? 0 : RuntimeHelpers.GetHashCode(o));
        void Value(object? o) => Mix(o?.GetHashCode() ?? 0);

        root.Walk(op =>
        {
            Id(op);
            Id(op.ParentOp);
            Mix(op.Name.GetHashCode());
            Value(op.Attributes);
            Value(op.Properties);
            Value(op.OpaqueProperties);
            Value(op.Location);
            foreach (var operand in op.OpOperands) Id(operand.Value);
            foreach (var r in op.Results) { Id(r); Value(r.Type); }
            foreach (var s in op.Successors) Id(s);
            foreach (var region in op.Regions)
                foreach (var block in region.Blocks)
                {
                    Id(block);
                    foreach (var arg in block.Arguments) { Id(arg); Value(arg.Type); Value(arg.Location); }
                }
            return WalkResult.Advance;
        }, WalkOrder.PreOrder);
        return new OperationFingerPrint(h);
    }
}

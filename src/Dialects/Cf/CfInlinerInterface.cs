namespace Lce.Dialects.Cf;

using Lce.IR;

/// <summary>cf ops may be inlined; their branches already name their successors, so inlined cf terminators stay as they are.</summary>
internal sealed class CfInlinerInterface : AllLegalInlinerInterface
{
    public override void HandleTerminator(Operation op, Block newDest) { }
}

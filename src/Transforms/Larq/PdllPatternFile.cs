using System.Runtime.CompilerServices;
using Lce.IR;
using Lce.IR.Rewrite.Pdll;

namespace Lce.Transforms.Larq;

/// <summary>
/// A `.pdll` file embedded next to an LCE pass, with the C# natives it binds: loaded and
/// checked once per IRContext at first use (a load error is a bug in the file and throws
/// <see cref="PdllLoadException"/>).
/// </summary>
internal sealed class PdllPatternFile(string resourceName, NativeRegistry natives)
{
    private readonly ConditionalWeakTable<IRContext, PdllModule> _modules = new();

    /// <summary>The embedded resource name (the path below src/Transforms).</summary>
    public string ResourceName { get; } = resourceName;

    public NativeRegistry Natives { get; } = natives;

    public PdllModule Module(IRContext ctx) =>
        _modules.GetValue(ctx, c => PdllModule.LoadEmbedded(c, typeof(PdllPatternFile).Assembly, ResourceName, Natives));

    /// <summary>Adds every pattern of the file, in source order (LCE's generated populate order).</summary>
    public void AddAll(IR.Rewrite.RewritePatternSet set) => set.Add(Module(set.Context).Patterns);
}

using System.Text;

namespace Lce.IR.Passes;

/// <summary>How a manager treats a pass anchored on another op kind (MLIR's OpPassManager::Nesting).</summary>
public enum PassNesting
{
    /// <summary>Nest a manager for the pass's op kind automatically (mlir-opt's legacy flags).</summary>
    Implicit,
    /// <summary>Adding such a pass is an error (textual pipelines).</summary>
    Explicit,
}

/// <summary>
/// A list of passes anchored on one op kind ("builtin.module", "func.func") or on any op
/// ("any"), as MLIR's <c>OpPassManager</c>. Nested managers are held by
/// <see cref="OpToOpPassAdaptor"/> passes, which run them on matching child ops.
/// </summary>
public class OpPassManager
{
    public const string AnyOpAnchorName = "any";

    private readonly List<Pass> _passes = new();

    /// <summary>A manager for <paramref name="anchor"/> ("any" for an op-agnostic manager).</summary>
    public OpPassManager(string anchor = AnyOpAnchorName, PassNesting nesting = PassNesting.Explicit)
    {
        OpName = anchor == AnyOpAnchorName ? null : anchor;
        Nesting = nesting;
    }

    /// <summary>The anchor op name, or null for an op-agnostic manager.</summary>
    public string? OpName { get; private set; }

    /// <summary>The op name, or "any".</summary>
    public string OpAnchorName => OpName ?? AnyOpAnchorName;

    public PassNesting Nesting { get; set; }

    public IReadOnlyList<Pass> Passes => _passes;
    public int Count => _passes.Count;

    internal int InitializationGeneration { get; set; }

    /// <summary>Adds a manager for <paramref name="opName"/> nested under this one and returns it.</summary>
    public OpPassManager Nest(string opName) => Nest(new OpPassManager(opName, Nesting));

    /// <summary>Adds an op-agnostic nested manager.</summary>
    public OpPassManager NestAny() => Nest(new OpPassManager(AnyOpAnchorName, Nesting));

    private OpPassManager Nest(OpPassManager nested)
    {
        var adaptor = new OpToOpPassAdaptor(nested);
        AddPass(adaptor);
        return nested;
    }

    /// <summary>
    /// Appends a pass. A pass anchored on another op kind is nested implicitly when
    /// <see cref="Nesting"/> is Implicit; otherwise this is a programming error.
    /// </summary>
    public void AddPass(Pass pass)
    {
        string? passOp = pass is OpToOpPassAdaptor ? null : pass.AnchorName;
        if (OpName is not null && passOp is not null && passOp != OpName)
        {
            if (Nesting == PassNesting.Implicit) { Nest(passOp).AddPass(pass); return; }
            throw new InvalidOperationException(CantAddMessage(pass, passOp));
        }
        _passes.Add(pass);
    }

    internal string CantAddMessage(Pass pass, string passOp) =>
        $"Can't add pass '{pass.Name}' restricted to '{passOp}' on a PassManager intended to run on '{OpAnchorName}', did you intend to nest?";

    public void Clear() => _passes.Clear();

    internal void AddPassUnchecked(Pass pass) => _passes.Add(pass);

    /// <summary>Replaces this manager's anchor and passes with a copy of <paramref name="other"/>'s.</summary>
    public void Assign(OpPassManager other)
    {
        var copy = other.Clone();
        OpName = copy.OpName;
        Nesting = copy.Nesting;
        InitializationGeneration = copy.InitializationGeneration;
        _passes.Clear();
        _passes.AddRange(copy._passes);
    }

    /// <summary>A deep copy; each copied pass remembers its original as <see cref="Pass.ThreadingSibling"/>.</summary>
    public OpPassManager Clone()
    {
        var copy = new OpPassManager(OpAnchorName, Nesting) { InitializationGeneration = InitializationGeneration };
        foreach (var p in _passes)
        {
            var c = p.Clone();
            c.ThreadingSibling = p;
            copy._passes.Add(c);
        }
        return copy;
    }

    /// <summary>
    /// `anchor(pass1,pass2{opt=v},nested(...))`; with <paramref name="pretty"/> one element per
    /// line, indented by two spaces per level as --dump-pass-pipeline prints it.
    /// </summary>
    public void PrintAsTextualPipeline(StringBuilder sb, bool pretty = false, int indent = 0)
    {
        sb.Append(OpAnchorName).Append('(');
        if (pretty) sb.Append('\n');
        int inner = indent + 2;
        for (int i = 0; i < _passes.Count; i++)
        {
            if (i > 0) sb.Append(pretty ? ",\n" : ",");
            if (pretty) sb.Append(' ', inner);
            _passes[i].PrintAsTextualPipeline(sb, pretty, inner);
        }
        if (pretty) sb.Append('\n').Append(' ', indent);
        sb.Append(')');
    }

    public string ToTextualPipeline(bool pretty = false)
    {
        var sb = new StringBuilder();
        PrintAsTextualPipeline(sb, pretty);
        return sb.ToString();
    }

    public override string ToString() => ToTextualPipeline();

    /// <summary>
    /// Merges adjacent adaptors (so `func.func(a),func.func(b)` runs as `func.func(a,b)`) and
    /// checks that every pass can run on this manager's anchor; errors become diagnostics.
    /// </summary>
    internal bool FinalizePassList(IRContext ctx)
    {
        OpToOpPassAdaptor? last = null;
        for (int i = 0; i < _passes.Count; i++)
        {
            if (_passes[i] is OpToOpPassAdaptor current)
            {
                if (last is null) { last = current; continue; }
                if (current.TryMergeInto(ctx, last)) { _passes[i] = null!; }
                else last = current;
            }
            else if (last is not null)
            {
                if (!last.FinalizeManagers(ctx)) return false;
                last = null;
            }
        }
        if (last is not null && !last.FinalizeManagers(ctx)) return false;
        _passes.RemoveAll(p => p is null);

        if (OpName is null) return true;
        var name = ctx.GetOperationName(OpName);
        if (!name.IsRegistered) return true;
        foreach (var pass in _passes)
        {
            if (pass is OpToOpPassAdaptor || pass.CanScheduleOn(name)) continue;
            ctx.Diagnostics.Emit(new Diagnostic(DiagnosticSeverity.Error, UnknownLoc.Get(ctx),
                $"unable to schedule pass '{pass.Name}' on a PassManager intended to run on '{OpAnchorName}'!"));
            return false;
        }
        return true;
    }

    /// <summary>Whether this manager runs on ops of kind <paramref name="name"/> (any-managers need isolated ops all passes accept).</summary>
    internal bool CanScheduleOn(OperationName name)
    {
        if (OpName is not null) return OpName == name.Name;
        if (!name.IsRegistered || !name.HasTrait<Traits.IsolatedFromAbove>()) return false;
        return _passes.All(p => p is OpToOpPassAdaptor || p.CanScheduleOn(name));
    }

    /// <summary>Calls <see cref="Pass.Initialize"/> once per generation on every pass, nested ones included.</summary>
    internal bool Initialize(IRContext ctx, int generation)
    {
        if (InitializationGeneration == generation) return true;
        InitializationGeneration = generation;
        foreach (var pass in _passes)
        {
            if (pass is OpToOpPassAdaptor adaptor)
            {
                foreach (var pm in adaptor.Managers)
                    if (!pm.Initialize(ctx, generation)) return false;
            }
            else if (!pass.Initialize(ctx)) return false;
        }
        return true;
    }

    /// <summary>Runs this pipeline on <paramref name="op"/> outside any pass manager (verification on, no instrumentation).</summary>
    internal bool RunStandalone(Operation op)
    {
        if (!FinalizePassList(op.Context)) return false;
        if (!Initialize(op.Context, InitializationGeneration + 1)) return false;
        var execution = new PassExecution(new PassRunSettings(VerifyPasses: true, Threading: false, null));
        return execution.RunPipeline(this, op);
    }
}

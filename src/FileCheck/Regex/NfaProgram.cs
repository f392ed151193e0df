namespace Lce.FileCheck.Regex;

internal enum NfaOp : byte
{
    /// <summary>Consume one byte in <see cref="NfaInstruction.Set"/>.</summary>
    Char,
    /// <summary>Epsilon fork to Next and Alt.</summary>
    Split,
    /// <summary>Epsilon to Next.</summary>
    Jump,
    /// <summary>Epsilon that records a capture boundary (only used by the submatch passes).</summary>
    Save,
    /// <summary>Zero-width '^'.</summary>
    AssertLineStart,
    /// <summary>Zero-width '$'.</summary>
    AssertLineEnd,
    Match,
}

internal struct NfaInstruction
{
    public NfaOp Op;
    public int Next;
    public int Alt;
    public CharSet? Set;
}

/// <summary>
/// Thompson NFA of a regex without back-references. Used only to answer "which end
/// positions are reachable" (the overall match is leftmost-longest, so priorities
/// between alternatives do not matter here).
/// </summary>
internal sealed class NfaProgram
{
    public List<NfaInstruction> Code { get; } = [];
    public int Start { get; set; }

    /// <summary>True when some consuming state accepts '\n', so a match may span lines.</summary>
    public bool CanMatchNewline { get; private set; }

    public int Emit(NfaOp op, CharSet? set = null)
    {
        Code.Add(new NfaInstruction { Op = op, Next = -1, Alt = -1, Set = set });
        if (op == NfaOp.Char && set!.Contains('\n')) CanMatchNewline = true;
        return Code.Count - 1;
    }

    public void SetNext(int pc, int next) { var i = Code[pc]; i.Next = next; Code[pc] = i; }
    public void SetAlt(int pc, int alt) { var i = Code[pc]; i.Alt = alt; Code[pc] = i; }
}

/// <summary>Builds an <see cref="NfaProgram"/> from the AST (Thompson construction).</summary>
internal static class NfaCompiler
{
    /// <summary>A compiled fragment: entry pc and the list of dangling exits to patch.</summary>
    private readonly record struct Fragment(int Entry, List<(int Pc, bool IsAlt)> Exits);

    public static NfaProgram Compile(RegexNode root)
    {
        var prog = new NfaProgram();
        var frag = Build(prog, root);
        int match = prog.Emit(NfaOp.Match);
        Patch(prog, frag, match);
        prog.Start = frag.Entry;
        return prog;
    }

    private static void Patch(NfaProgram prog, Fragment f, int target)
    {
        foreach (var (pc, isAlt) in f.Exits)
            if (isAlt) prog.SetAlt(pc, target); else prog.SetNext(pc, target);
    }

    private static Fragment Single(NfaProgram prog, NfaOp op, CharSet? set = null)
    {
        int pc = prog.Emit(op, set);
        return new Fragment(pc, [(pc, false)]);
    }

    private static Fragment Build(NfaProgram prog, RegexNode? node)
    {
        switch (node)
        {
            case null:
                return Single(prog, NfaOp.Jump);
            case CharClassNode c:
                return Single(prog, NfaOp.Char, c.Set);
            case AnchorNode a:
                return Single(prog, a.AtStart ? NfaOp.AssertLineStart : NfaOp.AssertLineEnd);
            case GroupNode g:
                return Build(prog, g.Body);
            case BackrefNode:
                throw new InvalidOperationException("back-references are matched by the backtracking engine");
            case ConcatNode cat:
            {
                Fragment first = Build(prog, cat.Items[0]);
                Fragment last = first;
                for (int i = 1; i < cat.Items.Count; i++)
                {
                    var next = Build(prog, cat.Items[i]);
                    Patch(prog, last, next.Entry);
                    last = next;
                }
                return new Fragment(first.Entry, last.Exits);
            }
            case AlternationNode alt:
            {
                var exits = new List<(int, bool)>();
                int entry = -1, prevSplit = -1;
                for (int i = 0; i < alt.Branches.Count; i++)
                {
                    var b = Build(prog, alt.Branches[i]);
                    exits.AddRange(b.Exits);
                    if (i == alt.Branches.Count - 1)
                    {
                        if (prevSplit >= 0) prog.SetAlt(prevSplit, b.Entry); else entry = b.Entry;
                        break;
                    }
                    int split = prog.Emit(NfaOp.Split);
                    prog.SetNext(split, b.Entry);
                    if (prevSplit >= 0) prog.SetAlt(prevSplit, split); else entry = split;
                    prevSplit = split;
                }
                return new Fragment(entry, exits);
            }
            case RepeatNode r:
                return BuildRepeat(prog, r);
            default:
                throw new InvalidOperationException("unknown regex node");
        }
    }

    private static Fragment BuildRepeat(NfaProgram prog, RepeatNode r)
    {
        // Expand {m,n} into m mandatory copies followed by optional copies (or a loop).
        int entry = -1;
        List<(int, bool)>? pending = null;
        void Append(Fragment f)
        {
            if (pending is null) entry = f.Entry; else foreach (var (pc, isAlt) in pending) { if (isAlt) prog.SetAlt(pc, f.Entry); else prog.SetNext(pc, f.Entry); }
            pending = f.Exits;
        }
        for (int i = 0; i < r.Min; i++) Append(Build(prog, r.Body));
        if (r.Max < 0)
        {
            int split = prog.Emit(NfaOp.Split);
            var body = Build(prog, r.Body);
            prog.SetNext(split, body.Entry);
            Patch(prog, body, split);
            Append(new Fragment(split, [(split, true)]));
        }
        else
        {
            var optionalExits = new List<(int, bool)>();
            for (int i = r.Min; i < r.Max; i++)
            {
                int split = prog.Emit(NfaOp.Split);
                var body = Build(prog, r.Body);
                prog.SetNext(split, body.Entry);
                optionalExits.Add((split, true));
                Append(new Fragment(split, body.Exits));
            }
            if (pending is null)
            {
                var empty = Single(prog, NfaOp.Jump);
                Append(empty);
            }
            pending!.AddRange(optionalExits);
        }
        return new Fragment(entry, pending!);
    }
}

namespace Lce.FileCheck.Regex;

/// <summary>
/// Subset construction done on demand over an <see cref="NfaProgram"/>. Each DFA state is a
/// set of NFA pcs plus whether its position is at a line start; '$' assertions stay
/// pending in the set until the next byte (or the subject end) is known. Runs anchored at
/// one start position and reports the longest accepted end, which is all leftmost-longest
/// search needs.
/// </summary>
internal sealed class LazyDfa
{
    private const int Unknown = -1;
    public const int Dead = 0;
    private const int MaxStates = 4096;

    private sealed class State(int[] pcs, bool atLineStart)
    {
        public readonly int[] Pcs = pcs;
        public readonly bool AtLineStart = atLineStart;
        public readonly int[] Next = CreateNext();
        public bool AcceptAtLineEnd;
        public bool AcceptElsewhere;

        private static int[] CreateNext() { var a = new int[256]; Array.Fill(a, Unknown); return a; }
    }

    private readonly NfaProgram _prog;
    private readonly List<State> _states = [];
    private readonly Dictionary<string, int> _index = [];
    private readonly int[] _initial = new int[2];
    private readonly HashSet<int> _scratch = [];
    private readonly Stack<int> _stack = new();

    public LazyDfa(NfaProgram prog)
    {
        _prog = prog;
        Reset();
    }

    private void Reset()
    {
        _states.Clear();
        _index.Clear();
        _states.Add(new State([], false)); // dead state
        for (int b = 0; b < 2; b++)
        {
            _scratch.Clear();
            Close(_prog.Start, b == 1, null);
            _initial[b] = Intern(b == 1);
        }
    }

    public int Initial(bool atLineStart) => _initial[atLineStart ? 1 : 0];

    public bool Accepts(int state, bool atLineEnd)
    {
        var s = _states[state];
        return atLineEnd ? s.AcceptAtLineEnd : s.AcceptElsewhere;
    }

    public int Step(int state, char c)
    {
        if (c > 255) return Dead;
        int next = _states[state].Next[c];
        if (next != Unknown) return next;
        if (_states.Count > MaxStates)
        {
            // Keep memory bounded on pathological patterns: rebuild from scratch.
            var pcs = _states[state].Pcs;
            bool bol = _states[state].AtLineStart;
            Reset();
            _scratch.Clear();
            foreach (var pc in pcs) _scratch.Add(pc);
            state = Intern(bol);
        }
        next = Compute(state, c);
        _states[state].Next[c] = next;
        return next;
    }

    private int Compute(int state, char c)
    {
        var from = _states[state];
        bool eol = c == '\n';
        var expanded = Expand(from.Pcs, from.AtLineStart, eol);
        _scratch.Clear();
        foreach (var pc in expanded)
        {
            var ins = _prog.Code[pc];
            if (ins.Op == NfaOp.Char && ins.Set!.Contains(c)) Close(ins.Next, eol, null);
        }
        return _scratch.Count == 0 ? Dead : Intern(eol);
    }

    /// <summary>The members of a state once the '$' assertions can be decided.</summary>
    private List<int> Expand(int[] pcs, bool bol, bool eol)
    {
        _scratch.Clear();
        foreach (var pc in pcs) Close(pc, bol, eol);
        return [.. _scratch];
    }

    /// <summary>Epsilon closure into <see cref="_scratch"/>; a null <paramref name="eol"/> keeps '$' pending.</summary>
    private void Close(int startPc, bool bol, bool? eol)
    {
        _stack.Push(startPc);
        while (_stack.Count > 0)
        {
            int pc = _stack.Pop();
            var ins = _prog.Code[pc];
            switch (ins.Op)
            {
                case NfaOp.Split:
                    if (!_scratch.Add(pc)) break;
                    _stack.Push(ins.Alt);
                    _stack.Push(ins.Next);
                    break;
                case NfaOp.Jump or NfaOp.Save:
                    if (_scratch.Add(pc)) _stack.Push(ins.Next);
                    break;
                case NfaOp.AssertLineStart:
                    if (bol && _scratch.Add(pc)) _stack.Push(ins.Next);
                    break;
                case NfaOp.AssertLineEnd:
                    if (eol is null) _scratch.Add(pc);
                    else if (eol.Value && _scratch.Add(pc)) _stack.Push(ins.Next);
                    break;
                default:
                    _scratch.Add(pc);
                    break;
            }
        }
    }

    private int Intern(bool atLineStart)
    {
        // Only consuming states, Match and pending '$' matter for identity.
        var core = _scratch.Where(pc => _prog.Code[pc].Op is NfaOp.Char or NfaOp.Match or NfaOp.AssertLineEnd)
            .OrderBy(pc => pc).ToArray();
        if (core.Length == 0) return Dead;
        string key = (atLineStart ? "B" : "M") + string.Join(',', core);
        if (_index.TryGetValue(key, out int existing)) return existing;
        var state = new State(core, atLineStart);
        state.AcceptAtLineEnd = Expand(core, atLineStart, true).Any(pc => _prog.Code[pc].Op == NfaOp.Match);
        state.AcceptElsewhere = Expand(core, atLineStart, false).Any(pc => _prog.Code[pc].Op == NfaOp.Match);
        _states.Add(state);
        _index[key] = _states.Count - 1;
        return _states.Count - 1;
    }

    /// <summary>
    /// Longest end of a match anchored at <paramref name="start"/>, or -1.
    /// <paramref name="subjectStart"/> counts as a line start ('^' matches there, as with REG_STARTEND).
    /// </summary>
    public int LongestMatchEnd(string text, int start, int end, int subjectStart)
    {
        int state = Initial(start == subjectStart || text[start - 1] == '\n');
        int last = -1;
        for (int i = start; ; i++)
        {
            bool atLineEnd = i == end || text[i] == '\n';
            if (Accepts(state, atLineEnd)) last = i;
            if (i == end) break;
            state = Step(state, text[i]);
            if (state == Dead) break;
        }
        return last;
    }
}

namespace Lce.FileCheck.Regex;

/// <summary>
/// Direct simulation of an <see cref="NfaProgram"/> anchored at one start position,
/// returning the longest accepted end. Unlike <see cref="LazyDfa"/> it needs no warm-up,
/// which makes it the cheaper choice for the many patterns FileCheck uses once on a
/// short stretch of input. Both line anchors can be decided on the spot because the
/// bytes on either side of every position are known.
/// </summary>
internal sealed class NfaSimulator
{
    private readonly NfaProgram _prog;
    private readonly NfaInstruction[] _code;
    private int[] _current, _next;
    private int _currentCount, _nextCount;
    private readonly int[] _mark;
    private int _generation;
    private readonly int[] _stack;

    public NfaSimulator(NfaProgram prog)
    {
        _prog = prog;
        _code = [.. prog.Code];
        _current = new int[_code.Length];
        _next = new int[_code.Length];
        _mark = new int[_code.Length];
        _stack = new int[_code.Length * 2 + 2];
    }

    /// <summary>Total bytes stepped so far; callers switch to a DFA once this gets large.</summary>
    public long StepsTaken { get; private set; }

    public int LongestMatchEnd(string text, int start, int end, int subjectStart)
    {
        _generation++;
        _nextCount = 0;
        AddClosure(_prog.Start, text, start, end, subjectStart);
        (_current, _next) = (_next, _current);
        _currentCount = _nextCount;
        int last = -1;
        for (int i = start; ; i++)
        {
            bool matched = false;
            for (int k = 0; k < _currentCount; k++)
                if (_code[_current[k]].Op == NfaOp.Match) { matched = true; break; }
            if (matched) last = i;
            if (i == end || _currentCount == 0) break;
            char c = text[i];
            _generation++;
            _nextCount = 0;
            StepsTaken++;
            for (int k = 0; k < _currentCount; k++)
            {
                ref var ins = ref _code[_current[k]];
                if (ins.Op == NfaOp.Char && c < 256 && ins.Set!.Contains(c))
                    AddClosure(ins.Next, text, i + 1, end, subjectStart);
            }
            (_current, _next) = (_next, _current);
            _currentCount = _nextCount;
        }
        return last;
    }

    /// <summary>Adds the epsilon closure of <paramref name="pc"/> at position <paramref name="pos"/> to the next set.</summary>
    private void AddClosure(int pc, string text, int pos, int end, int subjectStart)
    {
        int sp = 0;
        _stack[sp++] = pc;
        while (sp > 0)
        {
            int p = _stack[--sp];
            if (_mark[p] == _generation) continue;
            _mark[p] = _generation;
            ref var ins = ref _code[p];
            switch (ins.Op)
            {
                case NfaOp.Split:
                    _stack[sp++] = ins.Alt;
                    _stack[sp++] = ins.Next;
                    break;
                case NfaOp.Jump or NfaOp.Save:
                    _stack[sp++] = ins.Next;
                    break;
                case NfaOp.AssertLineStart:
                    if (pos == subjectStart || text[pos - 1] == '\n') _stack[sp++] = ins.Next;
                    break;
                case NfaOp.AssertLineEnd:
                    if (pos == end || text[pos] == '\n') _stack[sp++] = ins.Next;
                    break;
                default:
                    _next[_nextCount++] = p;
                    break;
            }
        }
    }

    /// <summary>Bytes that can start a non-empty match, and whether the empty string can match.</summary>
    public static (CharSet FirstBytes, bool CanMatchEmpty) Analyze(NfaProgram prog)
    {
        var first = new CharSet();
        bool empty = false;
        var seen = new HashSet<int>();
        var stack = new Stack<int>();
        stack.Push(prog.Start);
        while (stack.Count > 0)
        {
            int p = stack.Pop();
            if (!seen.Add(p)) continue;
            var ins = prog.Code[p];
            switch (ins.Op)
            {
                case NfaOp.Split: stack.Push(ins.Next); stack.Push(ins.Alt); break;
                case NfaOp.Jump or NfaOp.Save or NfaOp.AssertLineStart or NfaOp.AssertLineEnd: stack.Push(ins.Next); break;
                case NfaOp.Char: first.UnionWith(ins.Set!); break;
                case NfaOp.Match: empty = true; break;
            }
        }
        return (first, empty);
    }
}

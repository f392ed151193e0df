using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary>
/// The line that fills large generic-form files, `%r = "dialect.op"(%a, %b) {attrs} : (types) -&gt; type`,
/// read straight from the text when its attribute dictionary and function type were parsed
/// before with the very same text (ParserSession caches both): no token is made for it. The
/// line is only taken when everything about it is plain: one result or none, operands without
/// `#N`, no properties, successors or regions, no trailing `loc(...)`, counts that match and an
/// op the context accepts. Anything else is left, untouched, to <see cref="ParseOperation"/>,
/// so results and messages are those of the token parser. Locations are computed from the
/// source index only when a message needs them.
/// </summary>
internal sealed partial class OperationParser
{
    private readonly List<(string Name, int Index)> _plainOperands = new();
    private readonly List<Value> _plainValues = new();

    /// <summary>Parses the next operation into <paramref name="block"/>, from the text when its line is plain.</summary>
    public void ParseNextOperation(Block block)
    {
        if (!TryParsePlainOperation(block)) ParseOperation(block);
    }

    /// <summary>Parses one plain line into <paramref name="block"/>; false, with nothing consumed, when the line is not plain.</summary>
    private bool TryParsePlainOperation(Block block)
    {
        if (!s.Tokens.CanSkip) return false;
        var first = s.Peek;
        if (first.Type is not (G.MlirLexer.PERCENT_ID or G.MlirLexer.STRING)) return false;
        var t = s.Buffer.Text;
        int i = first.StartIndex;

        int resultStart = -1, resultEnd = -1;
        if (first.Type == G.MlirLexer.PERCENT_ID)
        {
            resultStart = i;
            resultEnd = SourceScan.SsaNameEnd(t, i);
            if (resultEnd < 0) return false;
            i = SourceScan.Spaces(t, resultEnd);
            if (i >= t.Length || t[i] != '=') return false;
            i = SourceScan.Spaces(t, i + 1);
        }

        int nameStart = i;
        int nameEnd = SourceScan.PlainStringEnd(t, i);
        if (nameEnd < 0 || nameEnd >= t.Length || t[nameEnd] != '(') return false;

        _plainOperands.Clear();
        i = SourceScan.Spaces(t, nameEnd + 1);
        if (i < t.Length && t[i] == ')') i++;
        else
        {
            while (true)
            {
                int end = SourceScan.SsaNameEnd(t, i);
                if (end < 0) return false;
                _plainOperands.Add((s.Names.Intern(t.AsSpan(i + 1, end - i - 1)), i));
                i = SourceScan.Spaces(t, end);
                if (i >= t.Length) return false;
                if (t[i] == ')') { i++; break; }
                if (t[i] != ',') return false;
                i = SourceScan.Spaces(t, i + 1);
            }
        }

        i = SourceScan.Spaces(t, i);
        DictionaryAttr? attributes = null;
        if (i < t.Length && t[i] == '{')
        {
            attributes = s.CachedDictionaryAt(i, out int dictEnd);
            if (attributes is null) return false;
            i = SourceScan.Spaces(t, dictEnd);
        }
        if (i >= t.Length || t[i] != ':') return false;
        i = SourceScan.Spaces(t, i + 1);
        var fnType = s.CachedFunctionTypeAt(i, out int lineEnd);
        if (fnType is null
            || fnType.Inputs.Count != _plainOperands.Count
            || fnType.Results.Count != (resultStart < 0 ? 0 : 1)
            || SourceScan.TrailerFollows(t, lineEnd))
            return false;

        var opName = Ctx.GetOperationName(s.Names.Intern(t.AsSpan(nameStart + 1, nameEnd - nameStart - 2)));
        if (!opName.IsRegistered && !Ctx.AllowUnregisteredDialects) return false;

        // Committed: from here on a failure is an error of this line, as on the token path.
        var loc = s.Buffer.LocOnLine(first.Line, first.StartIndex - first.Column, nameStart);
        _plainValues.Clear();
        for (int k = 0; k < _plainOperands.Count; k++)
            _plainValues.Add(_values.Resolve(_plainOperands[k].Name, 0, fnType.Inputs[k], _plainOperands[k].Index));
        var op = Operation.Create(Ctx, opName, loc, _plainValues, fnType.Results, attributes ?? DictionaryAttr.Empty(Ctx));
        if (resultStart >= 0)
            _values.Define(s.Names.Intern(t.AsSpan(resultStart + 1, resultEnd - resultStart - 1)), 0, op.GetResult(0), resultStart);
        block.Append(op);
        s.Tokens.SkipTo(lineEnd);
        return true;
    }
}

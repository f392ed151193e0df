using Antlr4.Runtime;
using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary>
/// Hand-written recursive descent for operations, blocks and regions over the session's token
/// stream; types, attributes and locations are delegated to the generated rules. Also the
/// <see cref="IOpAsmParser"/> given to custom-syntax hooks (OperationParser.Custom.cs).
/// </summary>
internal sealed partial class OperationParser
{
    private readonly ParserSession s;
    private readonly ValueScopes _values;
    private readonly List<BlockScope> _blocks = new();
    /// <summary>Ops whose regions are being parsed, innermost last (for default dialects and isolation).</summary>
    private readonly List<OperationName> _enclosing = new();
    // Parallel to _enclosing: whether that op was written in generic form, whose regions keep the
    // enclosing default dialect (MLIR pushes a default dialect only for custom-form ops).
    private readonly List<bool> _enclosingIsGeneric = new();
    private int _regionDepth;
    /// <summary>Scratch lists reused across operations (a stack, as operations nest through regions).</summary>
    private readonly Stack<List<ResultGroup>> _resultPool = new();
    private readonly Stack<List<OperandToken>> _operandPool = new();

    public OperationParser(ParserSession session)
    {
        s = session;
        _values = new ValueScopes(session);
    }

    private IRContext Ctx => s.Context;

    /// <summary>A result group being bound: `%name` or `%name:count`.</summary>
    private readonly record struct ResultGroup(string Name, int Count, IToken Token);

    /// <summary>Parses one operation (results, generic or custom form, trailing location) and appends it to <paramref name="block"/>.</summary>
    public Operation ParseOperation(Block block)
    {
        var start = s.Peek;
        List<ResultGroup>? results = null;
        if (s.PeekType == G.MlirLexer.PERCENT_ID)
        {
            results = _resultPool.TryPop(out var pooled) ? pooled : new List<ResultGroup>(1);
            do
            {
                if (s.PeekType != G.MlirLexer.PERCENT_ID) throw s.ErrorExpected("expected valid ssa identifier");
                var tok = s.Next();
                int count = 1;
                if (s.TryConsume(G.MlirLexer.COLON))
                {
                    var n = s.Expect(G.MlirLexer.INT, "expected integer number of results");
                    if (!int.TryParse(s.Span(n), out count) || count < 1) throw s.Error(n, "expected named operation to have at least 1 result");
                }
                results.Add(new ResultGroup(s.Names.Intern(s.Span(tok)[1..]), count, tok));
            } while (s.TryConsume(G.MlirLexer.COMMA));
            s.Expect(G.MlirLexer.EQUAL, "expected '=' after SSA name");
        }

        // The op's implicit location is that of its name, not of its result list (as in MLIR).
        var loc = s.Buffer.LocOf(s.Peek);
        Operation op;
        if (s.PeekType == G.MlirLexer.STRING) op = ParseGenericOperation(loc);
        else if (ParserSession.IsIdentifier(s.PeekType)) op = ParseCustomOperation(loc, results);
        else if (results is null) throw s.ErrorExpected("expected operation name in quotes");
        else throw s.ErrorExpected("expected operation name in quotes");

        if (s.PeekType == G.MlirLexer.KW_LOC) op.Location = s.ParseLocation(l => op.Location = l);

        if (results is not null)
        {
            int total = 0;
            foreach (var g in results) total += g.Count;
            if (total != op.NumResults)
                throw s.Error(start, $"operation defines {op.NumResults} results but was provided {total} to bind");
            int index = 0;
            foreach (var g in results)
                for (int k = 0; k < g.Count; k++) _values.Define(g.Name, k, op.GetResult(index++), g.Token);
            results.Clear();
            _resultPool.Push(results);
        }
        block.Append(op);
        return op;
    }

    // ---------------------------------------------------------------- generic form
    private Operation ParseGenericOperation(Location loc)
    {
        var nameTok = s.Next();
        var quoted = s.Span(nameTok);
        var body = quoted.Length >= 2 ? quoted[1..^1] : default;
        // Plain ASCII without escapes decodes to itself: intern it without decoding.
        var name = quoted.Length >= 2 && System.Text.Ascii.IsValid(body) && body.IndexOf('\\') < 0
            ? s.Names.Intern(body)
            : s.Names.Intern(StringLiterals.DecodeText(s, nameTok));
        if (name.Length == 0) throw s.Error(nameTok, "empty operation name is invalid");
        var opName = Ctx.GetOperationName(name);
        CheckRegistered(opName);

        var operands = _operandPool.TryPop(out var pooled) ? pooled : new List<OperandToken>();
        if (!TryOperandListText(operands))
        {
            s.Expect(G.MlirLexer.LPAREN, "expected '(' to start operand list");
            if (s.PeekType != G.MlirLexer.RPAREN)
            {
                do operands.Add(ParseOperandToken()); while (s.TryConsume(G.MlirLexer.COMMA));
            }
            s.Expect(G.MlirLexer.RPAREN, "expected ')' to end operand list");
        }

        var state = new OperationState(Ctx, opName, loc);
        if (s.TryConsume(G.MlirLexer.LSQUARE))
        {
            do state.Successors.Add(ParseSuccessorRef()); while (s.TryConsume(G.MlirLexer.COMMA));
            s.Expect(G.MlirLexer.RSQUARE, "expected ']' to end successor list");
        }
        if (s.PeekType == G.MlirLexer.LESS)
        {
            s.Next();
            if (s.PeekType == G.MlirLexer.LBRACE) state.Properties = new List<NamedAttribute>(s.ParseDictionary().Entries);
            else if (!opName.IsRegistered) state.OpaqueProperties = s.ParseAttribute(); // unregistered ops may hold any attribute
            else throw s.ErrorExpected("expected '{' in property dictionary");
            s.Expect(G.MlirLexer.GREATER, "expected '>' to close properties");
        }
        if (s.TryConsume(G.MlirLexer.LPAREN))
        {
            _enclosing.Add(opName);
            _enclosingIsGeneric.Add(true);
            bool isolated = opName.HasTrait<Traits.IsolatedFromAbove>();
            do
            {
                var region = state.AddRegion();
                ParseRegionBody(region, null, isolated);
            } while (s.TryConsume(G.MlirLexer.COMMA));
            _enclosing.RemoveAt(_enclosing.Count - 1);
            _enclosingIsGeneric.RemoveAt(_enclosingIsGeneric.Count - 1);
            s.Expect(G.MlirLexer.RPAREN, "expected ')' to end region list");
        }
        if (s.PeekType == G.MlirLexer.LBRACE)
        {
            if (s.TryCachedDictionaryAttr() is { } dict) state.ParsedAttributes = dict;
            else s.ParseDictionaryFast(state.Attributes);
        }

        s.Expect(G.MlirLexer.COLON, "expected ':' followed by operation type");
        var typeTok = s.Peek;
        var fnType = s.ParseFunctionTypeFast();
        if (fnType.Inputs.Count != operands.Count)
            throw s.Error(typeTok, $"expected {operands.Count} operand type{(operands.Count == 1 ? " " : "s")} but had {fnType.Inputs.Count}");
        for (int i = 0; i < operands.Count; i++)
            state.Operands.Add(_values.Resolve(operands[i].Name, operands[i].Number, fnType.Inputs[i], operands[i].Token));
        state.Types.AddRange(fnType.Results);
        operands.Clear();
        _operandPool.Push(operands);
        return state.Create();
    }

    /// <summary>Rejects ops of unknown dialects unless the context allows them, with MLIR's wording.</summary>
    private void CheckRegistered(OperationName opName)
    {
        if (opName.IsRegistered || Ctx.AllowUnregisteredDialects) return;
        var dialect = Ctx.GetDialect(opName.DialectNamespace);
        if (dialect is null)
            throw s.ErrorExpected("operation being parsed with an unregistered dialect. If this is intended, please use -allow-unregistered-dialect with the MLIR tool used");
        if (dialect.AllowsUnknownOperations) return;
        throw s.ErrorExpected($"unregistered operation '{opName.Name}' found in dialect ('{dialect.Namespace}') that does not allow unknown operations");
    }

    /// <summary>An operand use whose location is only computed if a message needs it.</summary>
    private readonly record struct OperandToken(string Name, int Number, IToken Token);

    /// <summary>`%name` or `%name#N`.</summary>
    private UnresolvedOperand ParseOperandUse()
    {
        var u = ParseOperandToken();
        return new UnresolvedOperand(u.Name, u.Number, s.Buffer.LocOf(u.Token));
    }

    /// <summary>
    /// `(%a, %b)` of plain names on one line, read from the text: the `%` tokens are made exactly
    /// as the lexer would make them and the punctuation is skipped. Anything else (`%x#1`, line
    /// breaks, comments, errors) returns false with nothing consumed, for the token path.
    /// </summary>
    private bool TryOperandListText(List<OperandToken> into)
    {
        if (s.PeekType != G.MlirLexer.LPAREN || !s.Tokens.CanSkip) return false;
        var open = s.Peek;
        var t = s.Buffer.Text;
        int i = open.StartIndex + 1;
        if (i < t.Length && t[i] == ')')
        {
            s.Tokens.SkipTo(i + 1);
            return true;
        }
        while (true)
        {
            if (i >= t.Length || t[i] != '%') break;
            int j = i + 1;
            if (j < t.Length && char.IsAsciiDigit(t[j]))
                while (j < t.Length && char.IsAsciiDigit(t[j])) j++;
            else if (j < t.Length && (char.IsAsciiLetter(t[j]) || t[j] is '$' or '.' or '_' or '-'))
                while (j < t.Length && (char.IsAsciiLetterOrDigit(t[j]) || t[j] is '$' or '.' or '_' or '-')) j++;
            else break;
            int k = j;
            while (k < t.Length && t[k] == ' ') k++;
            if (k >= t.Length || t[k] is not (',' or ')')) break;
            var tok = new SourceToken(s.Lexer, G.MlirLexer.PERCENT_ID, i, j - 1, open.Line, open.Column + (i - open.StartIndex));
            into.Add(new OperandToken(s.Names.Intern(t.AsSpan(i + 1, j - i - 1)), 0, tok));
            if (t[k] == ')')
            {
                s.Tokens.SkipTo(k + 1);
                return true;
            }
            i = k + 1;
            while (i < t.Length && t[i] == ' ') i++;
        }
        into.Clear();
        return false;
    }

    private OperandToken ParseOperandToken()
    {
        if (s.PeekType != G.MlirLexer.PERCENT_ID) throw s.ErrorExpected("expected SSA operand");
        var tok = s.Next();
        int number = 0;
        if (s.PeekType == G.MlirLexer.HASH_ID && s.Peek.StartIndex == tok.StopIndex + 1)
        {
            var hash = s.Next();
            if (!int.TryParse(s.Span(hash)[1..], out number)) throw s.Error(hash, "invalid SSA value result number");
        }
        return new OperandToken(s.Names.Intern(s.Span(tok)[1..]), number, tok);
    }

    private Value Resolve(UnresolvedOperand u, IRType type) => _values.Resolve(u.Name, u.Number, type, u.Location);

    private Block ParseSuccessorRef()
    {
        if (s.PeekType != G.MlirLexer.CARET_ID) throw s.ErrorExpected("expected block name");
        var tok = s.Next();
        if (_blocks.Count == 0) throw s.Error(tok, "branch reference outside of a region");
        return _blocks[^1].Use(s.Names.Intern(s.Span(tok)[1..]), s.Buffer.LocOf(tok));
    }
}

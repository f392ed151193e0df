using G = Lce.IR.Parsing.Generated;

namespace Lce.IR.Parsing;

/// <summary>Custom (pretty) operation syntax: name resolution with default dialects, then the op's hook.</summary>
internal sealed partial class OperationParser
{
    private Location _nameLocation = null!;

    private Operation ParseCustomOperation(Location loc, List<ResultGroup>? results)
    {
        var nameTok = s.Next();
        var text = s.Intern(nameTok);
        var nameLoc = loc; // the caller computed it from this very token
        if (IsUnregisteredBuiltinModule(text)) return ParseFallbackModule(loc);
        var opName = LookupCustomOp(text, nameTok);
        var def = opName.Definition!;

        var state = new OperationState(Ctx, opName, loc);
        var savedName = _nameLocation;
        _nameLocation = nameLoc;
        _enclosing.Add(opName);
        _enclosingIsGeneric.Add(false);
        _pendingResultCount = 0;
        if (results is not null) foreach (var r in results) _pendingResultCount += r.Count;
        try
        {
            if (def.CustomParser is { } hook) hook(this, state);
            else if (def.AssemblyFormat is not null) Parsing.AssemblyFormat.FormatInterpreter.Parse(this, def, state);
            else throw s.Error(nameLoc, $"custom op '{text}' has no custom assembly form");
        }
        catch (ParseErrorException e)
        {
            // A hook that threw its own exception without reporting: report at the current token.
            throw s.ErrorExpected(e.Message);
        }
        finally
        {
            _enclosing.RemoveAt(_enclosing.Count - 1);
            _enclosingIsGeneric.RemoveAt(_enclosingIsGeneric.Count - 1);
            _nameLocation = savedName;
        }
        return state.Create();
    }

    /// <summary>Result count the op is being bound to (`%a, %b = ...`), for hooks that infer it.</summary>
    private int _pendingResultCount;
    public int PendingResultCount => _pendingResultCount;

    private OperationName LookupCustomOp(string text, Antlr4.Runtime.IToken nameTok)
    {
        var direct = Ctx.GetOperationName(text);
        if (direct.IsRegistered) return direct;
        string defaultDialect = CurrentDefaultDialect();
        if (!text.Contains('.') && defaultDialect.Length > 0)
        {
            var prefixed = Ctx.GetOperationName(defaultDialect + "." + text);
            if (prefixed.IsRegistered) return prefixed;
        }
        int dot = text.IndexOf('.');
        if (dot > 0 && Ctx.GetDialect(text[..dot]) is null)
            throw s.Error(nameTok, $"Dialect `{text[..dot]}' not found for custom op '{text}' ");
        var tried = !text.Contains('.') && defaultDialect.Length > 0 ? $" (tried '{defaultDialect}.{text}' as well)" : "";
        throw s.Error(nameTok, $"custom op '{text}' is unknown{tried}");
    }

    /// <summary>
    /// The dialect whose prefix may be omitted here: declared by the innermost enclosing op
    /// (OpDefinition.DefaultDialect), "builtin" at the top level and directly inside a module.
    /// Regions of ops written in generic form inherit the dialect of their surroundings.
    /// </summary>
    private string CurrentDefaultDialect()
    {
        for (int i = _enclosing.Count - 1; i >= 0; i--)
        {
            if (_enclosingIsGeneric[i]) continue;
            var inner = _enclosing[i];
            if (inner.Definition?.DefaultDialect is { } d) return d;
            return inner.Name switch { "builtin.module" => "builtin", "func.func" => "func", _ => "" };
        }
        return "builtin";
    }

    private bool IsUnregisteredBuiltinModule(string text) =>
        (text == "builtin.module" || (text == "module" && CurrentDefaultDialect() == "builtin"))
        && !Ctx.GetOperationName("builtin.module").IsRegistered;

    /// <summary>
    /// `module @name attributes {...} { ... }` when no builtin dialect is registered: the op is still
    /// created by name (isolated from above, like the real one), so files with an explicit module parse.
    /// </summary>
    private Operation ParseFallbackModule(Location loc)
    {
        var state = new OperationState(Ctx, "builtin.module", loc);
        if (ParseOptionalSymbolName() is { } sym) state.AddAttribute("sym_name", StringAttr.Get(Ctx, sym));
        ParseOptionalAttrDictWithKeyword(state.Attributes);
        _enclosing.Add(state.Name);
        _enclosingIsGeneric.Add(false);
        ParseRegionBody(state.AddRegion(), null, isolated: true);
        _enclosing.RemoveAt(_enclosing.Count - 1);
        _enclosingIsGeneric.RemoveAt(_enclosingIsGeneric.Count - 1);
        return state.Create();
    }

    /// <summary>Whether regions parsed now belong to an IsolatedFromAbove op.</summary>
    private bool EnclosingIsIsolated => _enclosing.Count > 0 && _enclosing[^1].HasTrait<Traits.IsolatedFromAbove>();
}

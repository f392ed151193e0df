using System.Globalization;
using System.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using Lce.IR.Rewrite.Pdll.Generated;
using P = Lce.IR.Rewrite.Pdll.Generated.PdllParser;

namespace Lce.IR.Rewrite.Pdll;

/// <summary>Resolves `#include "name"` to the included text; null if it cannot be found.</summary>
public delegate (string Text, string FileName)? PdllIncludeResolver(string includeName, string includingFile);

/// <summary>
/// Parses PDLL text with the ANTLR grammar and builds the syntax tree, splicing in `#include`d
/// PDLL files (each once). `.td` includes are accepted and skipped: op definitions come from the
/// IRContext, which plays the part of the ODS files mlir-pdll would read.
/// </summary>
public sealed class PdllAstBuilder
{
    private readonly PdllDiagnostics _diags;
    private readonly PdllIncludeResolver? _resolver;
    private readonly HashSet<string> _included = new(StringComparer.Ordinal);

    public PdllAstBuilder(PdllDiagnostics diags, PdllIncludeResolver? resolver)
    {
        _diags = diags;
        _resolver = resolver;
    }

    /// <summary>Parses a file; null after a syntax error (already reported).</summary>
    public PdllFile? Parse(string text, string fileName)
    {
        var decls = new List<PdllNode>();
        _included.Add(fileName);
        return ParseInto(text, fileName, decls) ? new PdllFile(decls) : null;
    }

    private bool ParseInto(string text, string file, List<PdllNode> decls)
    {
        P.ModuleContext tree;
        try
        {
            // Cheap SLL prediction first (modules are loaded at start-up, with an empty DFA cache);
            // full LL from the start if that reports an error, so messages are LL's.
            try { tree = ParseModule(text, file, Antlr4.Runtime.Atn.PredictionMode.SLL); }
            catch (PdllSyntaxAbort) { tree = ParseModule(text, file, Antlr4.Runtime.Atn.PredictionMode.LL); }
        }
        catch (PdllSyntaxAbort e)
        {
            _diags.Error(e.Loc, e.Message);
            return false;
        }
        var visitor = new Visitor(file);
        foreach (var top in tree.topLevel())
        {
            if (top.includeDirective() is { } inc)
            {
                if (!Include(inc, file, decls)) return false;
                continue;
            }
            decls.Add(top.patternDecl() is { } p ? visitor.Pattern(p)
                : top.constraintDecl() is { } c ? visitor.Callable(c.name, c.paramList(), c.resultSpec(), c.declBody(), false, c.Start)
                : visitor.Callable(top.rewriteDecl().name, top.rewriteDecl().paramList(), top.rewriteDecl().resultSpec(), top.rewriteDecl().declBody(), true, top.Start));
        }
        return true;
    }

    private static P.ModuleContext ParseModule(string text, string file, Antlr4.Runtime.Atn.PredictionMode mode)
    {
        var lexer = new PdllLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        lexer.AddErrorListener(new PdllLexerErrors(file));
        var parser = new P(new CommonTokenStream(lexer)) { ErrorHandler = new PdllErrorStrategy(file) };
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = mode;
        return parser.module();
    }

    private bool Include(P.IncludeDirectiveContext inc, string file, List<PdllNode> decls)
    {
        var name = Visitor.Unquote(inc.STRING().GetText());
        var loc = Visitor.Loc(file, inc.Start);
        if (name.EndsWith(".td", StringComparison.Ordinal)) return true;
        if (!name.EndsWith(".pdll", StringComparison.Ordinal))
        {
            _diags.Error(loc, "expected include filename to end with `.pdll` or `.td`");
            return false;
        }
        var resolved = _resolver?.Invoke(name, file);
        if (resolved is null)
        {
            _diags.Error(loc, $"unable to open include file `{name}`");
            return false;
        }
        var (text, included) = resolved.Value;
        if (!_included.Add(included)) return true;
        return ParseInto(text, included, decls);
    }

    /// <summary>Builds syntax nodes from parse-tree contexts.</summary>
    private sealed class Visitor(string file)
    {
        public static SourceLoc Loc(string file, IToken t) => new(file, t.Line, t.Column + 1);
        private SourceLoc L(IToken t) => Loc(file, t);
        private SourceLoc L(ParserRuleContext c) => Loc(file, c.Start);

        public PatternDecl Pattern(P.PatternDeclContext c)
        {
            int benefit = 0;
            bool recursion = false;
            foreach (var item in c.patternMetadata()?.metadataItem() ?? [])
            {
                if (item is P.BenefitItemContext b) benefit = int.Parse(b.INTEGER().GetText(), CultureInfo.InvariantCulture);
                else recursion = true;
            }
            var body = c.compoundStmt() is { } compound ? Stmts(compound) : [Statement(c.statement())];
            var nameLoc = c.name is null ? L(c.Start) : L(c.name);
            return new PatternDecl(L(c), c.name?.GetText(), nameLoc, benefit, recursion, body);
        }

        public CallableDecl Callable(P.IdentContext name, P.ParamListContext? ps, P.ResultSpecContext? rs, P.DeclBodyContext body, bool isRewrite, IToken start)
        {
            var parameters = (ps?.param() ?? []).Select(p => new VarDecl(L(p.ident()), p.ident().GetText(), Constraints(p.constraintList()), null)).ToList();
            var results = new List<VarDecl>();
            if (rs is not null)
            {
                if (rs.constraintRef() is { } single) results.Add(new VarDecl(L(single), "", [Constraint(single)], null));
                foreach (var r in rs.resultParam())
                    results.Add(new VarDecl(L(r), r.ident()?.GetText() ?? "", [Constraint(r.constraintRef())], null));
            }
            var (kind, stmts, lambda) = body switch
            {
                P.CompoundBodyContext cb => (CallableBodyKind.Compound, Stmts(cb.compoundStmt()), (Expr?)null),
                P.LambdaBodyContext lb => (CallableBodyKind.Lambda, null, Expr(lb.expr())),
                P.CodeBlockBodyContext => (CallableBodyKind.CodeBlock, null, null),
                _ => (CallableBodyKind.External, (IReadOnlyList<Stmt>?)null, (Expr?)null),
            };
            return new CallableDecl(L(name), isRewrite, name.GetText(), parameters, results, kind, stmts, lambda);
        }

        private IReadOnlyList<ConstraintRef> Constraints(P.ConstraintListContext c) =>
            c.constraintRef().Select(Constraint).ToList();

        private ConstraintRef Constraint(P.ConstraintRefContext c) => c switch
        {
            P.AttrConstraintContext a => new AttrConstraintRef(L(c), a.expr() is { } e ? Expr(e) : null),
            P.OpConstraintContext o => new OpConstraintRef(L(c), o.opName() is { } n ? OpName(n) : null),
            P.TypeConstraintContext => new TypeConstraintRef(L(c), false),
            P.TypeRangeConstraintContext => new TypeConstraintRef(L(c), true),
            P.ValueConstraintContext v => new ValueConstraintRef(L(c), false, v.expr() is { } e ? Expr(e) : null),
            P.ValueRangeConstraintContext v => new ValueConstraintRef(L(c), true, v.expr() is { } e ? Expr(e) : null),
            P.UserConstraintContext u => new UserConstraintRef(L(c), u.ident().GetText()),
            _ => throw new InvalidOperationException("unknown constraint form"),
        };

        private IReadOnlyList<Stmt> Stmts(P.CompoundStmtContext c) => c.statement().Select(Statement).ToList();

        private Stmt Statement(P.StatementContext c) => c switch
        {
            P.LetStmtContext l => new LetStmt(L(c), new VarDecl(L(l.ident()), l.ident().GetText(),
                l.constraintList() is { } cl ? Constraints(cl) : [], l.expr() is { } e ? Expr(e) : null)),
            P.EraseStmtContext e => new EraseStmt(L(c), Expr(e.expr())),
            P.ReplaceListStmtContext r => new ReplaceStmt(L(c), Expr(r.expr(0)), r.expr().Skip(1).Select(Expr).ToList()),
            P.ReplaceStmtContext r => new ReplaceStmt(L(c), Expr(r.expr(0)), [Expr(r.expr(1))]),
            P.RewriteStmtContext r => new RewriteStmt(L(c), Expr(r.expr()), Stmts(r.compoundStmt())),
            P.ReturnStmtContext r => new ReturnStmt(L(c), Expr(r.expr())),
            P.ExprStmtContext e => new ExprStmt(L(c), Expr(e.expr())),
            _ => throw new InvalidOperationException("unknown statement form"),
        };

        public Expr Expr(P.ExprContext c)
        {
            var e = Primary(c.primary());
            foreach (var m in c.memberAccess())
                e = new MemberAccessExpr(L(c), e, m.INTEGER()?.GetText() ?? m.anyIdentifier().GetText());
            return e;
        }

        private Expr Primary(P.PrimaryContext c)
        {
            switch (c)
            {
                case P.OperationExprContext o:
                {
                    var name = o.opName() is { } n ? OpName(n) : null;
                    var nameLoc = o.opName() is { } nn ? L(nn) : L(c);
                    var operands = o.operandList()?.expr().Select(Expr).ToList();
                    var attrs = (o.attrDict()?.attrEntry() ?? []).Select(a => new AttrEntry(L(a),
                        a.STRING() is { } s ? Unquote(s.GetText()) : a.anyIdentifier().GetText(),
                        a.expr() is { } v ? Expr(v) : null)).ToList();
                    var types = o.resultTypes()?.expr().Select(Expr).ToList();
                    return new OperationExpr(L(c), name, nameLoc, operands, attrs, types);
                }
                case P.AttrExprContext a: return new AttrLiteralExpr(L(c), Unquote(a.STRING().GetText()));
                case P.TypeExprContext t: return new TypeLiteralExpr(L(c), Unquote(t.STRING().GetText()));
                case P.NegatedCallExprContext n: return new CallExpr(L(n.ident()), n.ident().GetText(), n.expr().Select(Expr).ToList(), true);
                case P.CallExprContext call: return new CallExpr(L(c), call.ident().GetText(), call.expr().Select(Expr).ToList(), false);
                case P.InlineVarExprContext v:
                    return new InlineVarExpr(L(c), new VarDecl(L(c), v.ident().GetText(), Constraints(v.constraintList()), null));
                case P.DeclRefExprContext d: return new DeclRefExpr(L(c), d.ident().GetText());
                case P.TupleExprContext t:
                {
                    var elems = t.tupleElement();
                    return new TupleExpr(L(c), elems.Select(e => Expr(e.expr())).ToList(), elems.Select(e => e.ident()?.GetText()).ToList());
                }
                default: throw new InvalidOperationException("unknown expression form");
            }
        }

        private static string OpName(P.OpNameContext c) => c.STRING() is { } s ? Unquote(s.GetText()) : c.GetText();

        /// <summary>Decodes a PDLL string literal (C-style escapes).</summary>
        public static string Unquote(string quoted)
        {
            var body = quoted[1..^1];
            if (!body.Contains('\\')) return body;
            var sb = new StringBuilder();
            for (int i = 0; i < body.Length; i++)
            {
                char ch = body[i];
                if (ch != '\\' || i + 1 >= body.Length) { sb.Append(ch); continue; }
                char next = body[++i];
                sb.Append(next switch { 'n' => '\n', 't' => '\t', '"' => '"', '\\' => '\\', _ => next });
            }
            return sb.ToString();
        }
    }
}

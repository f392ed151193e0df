namespace Lce.IR.Rewrite.Pdll;

/// <summary>The names of the ops a pattern's rewrite section creates (RewritePattern.GeneratedOps).</summary>
internal static class GeneratedOps
{
    public static IReadOnlyList<string> Of(PatternDecl pattern)
    {
        var names = new List<string>();
        void Expr(Expr? e)
        {
            switch (e)
            {
                case OperationExpr o:
                    if (o.OpName is not null && !names.Contains(o.OpName)) names.Add(o.OpName);
                    foreach (var x in o.Operands ?? []) Expr(x);
                    foreach (var a in o.Attributes) Expr(a.Value);
                    break;
                case CallExpr c: foreach (var a in c.Args) Expr(a); break;
                case MemberAccessExpr m: Expr(m.Parent); break;
                case TupleExpr t: foreach (var x in t.Elements) Expr(x); break;
            }
        }
        void Stmts(IEnumerable<Stmt> stmts)
        {
            foreach (var s in stmts)
                switch (s)
                {
                    case LetStmt l: Expr(l.Variable.Init); break;
                    case ReplaceStmt r: foreach (var v in r.Values) Expr(v); break;
                    case RewriteStmt rw: Stmts(rw.Body); break;
                    case ExprStmt es: Expr(es.Expr); break;
                }
        }
        var terminal = pattern.Body[^1];
        if (terminal is ReplaceStmt or RewriteStmt) Stmts([terminal]);
        return names;
    }
}

using Lce.FileCheck.Checks;
using Lce.FileCheck.Patterns;
using Lce.FileCheck.Text;

namespace Lce.FileCheck.Matching;

/// <summary>
/// Prints the outcome of each search the way LLVM FileCheck does (errors, remarks with -v,
/// "scanning from here", substitution and capture notes, fuzzy "possible intended match")
/// and records <see cref="InputDiag"/>s for the input dump when one will be printed.
/// </summary>
internal sealed class MatchReporter(SourceFile input, DiagnosticPrinter printer, List<InputDiag>? diags, bool verbose, bool verboseVerbose)
{
    public List<InputDiag>? Diags { get; } = diags;
    public DiagnosticPrinter Printer { get; } = printer;
    public SourceFile Input { get; } = input;

    public void Record(InputMatchType type, Pattern p, int start, int end, string note = "") =>
        Diags?.Add(new InputDiag(p.Type, p.File, p.Loc, type, start, end, note));

    /// <summary>
    /// Marks a CHECK-NEXT/SAME/EMPTY match as being on the wrong line. With -v the "found"
    /// annotations already recorded for it are turned into errors instead of adding one.
    /// </summary>
    public void RecordWrongLine(Pattern p, int start, int end)
    {
        if (Diags is null) return;
        if (verbose && Diags.Count > 0)
        {
            var last = Diags[^1];
            for (int d = Diags.Count - 1; d >= 0 && Diags[d].CheckLoc == last.CheckLoc && Diags[d].CheckFile == last.CheckFile; d--)
                Diags[d].Match = InputMatchType.FoundButWrongLine;
            return;
        }
        Record(InputMatchType.FoundButWrongLine, p, start, end);
    }

    /// <summary>Reports a search that found something; returns true if that is an error.</summary>
    public bool ReportMatch(bool expected, string prefix, Pattern p, int matchedCount, int regionStart, int pos, int len)
    {
        bool hasError = !expected;
        bool printDiag = true;
        if (!hasError)
        {
            if (!verbose) return false;
            if (!verboseVerbose && p.Type.Kind == CheckKind.Eof) return false;
            printDiag = Diags is null;
        }
        var matchType = expected ? InputMatchType.FoundAndExpected : InputMatchType.FoundButExcluded;
        Record(matchType, p, pos, pos + len);
        if (Diags is not null)
        {
            ReportSubstitutions(p, pos, matchType, toDiags: true);
            ReportCaptures(p, matchType, toDiags: true);
        }
        if (!printDiag) return hasError;
        string message = $"{p.Type.Description(prefix)}: {(expected ? "expected" : "excluded")} string found in input";
        if (p.Type.Count > 1) message += $" ({matchedCount} out of {p.Type.Count})";
        Printer.Print(p.File, p.Loc, expected ? DiagnosticKind.Remark : DiagnosticKind.Error, message);
        Printer.Print(Input, pos, DiagnosticKind.Note, "found here", new SourceRange(pos, pos + len));
        ReportSubstitutions(p, pos, matchType, toDiags: false);
        ReportCaptures(p, matchType, toDiags: false);
        return hasError;
    }

    /// <summary>Reports a search that found nothing in [regionStart, regionEnd); returns true if that is an error.</summary>
    public bool ReportNoMatch(bool expected, string prefix, Pattern p, int matchedCount, int regionStart, int regionEnd, List<PatternError>? errors)
    {
        bool hasError = expected;
        bool patternError = errors is { Count: > 0 };
        var matchType = expected ? InputMatchType.NoneButExpected : InputMatchType.NoneAndExcluded;
        if (patternError)
        {
            hasError = true;
            matchType = InputMatchType.NoneForInvalidPattern;
            foreach (var e in errors!)
                Printer.Print(e.File, e.Offset, DiagnosticKind.Error, e.Message);
        }
        bool printDiag = true;
        if (!hasError)
        {
            if (!verboseVerbose) return false;
            printDiag = Diags is null;
        }
        Record(matchType, p, regionStart, regionEnd);
        if (Diags is not null)
        {
            if (patternError)
                foreach (var e in errors!) Record(InputMatchType.NoneForInvalidPattern, p, regionStart, regionStart, e.Message);
            ReportSubstitutions(p, regionStart, matchType, toDiags: true);
        }
        if (!printDiag) return hasError;
        if (!patternError)
        {
            string message = $"{p.Type.Description(prefix)}: {(expected ? "expected" : "excluded")} string not found in input";
            if (p.Type.Count > 1) message += $" ({matchedCount} out of {p.Type.Count})";
            Printer.Print(p.File, p.Loc, expected ? DiagnosticKind.Error : DiagnosticKind.Remark, message);
            Printer.Print(Input, regionStart, DiagnosticKind.Note, "scanning from here");
        }
        ReportSubstitutions(p, regionStart, matchType, toDiags: false);
        if (expected) ReportFuzzyMatch(p, regionStart, regionEnd);
        return hasError;
    }

    private void ReportSubstitutions(Pattern p, int at, InputMatchType type, bool toDiags)
    {
        foreach (var sub in p.Substitutions)
        {
            string? value = sub.DiagnosticValue();
            if (value is null) continue;
            string note = $"with \"{RegexEscaping.WriteEscaped(sub.FromText)}\" equal to {value}";
            if (toDiags) Record(type, p, at, at, note);
            else Printer.Print(Input, at, DiagnosticKind.Note, note);
        }
    }

    private void ReportCaptures(Pattern p, InputMatchType type, bool toDiags)
    {
        foreach (var (name, start, end) in p.LastCaptures.OrderBy(c => c.Start))
        {
            string note = $"captured var \"{name}\"";
            if (toDiags) Record(type, p, start, end, note);
            else Printer.Print(Input, start, DiagnosticKind.Note, note, new SourceRange(start, end));
        }
    }

    /// <summary>Points at the input position most similar to the pattern within 4096 bytes of the search start.</summary>
    private void ReportFuzzyMatch(Pattern p, int regionStart, int regionEnd)
    {
        string text = Input.Text;
        int limit = Math.Min(4096, regionEnd - regionStart);
        int best = -1, lines = 0;
        double bestQuality = 0;
        for (int i = 0; i < limit; i++)
        {
            char c = text[regionStart + i];
            if (c == '\n') lines++;
            if (c is ' ' or '\t') continue;
            double quality = p.MatchDistance(text, regionStart + i, regionEnd) + lines / 100.0;
            if (best < 0 || quality < bestQuality) { best = i; bestQuality = quality; }
        }
        if (best > 0 && bestQuality < 50)
        {
            Record(InputMatchType.Fuzzy, p, regionStart + best, regionStart + best);
            Printer.Print(Input, regionStart + best, DiagnosticKind.Note, "possible intended match here");
        }
    }
}

namespace Lce.FileCheck;

/// <summary>Texts printed for --help, --version and --dump-input=help.</summary>
internal static class HelpText
{
    public const string Version = "Lce FileCheck (LLVM FileCheck 22 compatible)\n";

    public const string Usage = """
OVERVIEW: FileCheck (Lce, LLVM-compatible)

USAGE: FileCheck [options] <check-file>

OPTIONS:
  --allow-empty                   Allow the input file to be empty
  --allow-unused-prefixes         Allow prefixes to be specified but not appear in the test
  --check-prefix <string>         Prefix to use from check file (defaults to 'CHECK')
  --check-prefixes <string>       Alias for -check-prefix permitting multiple comma separated values
  --comment-prefixes <string>     Comma-separated list of comment prefixes (defaults to 'COM,RUN')
  -D <VAR=VALUE>                  Define a variable; -D#[FMT,]NAME=EXPR defines a numeric variable
  --dump-input=<value>            Dump input to stderr: help, always, fail (default), never
  --dump-input-context=<uint>     Input lines of context around annotated lines (default 5)
  --dump-input-filter=<value>     all, annotation-full, annotation, error
  --enable-var-scope              Local variables are cleared at each CHECK-LABEL
  --ignore-case                   Case-insensitive matching
  --implicit-check-not <pattern>  Add an implicit negative check (repeatable)
  --input-file <filename>         File to check (defaults to stdin)
  --match-full-lines              Require all positive matches to cover an entire input line
  --strict-whitespace             Do not treat all horizontal whitespace as equivalent
  -v                              Print information on successful matches
  -vv                             Print information on successful and failed searches

Options can also be given in the FILECHECK_OPTS environment variable.

""";

    public const string DumpInputHelp = """
The following description was requested by -dump-input=help to
explain the input dump printed by FileCheck.

Related command-line options:

  - -dump-input=<value> enables or disables the input dump
  - -dump-input-filter=<value> filters the input lines
  - -dump-input-context=<N> adjusts the context of filtered lines
  - -v and -vv add more annotations
  - -color forces colors to be enabled both in the dump and below
  - -help documents the above options in more detail

These options can also be set via FILECHECK_OPTS.  For example, for
maximum debugging output on failures:

  $ FILECHECK_OPTS='-dump-input-filter=all -vv -color' ninja check

Input dump annotation format:

  - L:     labels line number L of the input file
           An extra space is added after each input line to represent the
           newline character
  - T:L    labels the only match result for either (1) a pattern of type T from
           line L of the check file if L is an integer or (2) the I-th implicit
           pattern if L is "imp" followed by an integer I (index origin one)
  - T:L'N  labels the Nth match result for such a pattern
  - ^~~    marks good match (reported if -v)
  - !~~    marks bad match, such as:
           - CHECK-NEXT on same line as previous match (error)
           - CHECK-NOT found (error)
           - CHECK-DAG overlapping match (discarded, reported if -vv)
  - X~~    marks search range when no match is found, such as:
           - CHECK-NEXT not found (error)
           - CHECK-NOT not found (success, reported if -vv)
           - CHECK-DAG not found after discarded matches (error)
  - ?      marks fuzzy match when no match is found
  - ...    indicates elided input lines and annotations, as specified by
           -dump-input-filter and -dump-input-context
  - colors success, error, fuzzy match, discarded match, unmatched input

""";
}

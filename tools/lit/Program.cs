using Lce.Lit;

// lit [-v] [-a] [-j N] PATH...: runs lit-style tests in-process and prints one line per test.
// -v prints the output of failing tests, -a the output of all tests.
bool verbose = false, all = false;
int? jobs = null;
var paths = new List<string>();
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "-v" or "--verbose": verbose = true; break;
        case "-a" or "--show-all": all = verbose = true; break;
        case "-j" when i + 1 < args.Length: jobs = int.Parse(args[++i]); break;
        default: paths.Add(args[i]); break;
    }
}
if (paths.Count == 0)
{
    Console.Error.WriteLine("usage: lit [-v] [-a] [-j N] PATH...");
    return 2;
}
var runner = new LitRunner(Lce.Lit.Cli.ProjectTools.Create());
var results = paths.SelectMany(p => runner.RunPath(p, jobs)).ToList();
foreach (var r in results)
{
    Console.WriteLine($"{r.Outcome.ToString().ToUpperInvariant()}: {r.Name} ({r.Elapsed.TotalSeconds:F2}s)");
    if ((verbose && !r.IsSuccess) || all) Console.WriteLine(r.ToString());
}
var counts = results.GroupBy(r => r.Outcome).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}");
Console.WriteLine($"\nTotal: {results.Count}  " + string.Join("  ", counts));
return results.All(r => r.IsSuccess) ? 0 : 1;

using Lce.FileCheck;

// The CLI passes raw bytes through so that input, columns and diagnostics are byte-exact,
// as with LLVM's FileCheck.
using var stdin = Console.OpenStandardInput();
using var stdout = Console.OpenStandardOutput();
using var stderr = Console.OpenStandardError();
return FileCheckRunner.RunBytes(args, stdin, stdout, stderr);

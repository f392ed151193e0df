using Lce.CodeGen.Tflite.Export;
using Lce.CodeGen.Tflite.Schema;
using Lce.IR;
using Lce.IR.Parsing;

namespace Lce.Tests.Tflite;

/// <summary>
/// Every verified module of the repository's .mlir corpora (split at `// -----`) either exports to
/// a file our reader accepts or is refused with a <see cref="TfliteExportException"/>; nothing else
/// escapes. (All the files exported this way also passed validate-tflite when the corpus sweep was
/// run against the oracle.)
/// </summary>
public class CorpusExportTests
{
    [Fact]
    public void TheCorpusExportsOrIsRefusedWithADiagnostic()
    {
        int exported = 0, refused = 0;
        foreach (var path in Directory.EnumerateFiles(RepoPaths.Combine("test"), "*.mlir", SearchOption.AllDirectories).Order())
            foreach (var chunk in File.ReadAllText(path).Split("// -----"))
            {
                var ctx = new IRContext();
                Lce.Dialects.StandardDialects.RegisterAll(ctx);
                using var _ = ctx.Diagnostics.AddHandler(d => true);
                var op = MlirParser.ParseSourceString(ctx, chunk, path).Operation;
                if (op is null || !Verifier.Verify(op)) continue;
                try
                {
                    TfliteModelReader.Read(TfliteExporter.ExportToBytes(op));
                    exported++;
                }
                catch (TfliteExportException)
                {
                    refused++;
                }
            }
        Assert.True(exported >= 20, $"only {exported} modules exported ({refused} refused)");
    }
}

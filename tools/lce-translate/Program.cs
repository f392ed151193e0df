namespace Lce.Translate;

public static class Program
{
    public static int Main(string[] args)
    {
        var stderr = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        try
        {
            using var stdout = Console.OpenStandardOutput();
            return LceTranslate.Run(args, stdout, stderr);
        }
        catch (Exception e)
        {
            // Last line of defence: an internal failure is reported, never shown as a crash dump.
            stderr.WriteLine($"lce-translate: internal error: {e.GetType().Name}: {e.Message}");
            return 2;
        }
    }
}

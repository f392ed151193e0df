namespace Lce.ConvertCli;

public static class Program
{
    public static int Main(string[] args)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        var stderr = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        int rc;
        try
        {
            rc = LceConvert.Run(args, Console.In, stdout, stderr, null);
        }
        catch (Exception e)
        {
            // Last line of defence: an internal failure is reported, never shown as a crash dump.
            stderr.WriteLine($"lce-convert: internal error: {e.GetType().Name}: {e.Message}");
            rc = 2;
        }
        stdout.Flush();
        return rc;
    }
}
